package org.tawazun.actor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.coding.PatternLexicon;
import org.tawazun.model.Document;
import org.tawazun.model.Mention;
import org.tawazun.pipeline.Pipeline;
import org.tawazun.pipeline.Pipelines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Importing PETRARCH / UniversalPetrarch dictionaries: formats, curation, and what the pipeline then finds. */
class PetrarchDictionaryTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static String codes(ActorLexicon lex, String lang, String text, LocalDate date) {
        Pipeline p = Pipelines.standard(lex, PatternLexicon.forLang("ar"), PatternLexicon.forLang("en"));
        List<String> out = new ArrayList<>();
        for (Mention m : p.process(new Document("t", text, null, null, date, lang, "t")).mentions()) {
            out.add(MentionTableTest.render(m));
        }
        return String.join(" ", out);
    }

    private static final String ENGLISH_ACTORS = """
            # a comment
            FREEDONIA_PEOPLES_FRONT_  [FRDREB]
            ZUBROWKA_ISLANDS_  [NZL]
            +ZUBROWKA_
            GRAND_DUKE_ARCHIBALD_OF_ZUBROWKA_  # made-up ruler with dated roles
            +DUKE_ARCHIBALD_
            	[NZLGOV 990101-150630]
            	[NZLELI]
            OLD_SOVIET_POLITBURO_  [USRGOV]
            MINISTRY_OF_FISHERIES_OF_ZUBROWKA_  [NZLGOV]
            GLOBAL_WHALING_COMMISSION_  [IGOUNO]
            TRANSNATIONAL_BRIGADE_  [IMGREB]
            BACKWARDS_MINISTER_
            	[NZLGOV 150101-100101]
            VLADIMIR_PUTIN_
            +PUTIN_THE_PRESIDENT_
            	[RUSGOV 991231-080507]
            """;

    @Test
    void actorsAreCuratedWhileRead() throws IOException {
        List<PetrarchDictionary.Report> reports = new ArrayList<>();
        ActorLexicon lex = ActorLexicon.withImports(List.of(write("actors.txt", ENGLISH_ACTORS)), List.of(), reports);
        PetrarchDictionary.Report r = reports.get(0);
        assertThat(r.lang()).isEqualTo("en");
        assertThat(r.rejected()).anyMatch(s -> s.contains("unknown code FRD"))
                .anyMatch(s -> s.contains("historical state code USR"))
                .anyMatch(s -> s.contains("before start") && s.contains("kept without an end"));
        LocalDate d = LocalDate.of(2010, 1, 1);
        assertThat(codes(lex, "en", "Zubrowka protested.", d)).isEqualTo("NZL");
        assertThat(codes(lex, "en", "Grand Duke Archibald of Zubrowka spoke.", d)).startsWith("NZL/GOV#import:");
        assertThat(codes(lex, "en", "Grand Duke Archibald of Zubrowka spoke.", LocalDate.of(2020, 1, 1))).startsWith("NZL/ELI#import:");
        assertThat(codes(lex, "en", "The Ministry of Fisheries of Zubrowka agreed.", d)).isEqualTo("NZL/GOV:metonym");
        assertThat(codes(lex, "en", "The Global Whaling Commission met.", d)).isEqualTo("UN");
        assertThat(codes(lex, "en", "The Transnational Brigade attacked.", d)).isEqualTo("IMG/REB");
        assertThat(codes(lex, "en", "The Old Soviet Politburo met.", d)).isEmpty();
        // a name people.tsv knows keeps the curated roles: Putin is still president in 2020
        assertThat(codes(lex, "en", "Putin the President spoke.", LocalDate.of(2020, 1, 1))).isEqualTo("RUS/GOV#putin_vladimir");
        // the shipped lexicon is not changed by an import
        assertThat(codes(ActorLexicon.defaults(), "en", "Zubrowka protested.", d)).isEmpty();
    }

    @Test
    void agentsWithSetsPluralsAndBraces() throws IOException {
        String agents = """
                !PERSON! = MAN, MEN, WOMAN
                !MINIST! = MINISTER, MINISTRY
                WHALE!PERSON!  [~AGR]
                FISHERIES_!MINIST! [~GOV]
                HARBOUR_MASTER {HARBOUR_MASTERS_GENERAL} [~GOVBUS]
                SEA_SCOUT {}  [~EDU]
                LIGHTHOUSE_KEEPER [~PPL]
                """;
        List<PetrarchDictionary.Report> reports = new ArrayList<>();
        ActorLexicon lex = ActorLexicon.withImports(List.of(), List.of(write("agents.txt", agents)), reports);
        assertThat(reports.get(0).rejected()).singleElement().asString().contains("[~PPL]");
        LocalDate d = LocalDate.of(2024, 1, 1);
        assertThat(codes(lex, "en", "Russian whalemen protested.", d)).isEqualTo("RUS/AGR");
        assertThat(codes(lex, "en", "The Norwegian fisheries ministry agreed.", d)).isEqualTo("NOR/GOV");
        assertThat(codes(lex, "en", "Two Danish harbour masters general met.", d)).isEqualTo("DNK/GOV");
        assertThat(codes(lex, "en", "Irish sea scouts sailed.", d)).isEqualTo("");
        assertThat(codes(lex, "en", "An Irish sea scout sailed.", d)).isEqualTo("IRL/EDU");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وزارة_دفاع_أميركي_                 | وزارة دفاع أميركي,وزارة الدفاع الأميركية,الوزارة الدفاع الأميركية
            أمين_عام_ل_أمة_المتحدة_           | أمين عام لأمة المتحدة,أمين العام لأمة المتحدة,الأمين العام لأمة المتحدة
            """)
    void arabicLemmasYieldDefiniteForms(String lemma, String forms) {
        String name = PetrarchDictionary.name(lemma);
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(PetrarchDictionary.arabicForms(name));
        assertThat(all).containsExactly(forms.split(","));
    }

    @Test
    void arabicActorsAndCuratedFormsWin() throws IOException {
        String actors = """
                جزيرة_الأحلام_  [NZL]
                كوريا_الشمالية_  [KOR]
                وزارة_صيد_نيوزيلندي_  [NZLGOV]
                """;
        List<PetrarchDictionary.Report> reports = new ArrayList<>();
        ActorLexicon lex = ActorLexicon.withImports(List.of(write("actors-ar.txt", actors)), List.of(), reports);
        assertThat(reports.get(0).lang()).isEqualTo("ar");
        assertThat(reports.get(0).known()).isEqualTo(1); // كوريا الشمالية stays PRK, whatever the file says
        LocalDate d = LocalDate.of(2024, 1, 1);
        assertThat(codes(lex, "ar", "احتجت جزيرة الأحلام", d)).isEqualTo("NZL");
        assertThat(codes(lex, "ar", "أطلقت كوريا الشمالية صاروخا", d)).isEqualTo("PRK");
        assertThat(codes(lex, "ar", "قالت وزارة الصيد النيوزيلندية إن الموسم مفتوح", d)).isEqualTo("NZL/GOV:metonym");
    }

    @Test
    void aMissingFileNamesItself() {
        assertThatThrownBy(() -> ActorLexicon.withImports(List.of(dir.resolve("nope.txt")), List.of(), new ArrayList<>()))
                .isInstanceOf(IOException.class).hasMessageContaining("nope.txt");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SOLDIER,SOLDIERS", "MILITIA,MILITIAS", "PARTY,PARTIES", "ATTORNEY,ATTORNEYS", "CHURCH,CHURCHES",
            "POLICEMAN,POLICEMEN", "BUS,BUSES"})
    void englishPlurals(String singular, String plural) {
        assertThat(PetrarchDictionary.plural(singular)).isEqualTo(plural);
    }

    /** The real dictionaries in ../shared load, and their known errors do not reach the output. */
    @Test
    void theSharedDictionariesImport() throws IOException {
        Path up = Path.of("../../shared/data/universal_petrarch_ar/actor_dict_ar_v4.txt");
        Path upAgents = Path.of("../../shared/data/universal_petrarch_ar/agents.all.ar_v3.txt");
        Path phoenix = Path.of("../../shared/data/petrarch2_en/Phoenix.Countries.actors.txt");
        Path phoenixAgents = Path.of("../../shared/data/petrarch2_en/Phoenix.agents.txt");
        assumeTrue(Files.exists(up) && Files.exists(phoenix), "../shared is not beside the project");
        List<PetrarchDictionary.Report> reports = new ArrayList<>();
        ActorLexicon lex = ActorLexicon.withImports(List.of(up, phoenix), List.of(upAgents, phoenixAgents), reports);
        for (PetrarchDictionary.Report r : reports) assertThat(r.forms()).as(r.summary()).isGreaterThan(1000);
        LocalDate d = LocalDate.of(2024, 11, 12);
        assertThat(codes(lex, "ar", "أطلقت كوريا الشمالية صاروخا", d)).isEqualTo("PRK");
        assertThat(codes(lex, "ar", "قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة", d)).isEqualTo("RUS/GOV#putin_vladimir");
        assertThat(codes(lex, "en", "Kofi Annan met Gordon Brown.", LocalDate.of(2008, 6, 1))).isEqualTo("UN/ELI#annan_kofi GBR/GOV#brown_gordon");
    }
}
