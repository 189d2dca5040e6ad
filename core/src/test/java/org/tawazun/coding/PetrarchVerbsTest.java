package org.tawazun.coding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawazun.actor.ActorLexicon;
import org.tawazun.model.Document;
import org.tawazun.pipeline.Pipeline;
import org.tawazun.pipeline.Pipelines;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PetrarchVerbsTest {
    @TempDir
    Path dir;

    static final String DICT = """
            ####### SYNONYM SETS #######
            &WEAPON
            +ROCKETS
            +MISSILES

            ####### VERB PATTERNS #######
            ---  LOB   [---]  ---
            LOB {LOBBED LOBBING LOBS}
            - * &WEAPON (AT) +                                  [195]         # LOB
            - * {HUMANITARIAN RELIEF} (TO) +                     [073]         # LOB
            - * MYSTERY                                          [---]         # LOB
            - * COMMENT                                          [012]         # LOB

            ---  SCOLD   [111]  ---
            SCOLD
            """;

    @Test
    void convertsBlocksLinesSynonymSetsAndSlots() throws Exception {
        Path f = Files.writeString(dir.resolve("CAMEO.test.txt"), DICT, StandardCharsets.UTF_8);
        PatternLexicon.Import imp = PatternLexicon.forLang("en").withPetrarchVerbs(f);
        assertThat(imp.patterns()).isEqualTo(3);
        assertThat(imp.skipped()).containsEntry("no code", 1).containsEntry("CAMEO code without a PLOVER type (01x)", 1);
        Pipeline p = Pipelines.standard(ActorLexicon.defaults(), PatternLexicon.forLang("ar"), imp.lexicon());
        var events = p.process(new Document("d", "Iran lobbed missiles at Israel on Sunday.", null, null, null, "en", "t")).events();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.pattern()).startsWith("petrarch:CAMEO.test.txt:");
            assertThat(e.type().name()).isEqualTo("ASSAULT");
            assertThat(e.actorCodes()).containsExactly("IRN");
            assertThat(e.recipientCodes()).containsExactly("ISR");
        });
        var scold = p.process(new Document("d", "France scolded Italy.", null, null, null, "en", "t")).events();
        assertThat(scold).anySatisfy(e -> assertThat(e.type().name()).isEqualTo("ACCUSE"));
    }

    @Test
    void importsTheRealDictionariesWhenPresent() throws Exception {
        Path en = Path.of("../../shared/data/petrarch2_en/CAMEO.2.0.txt");
        Path ar = Path.of("../../shared/data/universal_petrarch_ar/CAMEO.ar.0.5.txt");
        if (!Files.exists(en)) en = Path.of("../shared/data/petrarch2_en/CAMEO.2.0.txt");
        if (!Files.exists(ar)) ar = Path.of("../shared/data/universal_petrarch_ar/CAMEO.ar.0.5.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(en) && Files.exists(ar), "shared data not present");
        assertThat(PatternLexicon.forLang("en").withPetrarchVerbs(en).patterns()).isGreaterThan(2000);
        assertThat(PatternLexicon.forLang("ar").withPetrarchVerbs(ar).patterns()).isGreaterThan(1000);
    }
}
