package org.tawazun.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaTest {
    @Test
    void theShippedSchemaLoadsWithNumberedMigrations() {
        Schema s = Schema.get();
        assertThat(s.migrations()).extracting(Schema.Migration::version).containsExactly(1, 2);
        assertThat(s.latest()).isEqualTo(2);
        assertThat(s.migrations().get(0).statements()).anySatisfy(st -> assertThat(st).startsWith("CREATE TABLE articles"));
        assertThat(s.migrations().get(1).statements()).anySatisfy(st -> assertThat(st).startsWith("INSERT INTO pending_keys"));
    }

    @Test
    void statementsSplitAtSemicolonsEndingALineEvenBeforeAComment() {
        Schema s = Schema.parse("CREATE TABLE v (x INT);\n-- migration 1: a\nCREATE TABLE a (\n  x INT -- a comment; with a semicolon\n);\n"
                + "INSERT INTO a VALUES (1); -- trailing\n-- migration 2: b\nDROP TABLE a;\n");
        assertThat(s.migrations()).hasSize(2);
        assertThat(s.migrations().get(0).statements()).hasSize(2);
        assertThat(s.migrations().get(1).description()).isEqualTo("b");
    }

    @Test
    void migrationsMustBeNumberedInOrderAndTerminated() {
        assertThatThrownBy(() -> Schema.parse("-- migration 2: skipped one\nCREATE TABLE a (x INT);\n"))
                .hasMessageContaining("schema.sql:1").hasMessageContaining("should be numbered 1");
        assertThatThrownBy(() -> Schema.parse("-- migration 1: a\nCREATE TABLE a (x INT)\n"))
                .hasMessageContaining("lacks its ';'");
    }
}
