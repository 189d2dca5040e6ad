package org.tawazun;

import org.junit.jupiter.api.Test;
import org.tawazun.actor.ActorLexicon;
import org.tawazun.coding.PatternLexicon;
import org.tawazun.ontology.Ontology;
import org.tawazun.ontology.PloverType;
import org.tawazun.text.DateFinder;
import org.tawazun.text.FunctionWords;

import static org.assertj.core.api.Assertions.assertThat;

/** Every data file the product ships loads without error and has what the code relies on. */
class DataFilesTest {
    @Test
    void ontologyLoads() {
        Ontology o = Ontology.get();
        for (PloverType t : PloverType.values()) assertThat(o.quadClass(t)).isBetween(1, 4);
        assertThat(o.cameo("042").goldstein()).isEqualTo(1.9);
        assertThat(o.cameo("190").ploverType()).isEqualTo(PloverType.ASSAULT);
        assertThat(o.score(PloverType.CONSULT, "visit")).isEqualTo(4.0);
    }

    @Test
    void lexiconsLoad() {
        assertThat(PatternLexicon.forLang("ar").size()).isGreaterThan(50);
        assertThat(PatternLexicon.forLang("en").size()).isGreaterThan(50);
        assertThat(ActorLexicon.defaults().gazetteer("ar").size()).isGreaterThan(500);
        assertThat(ActorLexicon.defaults().gazetteer("en").size()).isGreaterThan(500);
        assertThat(FunctionWords.forLang("ar")).isNotNull();
        assertThat(FunctionWords.forLang("en")).isNotNull();
        assertThat(DateFinder.forLang("ar")).isNotNull();
        assertThat(DateFinder.forLang("en")).isNotNull();
    }

    @Test
    void everyPloverTypeHasPatternsInBothLanguages() {
        for (String lang : new String[]{"ar", "en"}) {
            var types = PatternLexicon.forLang(lang).types();
            assertThat(types).as(lang).containsExactlyInAnyOrder(PloverType.values());
        }
    }
}
