package org.tawazun.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tawazun.graph.Events.ev;

class ShiftsTest {
    /** Six months of cooperation between CHN and PRK (means 3, 4, 3, 4, 3, 4), then a month of sanctions. */
    static List<DyadEvent> series(double lastA, double lastB) {
        List<DyadEvent> evs = new ArrayList<>();
        double[] means = {3, 4, 3, 4, 3, 4};
        for (int m = 0; m < 6; m++) {
            String d = String.format("2024-%02d-10", m + 1);
            evs.add(ev("CHN", "PRK", d, means[m] - 1));
            evs.add(ev("PRK", "CHN", d.replace("-10", "-20"), means[m] + 1));
        }
        evs.add(ev("CHN", "PRK", "2024-07-05", lastA));
        evs.add(ev("CHN", "PRK", "2024-07-25", lastB));
        return evs;
    }

    @Test
    void aMonthOfSanctionsAfterMonthsOfCooperationIsACoolingShift() {
        List<DyadEvent> evs = series(-6, -4);
        List<Shift> shifts = Shifts.detect(evs, ShiftRule.DEFAULT, false, null);
        Shift s = shifts.stream().filter(x -> x.kind().equals("dyad")).findFirst().orElseThrow();
        assertThat(s.actor()).isEqualTo("CHN");
        assertThat(s.recipient()).isEqualTo("PRK");
        assertThat(s.period()).isEqualTo("2024-07");
        assertThat(s.direction()).isEqualTo("cooling");
        assertThat(s.mean()).isEqualTo(-5.0);
        assertThat(s.previous()).isEqualTo(4.0);
        assertThat(s.previousPeriod()).isEqualTo("2024-06");
        // history 3,4,3,4,3,4: mean 3.5, sample sd sqrt(6 × 0.25 / 5) = 0.5477, below the floor of 1.0
        assertThat(s.historyMean()).isEqualTo(3.5);
        assertThat(s.historySd()).isCloseTo(Math.sqrt(0.3), within(1e-12));
        assertThat(s.z()).isCloseTo(-8.5, within(1e-12));
        assertThat(s.historyPeriods()).isEqualTo(6);
        // the events that pushed down most come first
        assertThat(s.drivers()).extracting(DyadEvent::score).containsExactly(-6.0, -4.0);
        // each actor's own series shows it too
        assertThat(shifts).filteredOn(x -> x.kind().equals("actor")).extracting(Shift::actor).containsExactlyInAnyOrder("CHN", "PRK");
    }

    @Test
    void aMonthLikeTheOthersIsNoShift() {
        assertThat(Shifts.detect(series(2.5, 4.5), ShiftRule.DEFAULT, false, null)).isEmpty();
    }

    @Test
    void tooShortAHistoryIsNoShift() {
        List<DyadEvent> evs = List.of(ev("A", "B", "2024-01-10", 5), ev("A", "B", "2024-02-10", 5),
                ev("A", "B", "2024-03-10", -8), ev("A", "B", "2024-03-11", -8));
        assertThat(Shifts.detect(evs, ShiftRule.DEFAULT, false, null)).isEmpty();
        assertThat(Shifts.detect(evs, ShiftRule.DEFAULT.withMinHistory(2), false, null)).isNotEmpty();
    }

    @Test
    void oneEventInTheMonthIsNotEnoughByDefault() {
        List<DyadEvent> evs = new ArrayList<>(series(-6, -4));
        evs.removeIf(e -> e.date().toString().equals("2024-07-25"));
        assertThat(Shifts.detect(evs, ShiftRule.DEFAULT, false, null)).isEmpty();
        assertThat(Shifts.detect(evs, ShiftRule.DEFAULT.withMinEvents(1), false, null)).isNotEmpty();
    }

    @Test
    void directedPairsAndActorFilter() {
        List<DyadEvent> evs = series(-6, -4);
        List<Shift> directed = Shifts.detect(evs, ShiftRule.DEFAULT, true, List.of("CHN"));
        // CHN -> PRK has history means 2,3,2,3,2,3 and then -5; PRK -> CHN has no July events
        assertThat(directed).filteredOn(x -> x.kind().equals("dyad")).extracting(x -> x.actor() + ">" + x.recipient())
                .containsExactly("CHN>PRK");
        assertThat(directed).filteredOn(x -> x.kind().equals("actor")).extracting(Shift::actor).containsExactly("CHN");
    }

    @Test
    void weeklyResolution() {
        List<DyadEvent> evs = new ArrayList<>();
        for (int w = 0; w < 5; w++) {
            String d = java.time.LocalDate.of(2024, 1, 1).plusWeeks(w).toString();
            evs.add(ev("A", "B", d, 3));
            evs.add(ev("A", "B", d, 4));
        }
        evs.add(ev("A", "B", "2024-02-05", -7));
        evs.add(ev("A", "B", "2024-02-06", -7));
        List<Shift> s = Shifts.detect(evs, ShiftRule.DEFAULT.withResolution(Resolution.WEEK), false, null);
        assertThat(s).filteredOn(x -> x.kind().equals("dyad")).extracting(Shift::period).containsExactly("2024-W06");
    }
}
