package org.tawazun.actor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.model.Actor;
import org.tawazun.model.Mention;
import org.tawazun.util.DataFileException;
import org.tawazun.util.Tsv;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped actor data loads, covers the states, and says where a form has several readings. */
class ActorDataTest {
    /** ISO 3166-1 entities that are not sovereign states (territories, Antarctica): no capital or adjective is required. */
    static final Set<String> TERRITORIES = Set.of("ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT",
            "CCK", "COK", "CUW", "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HKG", "HMD",
            "IMN", "IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN", "PRI", "PYF", "REU",
            "SGS", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "UMI", "VGB", "VIR", "WLF");
    /**
     * Pacific and Caribbean micro-states for which Arabic news has no settled adjective (writers say من جزر سليمان):
     * no Arabic nisba is required.
     */
    static final Set<String> NO_ARABIC_ADJECTIVE = Set.of("FSM", "KIR", "KNA", "MHL", "NRU", "PLW", "SLB", "TUV", "VCT");
    /** States whose capital has the state's own name (Kuwait, Djibouti, Singapore, ...): the state's entry serves. */
    static final Set<String> CITY_STATES = Set.of("DJI", "LUX", "MCO", "SGP", "SMR", "VAT", "NRU");

    private static Map<String, Set<String>> byKind(String lang) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String f : List.of("states.tsv", "places.tsv", "ambiguous.tsv")) {
            for (Tsv.Row r : Tsv.resource(ActorLexicon.class, "/org/tawazun/lang/" + lang + "/gazetteer/" + f)) {
                String code = r.opt("code");
                if (code != null) out.computeIfAbsent(r.required("kind"), k -> new TreeSet<>()).add(code);
            }
        }
        return out;
    }

    private static Set<String> sovereign() {
        Set<String> out = new TreeSet<>();
        for (String a2 : Locale.getISOCountries()) {
            String a3 = new Locale("", a2).getISO3Country();
            if (!TERRITORIES.contains(a3)) out.add(a3);
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"ar", "en"})
    void everySovereignStateHasACapitalAndAnAdjective(String lang) {
        Map<String, Set<String>> k = byKind(lang);
        Set<String> noCapital = new TreeSet<>(sovereign());
        noCapital.removeAll(k.get("capital"));
        noCapital.removeAll(CITY_STATES);
        assertThat(noCapital).as(lang + ": states without a capital").isEmpty();
        Set<String> noNisba = new TreeSet<>(sovereign());
        noNisba.removeAll(k.get("nisba"));
        if (lang.equals("ar")) noNisba.removeAll(NO_ARABIC_ADJECTIVE);
        assertThat(noNisba).as(lang + ": states without an adjective").isEmpty();
    }

    @Test
    void everythingLoadsQuicklyEnoughToCount() {
        ActorLexicon l = ActorLexicon.defaults();
        assertThat(l.gazetteer("ar").size()).isGreaterThan(8000);
        assertThat(l.gazetteer("en").size()).isGreaterThan(4000);
        assertThat(l.people().size()).isGreaterThan(900);
        assertThat(l.references("ar")).isNotNull();
    }

    /**
     * A form with several readings must say so: one of them flagged amb or an ignore reading, so that {@link Readings}
     * knows it has to choose. This catches accidental collisions (ماليه the capital of the Maldives vs مالية).
     */
    @ParameterizedTest
    @CsvSource({"ar", "en"})
    void formsWithSeveralReadingsAreDeclared(String lang) {
        List<String> undeclared = new ArrayList<>();
        ActorLexicon.defaults().gazetteer(lang).forEach((form, entries) -> {
            boolean several = false;
            for (int i = 1; i < entries.size(); i++) {
                GazetteerEntry a = entries.get(0), b = entries.get(i);
                boolean same = java.util.Objects.equals(a.code(), b.code()) && java.util.Objects.equals(a.sector(), b.sector());
                several |= !same;
            }
            if (!several) return;
            boolean declared = entries.stream().anyMatch(e -> e.ambiguous() || e.kind() == EntryKind.IGNORE || e.caseSensitive());
            if (!declared) undeclared.add(form + " " + entries.stream().map(e -> e.kind() + ":" + e.code() + ":" + e.sector() + "@" + e.origin()).toList());
        });
        assertThat(undeclared).as(lang).isEmpty();
    }

    @Test
    void aBadLineNamesTheFileAndLine() {
        Gazetteer g = new Gazetteer();
        List<Tsv.Row> rows = Tsv.read(new StringReader("# form\tkind\tcode\tsector\tgender\tname\tflags\nروسيا\tcountry\tRUSSIA\n"), "bad.tsv");
        assertThatThrownBy(() -> g.load(rows, "ar", People.empty())).isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.tsv").hasMessageContaining("2");
    }

    @Test
    void theVerbFlagIsForArabicAgentNounsAndMarksOnlyTheBareForm() {
        List<Tsv.Row> bad = Tsv.read(new StringReader("# form\tkind\tcode\tsector\tgender\tname\tflags\nروسيا\tcountry\tRUS\t\tf\t\tverb\n"), "bad.tsv");
        assertThatThrownBy(() -> new Gazetteer().load(bad, "ar", People.empty())).isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.tsv").hasMessageContaining("verb");
        Gazetteer g = ActorLexicon.defaults().gazetteer("ar");
        Map<String, Boolean> verb = new java.util.HashMap<>();
        g.forEach((form, entries) -> {
            if (form.equals("طالب") || form.equals("الطالب") || form.equals("طالبا")) {
                verb.put(form, entries.stream().anyMatch(GazetteerEntry::verb));
            }
        });
        assertThat(verb).containsEntry("طالب", true).containsEntry("الطالب", false).containsEntry("طالبا", false);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "medvedev_dmitry, 2010-06-01, RUS/GOV",
            "medvedev_dmitry, 2015-06-01, RUS/GOV",
            "medvedev_dmitry, 2005-06-01, RUS/ELI",
            "obama_barack,    2012-06-01, USA/GOV",
            "obama_barack,    2020-06-01, USA/ELI",
            "trump_donald,    2022-06-01, USA/ELI",
            "trump_donald,    2025-06-01, USA/GOV",
            "guterres_antonio, 2020-06-01, UN/IGO",
            "kuleba_dmytro,   2025-06-01, UKR/ELI",
            "sharaa_ahmed,    2020-06-01, SYR/REB",
            "sharaa_ahmed,    2025-06-01, SYR/GOV"})
    void aPersonIsCodedByTheRoleHeldOnTheDate(String id, String date, String expected) {
        People p = ActorLexicon.defaults().people();
        Actor a = p.resolve(id, LocalDate.parse(date));
        assertThat(a.code() + "/" + a.sector()).isEqualTo(expected);
        // the coder re-dates a mention through its person id
        Mention m = new Mention(0, 1, "x", p.resolve(id, LocalDate.of(2000, 1, 1)), "gazetteer", 0, 0, false, 'm', false, id, false);
        assertThat(p.atDate(m, LocalDate.parse(date)).actor()).isEqualTo(a);
    }

    /** A surname finds the one holder of a role on a date (Presidents Tebboune and Saied), else no one. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "Saied,    president,      2024-03-03, saied_kais",
            "Saied,    president,      2015-03-03, ",
            "Saied,    prime minister, 2024-03-03, ",
            "Tebboune, prime minister, 2017-06-01, tebboune_abdelmadjid"})
    void aSurnameFindsTheOneHolderOfARoleOnADate(String surname, String role, String date, String expected) {
        assertThat(ActorLexicon.defaults().people().holderBySurname(surname, role, LocalDate.parse(date))).isEqualTo(expected);
    }
}
