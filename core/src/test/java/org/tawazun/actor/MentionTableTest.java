package org.tawazun.actor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tawazun.TestDocs;
import org.tawazun.model.Actor;
import org.tawazun.model.Document;
import org.tawazun.model.Mention;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.util.Tsv;

import java.time.LocalDate;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actor mentions as example tables (test resources actor/mentions-ar.tsv and mentions-en.tsv): each sentence and
 * every mention the pipeline must find in it, rendered as CODE[/SECTOR][:via][#person][?].
 */
class MentionTableTest {
    private static final Set<String> PLAIN_VIA = Set.of("gazetteer", "adjective", "agent");

    static String render(Mention m) {
        Actor a = m.actor();
        String code = a.country() != null ? a.country() : a.org() != null ? a.org() : "-";
        StringBuilder b = new StringBuilder(code);
        if (a.sector() != null) b.append('/').append(a.sector());
        if (!PLAIN_VIA.contains(m.via())) b.append(':').append(m.via());
        if (m.person() != null) b.append('#').append(m.person());
        if (m.ambiguous()) b.append('?');
        return b.toString();
    }

    static Stream<Arguments> cases() {
        return Stream.of("ar", "en").flatMap(lang -> Tsv.resource(MentionTableTest.class, "/actor/mentions-" + lang + ".tsv").stream()
                .map(r -> Arguments.of(lang + ":" + r.line(), lang, r.required("text"), r.required("expected"), r.opt("date"), r.opt("spans"))));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void findsTheMentions(String where, String lang, String text, String expected, String date, String spans) {
        // "none": a document without a publication date (codes of today; people's latest roles)
        LocalDate published = date == null ? LocalDate.of(2024, 11, 12) : "none".equals(date) ? null : LocalDate.parse(date);
        AnalyzedDocument d = TestDocs.analyze(new Document("t", text, null, null, published, lang, "test"));
        StringJoiner got = new StringJoiner(" ");
        for (Mention m : d.mentions()) got.add(render(m));
        assertThat(got.length() == 0 ? "none" : got.toString()).as(where).isEqualTo(expected);
        if (spans != null) {
            assertThat(d.mentions().stream().map(Mention::text).collect(Collectors.joining(" | "))).as(where + " spans").isEqualTo(spans);
            for (Mention m : d.mentions()) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    /** The issue asks for at least 200 Arabic and 100 English cases; this keeps the tables from shrinking. */
    @Test
    void tablesAreLargeEnough() {
        assertThat(Tsv.resource(MentionTableTest.class, "/actor/mentions-ar.tsv")).hasSizeGreaterThanOrEqualTo(200);
        assertThat(Tsv.resource(MentionTableTest.class, "/actor/mentions-en.tsv")).hasSizeGreaterThanOrEqualTo(100);
    }

    /** The rendering the tables are written in. */
    @Test
    void renderingNamesEveryPart() {
        Mention m = new Mention(0, 5, "بوتين", new Actor("RUS", "GOV", null, "Vladimir Putin"), "gazetteer", 0, 0, false, 'm', false,
                "putin_vladimir", false);
        assertThat(render(m)).isEqualTo("RUS/GOV#putin_vladimir");
        assertThat(render(m.withActor(new Actor(null, null, "UN", null), "coref"))).isEqualTo("UN:coref#putin_vladimir");
    }
}
