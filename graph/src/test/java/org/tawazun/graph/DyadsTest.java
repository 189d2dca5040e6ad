package org.tawazun.graph;

import org.junit.jupiter.api.Test;
import org.tawazun.ontology.PloverType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tawazun.graph.Events.ev;

class DyadsTest {
    final List<DyadEvent> evs = List.of(
            Events.mentioned(ev("A", "B", "2024-06-03", PloverType.CONSULT, 2.5), 3), // Monday of W23
            ev("A", "B", "2024-06-09", PloverType.SANCTION, -6),                       // Sunday of W23
            ev("A", "B", "2024-06-10", PloverType.AID, 10),                            // W24
            ev("A", "B", "2024-07-01", PloverType.ACCUSE, -2),
            ev("B", "A", "2024-06-03", PloverType.THREATEN, -3.5),
            ev("A", "B", null, PloverType.AGREE, 2.5));

    @Test
    void countsSumsAndMeansPerOrderedPair() {
        Map<Dyad, DyadStats> m = Dyads.aggregate(evs, Window.ALL);
        assertThat(m).hasSize(2);
        DyadStats ab = m.get(new Dyad("A", "B"));
        assertThat(ab.events()).isEqualTo(5);
        assertThat(ab.mentions()).isEqualTo(7);
        assertThat(ab.byType()).containsEntry(PloverType.CONSULT, 1).containsEntry(PloverType.SANCTION, 1)
                .containsEntry(PloverType.AID, 1).containsEntry(PloverType.ACCUSE, 1).containsEntry(PloverType.AGREE, 1).hasSize(5);
        assertThat(ab.byQuad()).containsExactly(2, 1, 1, 1);
        assertThat(ab.scoreSum()).isEqualTo(7.0);
        assertThat(ab.scoreMean()).isEqualTo(1.4);
        assertThat(ab.scoreMeanWeighted()).isCloseTo((3 * 2.5 - 6 + 10 - 2 + 2.5) / 7, within(1e-12));
        assertThat(ab.goldsteinSum()).isEqualTo(7.0); // the test events carry goldstein = score
        assertThat(ab.cooperative()).isEqualTo(3);
        assertThat(ab.conflictual()).isEqualTo(2);
        assertThat(m.get(new Dyad("B", "A")).events()).isEqualTo(1);
    }

    @Test
    void aDatedWindowLeavesOutUndatedEvents() {
        Map<Dyad, DyadStats> m = Dyads.aggregate(evs, new Window(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-30")));
        assertThat(m.get(new Dyad("A", "B")).events()).isEqualTo(3);
    }

    @Test
    void seriesByDayWeekAndMonth() {
        List<DyadEvent> ab = evs.stream().filter(e -> e.actor().equals("A")).toList();
        SortedMap<LocalDate, DyadStats> day = Dyads.series(ab, Resolution.DAY);
        assertThat(day.keySet()).extracting(LocalDate::toString).containsExactly("2024-06-03", "2024-06-09", "2024-06-10", "2024-07-01");
        SortedMap<LocalDate, DyadStats> week = Dyads.series(ab, Resolution.WEEK);
        assertThat(week.keySet()).extracting(Resolution.WEEK::label).containsExactly("2024-W23", "2024-W24", "2024-W27");
        assertThat(week.get(LocalDate.parse("2024-06-03")).events()).isEqualTo(2);
        SortedMap<LocalDate, DyadStats> month = Dyads.series(ab, Resolution.MONTH);
        assertThat(month.keySet()).extracting(Resolution.MONTH::label).containsExactly("2024-06", "2024-07");
        assertThat(month.get(LocalDate.parse("2024-06-01")).scoreSum()).isEqualTo(6.5);
        assertThat(Dyads.seriesByDyad(evs, Resolution.MONTH)).containsOnlyKeys(new Dyad("A", "B"), new Dyad("B", "A"));
    }

    @Test
    void emptyStatsHaveNoMean() {
        assertThat(DyadStats.EMPTY.scoreMean()).isNaN();
        assertThat(DyadStats.EMPTY.mixed()).isFalse();
    }
}
