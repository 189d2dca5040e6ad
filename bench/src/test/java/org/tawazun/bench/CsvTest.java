package org.tawazun.bench;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {
    private static List<String[]> read(String s) throws IOException {
        return Csv.read(new BufferedReader(new StringReader(s)), "test.csv");
    }

    @Test
    void plainQuotedAndMultilineFields() throws IOException {
        List<String[]> rows = read("id,label,text\n"
                + "a-1,yes,plain text\n"
                + "a-2,easy no,\"with, a comma\"\n"
                + "a-3,yes,\"a \"\"quote\"\" inside\"\n"
                + "a-4,no,\"two\nlines\"\r\n"
                + "a-5,yes,\u0642\u0627\u0644 \u00ab\u0645\u0627\u00bb");
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0)).containsExactly("id", "label", "text");
        assertThat(rows.get(1)).containsExactly("a-1", "yes", "plain text");
        assertThat(rows.get(2)).containsExactly("a-2", "easy no", "with, a comma");
        assertThat(rows.get(3)).containsExactly("a-3", "yes", "a \"quote\" inside");
        assertThat(rows.get(4)).containsExactly("a-4", "no", "two\nlines");
        assertThat(rows.get(5)).containsExactly("a-5", "yes", "\u0642\u0627\u0644 \u00ab\u0645\u0627\u00bb");
    }

    @Test
    void emptyFieldsAndBlankLines() throws IOException {
        List<String[]> rows = read("a,,c\n\n,b,\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("a", "", "c");
        assertThat(rows.get(1)).containsExactly("", "b", "");
    }

    @Test
    void unterminatedQuoteNamesTheRecord() {
        assertThatThrownBy(() -> read("id,text\nx,\"never closed\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("test.csv: record 2");
    }
}
