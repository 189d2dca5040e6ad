package org.tawazun;

import org.junit.jupiter.api.Test;
import org.tawazun.io.EventJson;
import org.tawazun.model.Document;
import org.tawazun.model.Event;
import org.tawazun.pipeline.AnalyzedDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed article end to end. Two checks: the events the walking-skeleton issue requires (with direction and the
 * visit's date), and a golden file of the full output so any change to it is seen in review. Regenerate the golden
 * file after an intended change with {@code mvn -pl core test -Dtest=GoldenArticleTest -Dgolden.update=true}.
 */
class GoldenArticleTest {
    static final Path SEED = Path.of("../examples/russia-north-korea-ar.txt");
    static final Path GOLDEN = Path.of("src/test/resources/golden/russia-north-korea-ar.events.jsonl");

    static AnalyzedDocument seed() throws IOException {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        return TestDocs.analyze(new Document("russia-north-korea-ar", text, null, null, null, null, SEED.toString()));
    }

    @Test
    void requiredEventsWithTheirDirection() throws IOException {
        List<String> got = seed().events().stream().map(TestDocs::describe).toList();
        assertThat(got).contains(
                "AID PRK>RUS asserted",
                "CONSULT RUS>PRK asserted",
                "CONSULT CHN>KOR+JPN asserted",
                "SANCTION CHN>PRK asserted",
                "ACCUSE PRK>CHN asserted");
        Event visit = seed().events().stream().filter(e -> TestDocs.describe(e).equals("CONSULT RUS>PRK asserted")).findFirst().orElseThrow();
        assertThat(visit.date().value()).isEqualTo("2024-06");
        assertThat(visit.date().source()).isEqualTo("text");
        assertThat(visit.mode()).isEqualTo("visit");
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Event e : seed().events()) sb.append(EventJson.toJson(e)).append('\n');
        String actual = sb.toString();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void everySpanIsTheRawText() throws IOException {
        AnalyzedDocument d = seed();
        for (Event e : d.events()) {
            assertThat(d.text().substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
            e.actor().forEach(m -> assertThat(d.text().substring(m.start(), m.end())).isEqualTo(m.text()));
            e.recipient().forEach(m -> assertThat(d.text().substring(m.start(), m.end())).isEqualTo(m.text()));
        }
    }
}
