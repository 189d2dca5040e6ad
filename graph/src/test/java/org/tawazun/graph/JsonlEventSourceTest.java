package org.tawazun.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawazun.ontology.PloverType;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonlEventSourceTest {
    @TempDir
    Path dir;

    static String line(String doc, int n, String type, String actor, String recipient, String date, String modality, double score) {
        return "{\"doc\":\"" + doc + "\",\"id\":\"" + doc + "#" + n + "\",\"lang\":\"en\",\"type\":\"" + type + "\",\"mode\":null,"
                + "\"contexts\":[],\"cameo\":\"040\",\"goldstein\":" + score + ",\"score\":" + score + ",\"quad_class\":1,"
                + "\"actor\":[" + mention(actor) + "],\"recipient\":[" + mention(recipient) + "],"
                + "\"date\":" + (date == null ? "null" : "\"" + date + "\"") + ",\"date_precision\":" + (date == null ? "null" : "\"day\"")
                + ",\"date_source\":null,\"modality\":\"" + modality + "\",\"sentence\":{\"index\":0,\"start\":0,\"end\":9},"
                + "\"trigger\":{\"text\":\"met\",\"start\":0,\"end\":3},\"pattern\":\"en:x:1\"}";
    }

    static String mention(String code) {
        if (code == null) return "";
        return "{\"text\":\"x\",\"start\":0,\"end\":1,\"country\":\"" + code + "\",\"sector\":null,\"org\":null,\"name\":null}";
    }

    @Test
    void readsDeduplicatesFiltersAndReportsBadLines() throws Exception {
        Path f = dir.resolve("events.jsonl");
        Files.write(f, List.of(
                line("d1", 1, "CONSULT", "RUS", "PRK", "2024-06-19", "asserted", 4),
                line("d1", 2, "CONSULT", "RUS", "PRK", null, "asserted", 4),          // same event again: a mention
                line("d1", 3, "AID", "PRK", "RUS", null, "hypothetical", 10),          // not asserted
                "{broken",
                line("d2", 1, "CONSULT", "RUS", "PRK", "2024-07-01", "asserted", 4),  // another document: another event
                line("d2", 2, "PROTEST", "JPN", null, null, "asserted", -5),           // no recipient
                "",
                "{\"doc\":\"d3\",\"type\":\"FROBNICATE\"}",
                line("d3", 1, "SANCTION", "CHN", "PRK", "2024-07-02", "asserted", -6)), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        JsonlEventSource src = new JsonlEventSource(f, problems::add);
        List<DyadEvent> all;
        try (var s = src.events(Filter.ALL)) {
            all = s.toList();
        }
        assertThat(all).extracting(e -> e.eventId() + " " + e.actor() + ">" + e.recipient() + " m" + e.mentions())
                .containsExactly("d1#1 RUS>PRK m2", "d2#1 RUS>PRK m1", "d3#1 CHN>PRK m1");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith(f + ":4: not an event");
        assertThat(problems.get(1)).startsWith(f + ":8: ");
        assertThat(src.problems()).isEqualTo(2);

        try (var s = src.events(Filter.ALL.involving(Set.of("CHN")))) {
            assertThat(s.map(DyadEvent::eventId)).containsExactly("d3#1");
        }
        try (var s = src.events(Filter.ALL.since(LocalDate.parse("2024-07-01")).types(List.of(PloverType.CONSULT)))) {
            assertThat(s.map(DyadEvent::eventId)).containsExactly("d2#1");
        }
        try (var s = src.events(Filter.ALL.among(List.of("RUS", "PRK")).until(LocalDate.parse("2024-06-30")))) {
            assertThat(s.map(DyadEvent::eventId)).containsExactly("d1#1");
        }
    }

    @Test
    void aMissingFileIsNamed() {
        JsonlEventSource src = new JsonlEventSource(dir.resolve("none.jsonl"), p -> { });
        assertThatThrownBy(() -> src.events(Filter.ALL)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("none.jsonl: no such file");
        JsonlEventSource folder = new JsonlEventSource(dir, p -> { });
        assertThatThrownBy(() -> folder.events(Filter.ALL)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("folder");
    }
}
