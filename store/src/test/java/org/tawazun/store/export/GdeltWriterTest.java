package org.tawazun.store.export;

import org.junit.jupiter.api.Test;
import org.tawazun.store.StoredEvent;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GdeltWriterTest {
    static StoredEvent event(String actors, String recipients, LocalDate start, int sentence, String url) {
        return new StoredEvent(77L, "REQUEST", "UN", "ISR+PSE", start == null ? null : start.toString(), start == null ? null : "day",
                start, start, "020", 3.0, 3, 1.5, 2, 2, 2, start, start, LocalDateTime.of(2024, 8, 3, 9, 5, 7), "en", 5L, null, "",
                actors, recipients, sentence, "UN chief calls\tfor a ceasefire.", "called", "en:request.call:1", url, "t", "un.org", "d", "file.jsonl:2");
    }

    @Test
    void organizationsKeepTheirCodeCountriesTakeTheirSectorAndCompoundsTheirFirstMember() {
        List<String> r = GdeltWriter.row(event(
                "[{\"text\":\"UN Secretary-General Antonio Guterres\",\"start\":0,\"end\":37,\"country\":null,\"sector\":\"IGO\",\"org\":\"UN\",\"name\":\"Antonio Guterres\"}]",
                "[{\"text\":\"Israel\",\"start\":50,\"end\":56,\"country\":\"ISR\",\"sector\":\"GOV\",\"org\":null,\"name\":null},"
                        + "{\"text\":\"Hamas\",\"start\":61,\"end\":66,\"country\":\"PSE\",\"sector\":\"REB\",\"org\":null,\"name\":null}]",
                LocalDate.of(2024, 8, 3), 0, "https://un.org/x"));
        assertThat(r).hasSize(61);
        assertThat(r.subList(0, 5)).containsExactly("77", "20240803", "202408", "2024", "2024.6658");
        assertThat(r.subList(5, 15)).containsExactly("UN", "ANTONIO GUTERRES", "", "UN", "", "", "", "IGO", "", "");
        assertThat(r.subList(15, 25)).containsExactly("ISRGOV", "ISRAEL", "ISR", "", "", "", "", "GOV", "", "");
        assertThat(r.subList(25, 35)).containsExactly("1", "020", "020", "02", "3", "3.0", "2", "2", "2", "");
        assertThat(r.get(59)).isEqualTo("20240803090507");
        assertThat(r.get(60)).isEqualTo("https://un.org/x");
    }

    @Test
    void undatedEventsAndMissingUrlsLeaveFieldsEmptyAndFieldsNeverHoldTabs() {
        List<String> r = GdeltWriter.row(event("[]", "[]", null, 3, null));
        assertThat(r).hasSize(61);
        assertThat(r.subList(1, 5)).containsOnly("");
        assertThat(r.subList(5, 25)).containsOnly("");
        assertThat(r.get(25)).isEqualTo("0");
        assertThat(r.get(60)).isEqualTo("file.jsonl:2");
        assertThat(String.join("\t", r).split("\t", -1)).hasSize(61);
    }
}
