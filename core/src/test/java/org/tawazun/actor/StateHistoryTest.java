package org.tawazun.actor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.TestDocs;
import org.tawazun.model.Document;
import org.tawazun.util.DataFileException;
import org.tawazun.util.Tsv;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * States that changed (actor/state-history.tsv, {@link StateHistory}): the shipped file, the rule, the errors of a
 * bad file, and an event coded on its date. Mention-level cases are in the mention tables (actor/mentions-*.tsv).
 */
class StateHistoryTest {
    private static final StateHistory SHIPPED = ActorLexicon.defaults().history();

    @Test
    void theShippedFileLoadsAndEveryCodeIsAKnownStateNamedInBothGazetteers() {
        List<StateHistory.Change> all = SHIPPED.all();
        assertThat(all).extracting(StateHistory.Change::code).contains("SSD", "XKX", "MNE", "ERI");
        Set<String> known = PetrarchDictionary.isoCodes();
        for (StateHistory.Change c : all) {
            assertThat(known).as(c.toString()).contains(c.code(), c.before());
            assertThat(c.before()).as(c.toString()).isNotEqualTo(c.code());
            assertThat(c.event()).as(c.toString()).isNotBlank();
            for (String lang : List.of("ar", "en")) {
                Set<String> countries = new HashSet<>();
                ActorLexicon.defaults().gazetteer(lang).forEach((form, es) -> es.stream()
                        .filter(e -> e.kind() == EntryKind.COUNTRY).forEach(e -> countries.add(e.code())));
                assertThat(countries).as(lang + " names " + c.code() + " and " + c.before()).contains(c.code(), c.before());
            }
        }
        // Timor-Leste is one territory at every date (TMP then TLS; never IDN): no line on purpose (docs/data.md)
        assertThat(SHIPPED.changes("TLS")).isFalse();
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SSD | 2008-05-10 | SDN
            SSD | 2011-07-08 | SDN
            SSD | 2011-07-09 | SSD
            SSD | 2015-01-01 | SSD
            SSD |            | SSD
            XKX | 2007-12-31 | SRB
            XKX | 2008-02-17 | XKX
            MNE | 2006-06-02 | SRB
            MNE | 2006-06-03 | MNE
            ERI | 1993-05-23 | ETH
            ERI | 1993-05-24 | ERI
            SDN | 2008-05-10 | SDN
            SRB | 2005-01-01 | SRB
            TLS | 1998-01-01 | TLS
            """)
    void aCodeOnADate(String code, String date, String expected) {
        assertThat(SHIPPED.codeOn(code, date == null ? null : LocalDate.parse(date))).isEqualTo(expected);
    }

    @Test
    void severalLinesForOneCodeTakeTheEarliestChangeAfterTheDate() {
        StateHistory h = StateHistory.load(Tsv.read(new StringReader("# code\tbefore\tsince\tevent\n"
                + "TLS\tIDN\t2002-05-20\tlater\nTLS\tPRT\t1975-11-28\tearlier\n"), "two.tsv"));
        assertThat(h.codeOn("TLS", LocalDate.of(1970, 1, 1))).isEqualTo("PRT");
        assertThat(h.codeOn("TLS", LocalDate.of(1990, 1, 1))).isEqualTo("IDN");
        assertThat(h.codeOn("TLS", LocalDate.of(2010, 1, 1))).isEqualTo("TLS");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            SSD	SUDAN	2011-07-09	x                       | 2 | not a known ISO 3166-1 alpha-3 state code
            SSD	SDN	9 July 2011	x                           | 2 | not a date
            SSD	SSD	2011-07-09	x                           | 2 | into itself
            SSD	SDN	2011-07-09	x\\nSDN	EGY	1956-01-01	x   | 2 | no chains
            SSD	SDN	2011-07-09	x\\nSSD	ETH	2011-07-09	x   | 3 | a second line
            """)
    void aBadLineNamesTheFileAndLine(String lines, int line, String message) {
        String text = "# code\tbefore\tsince\tevent\n" + lines.replace("\\n", "\n") + "\n";
        List<Tsv.Row> rows = Tsv.read(new StringReader(text), "bad-history.tsv");
        assertThatThrownBy(() -> StateHistory.load(rows)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad-history.tsv").hasMessageContaining(":" + line).hasMessageContaining(message);
    }

    /**
     * The coder sees the dated codes: an attack in Unity State in 2009 is in Sudan, in 2015 in South Sudan; also the
     * codes the role rules read from words alone (anti-X, a burned flag's adjective, a nationality in the accusative).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | 2009-05-10 | قتل خمسة جنود في هجوم شنه مسلحون على قاعدة عسكرية في ولاية الوحدة. | ASSAULT SDN>SDN asserted
            ar | 2015-05-10 | قتل خمسة جنود في هجوم شنه مسلحون على قاعدة عسكرية في ولاية الوحدة. | ASSAULT SSD>SSD asserted
            en | 2009-05-10 | Gunmen attacked an army base in Unity State, killing ten soldiers.   | ASSAULT SDN>SDN asserted
            en | 2015-05-10 | Gunmen attacked an army base in Unity State, killing ten soldiers.   | ASSAULT SSD>SSD asserted
            en | 2007-05-10 | Thousands of anti-Kosovo protesters marched in Belgrade.           | PROTEST SRB>SRB asserted
            en | 2010-05-10 | Thousands of anti-Kosovo protesters marched in Belgrade.           | PROTEST SRB>XKX asserted
            """)
    void anEventIsCodedWithTheStateOfItsDate(String lang, String date, String text, String expected) {
        var doc = TestDocs.analyze(new Document("t", text, null, null, LocalDate.parse(date), lang, "test"));
        assertThat(doc.events()).extracting(TestDocs::describe).containsExactly(expected);
    }
}
