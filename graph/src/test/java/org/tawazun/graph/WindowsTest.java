package org.tawazun.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowsTest {
    @ParameterizedTest(name = "{0} over {1}..{2}")
    @CsvSource(delimiter = ';', value = {
            "30d; 2024-01-01; 2024-03-30; 2024-01-01..2024-01-30 2024-01-31..2024-02-29 2024-03-01..2024-03-30",
            "30d; 2024-01-15; 2024-03-30; 2024-01-15..2024-01-30 2024-01-31..2024-02-29 2024-03-01..2024-03-30",
            "1m;  2024-01-01; 2024-03-31; 2024-01-01..2024-01-31 2024-02-01..2024-02-29 2024-03-01..2024-03-31",
            "2w;  2024-06-01; 2024-06-14; 2024-06-01..2024-06-14",
            "1y;  2023-03-01; 2024-06-30; 2023-03-01..2023-06-30 2023-07-01..2024-06-30",
            "90d; 2024-06-01; 2024-06-01; 2024-06-01..2024-06-01"
    })
    void consecutiveWindowsAnchoredAtTheEnd(String len, String first, String last, String expected) {
        List<Window> ws = WindowLength.parse(len).split(LocalDate.parse(first), LocalDate.parse(last));
        assertThat(ws).extracting(Window::label).containsExactly(expected.split(" "));
    }

    @Test
    void badLengthsAreRejectedWithTheReason() {
        for (String bad : new String[]{"", "30", "d", "0d", "3x", "-3d", "99999999999d"}) {
            assertThatThrownBy(() -> WindowLength.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        }
    }

    @Test
    void onlyTheUnboundedWindowHoldsUndatedEvents() {
        assertThat(Window.ALL.contains(null)).isTrue();
        assertThat(new Window(LocalDate.parse("2024-01-01"), null).contains(null)).isFalse();
        assertThat(new Window(null, LocalDate.parse("2024-01-01")).contains(LocalDate.parse("2023-05-01"))).isTrue();
        assertThatThrownBy(() -> new Window(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsTheWindowOfADate() {
        List<Window> ws = WindowLength.parse("10d").split(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-30"));
        assertThat(Dyads.find(ws, LocalDate.parse("2024-01-01"))).isZero();
        assertThat(Dyads.find(ws, LocalDate.parse("2024-01-15"))).isEqualTo(1);
        assertThat(Dyads.find(ws, LocalDate.parse("2024-01-30"))).isEqualTo(2);
        assertThat(Dyads.find(ws, LocalDate.parse("2024-02-01"))).isEqualTo(-1);
        assertThat(Dyads.find(ws, null)).isEqualTo(-1);
    }
}
