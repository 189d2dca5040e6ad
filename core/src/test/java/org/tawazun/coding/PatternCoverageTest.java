package org.tawazun.coding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.ontology.PloverType;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lexicon covers the whole PLOVER ontology in both languages, and the example tables of {@link ArabicPatternsTest}
 * and {@link EnglishPatternsTest} keep at least five Arabic and three English sentences for every type (issue 6).
 */
class PatternCoverageTest {
    @Test
    void bothLexiconsLoadAndCoverEveryType() {
        for (String lang : List.of("ar", "en")) {
            PatternLexicon lex = PatternLexicon.forLang(lang);
            assertThat(lex.types()).as(lang + " types").isEqualTo(EnumSet.allOf(PloverType.class));
        }
    }

    /** PLOVER 2.0's general contexts (manual, table "General contexts"). */
    private static final java.util.Set<String> CONTEXTS = java.util.Set.of("asylum", "cbrn", "corruption", "crime", "cyber",
            "diplomatic", "disasters", "economic", "election", "environment", "executive", "health", "human_rights",
            "human_security", "illegal_drugs", "inequality", "intelligence", "legal", "legislative", "lgbt", "migration",
            "military", "misinformation", "natural_resource", "political_institutions", "pro_autocracy", "pro_democracy",
            "religion_ethnicity", "repression", "rights_freedoms", "technology", "territory", "terrorism", "trafficking");

    @Test
    void contextsArePloverContexts() {
        for (String lang : List.of("ar", "en")) {
            for (Pattern p : PatternLexicon.forLang(lang).patterns()) {
                assertThat(CONTEXTS).as(p.id() + " contexts").containsAll(p.contexts());
            }
        }
    }

    @Test
    void everyTypeHasEnoughArabicExamples() throws NoSuchMethodException {
        checkTable(ArabicPatternsTest.class, 5);
    }

    @Test
    void everyTypeHasEnoughEnglishExamples() throws NoSuchMethodException {
        checkTable(EnglishPatternsTest.class, 3);
    }

    private static void checkTable(Class<?> tests, int min) throws NoSuchMethodException {
        for (PloverType t : PloverType.values()) {
            Method m = tests.getDeclaredMethod(t.name().toLowerCase(java.util.Locale.ROOT), String.class, String.class);
            List<String> rows = Arrays.stream(m.getAnnotation(CsvSource.class).textBlock().split("\n"))
                    .map(String::strip).filter(r -> !r.isEmpty()).toList();
            assertThat(rows).as(tests.getSimpleName() + "." + m.getName()).hasSizeGreaterThanOrEqualTo(min);
            for (String r : rows) {
                assertThat(r.substring(r.lastIndexOf('|') + 1).strip()).as(r).startsWith(t.name() + " ");
            }
        }
    }
}
