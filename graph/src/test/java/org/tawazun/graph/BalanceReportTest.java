package org.tawazun.graph;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawazun.graph.Events.ev;

class BalanceReportTest {
    /** January: A, B, C all friends, D hostile to all. February: B and C fall out. */
    final List<DyadEvent> events = List.of(
            ev("A", "B", "2024-01-05", 5), ev("A", "C", "2024-01-06", 5), ev("B", "C", "2024-01-07", 5),
            ev("D", "A", "2024-01-08", -6), ev("D", "B", "2024-01-09", -6), ev("D", "C", "2024-01-10", -6),
            ev("A", "B", "2024-02-05", 5), ev("A", "C", "2024-02-06", 5), ev("B", "C", "2024-02-07", -6),
            ev("D", "A", "2024-02-08", -6), ev("D", "B", "2024-02-09", -6), ev("D", "C", "2024-02-10", -6));
    final List<Window> months = WindowLength.parse("1m").split(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-29"));

    List<BalanceReport> analyse(TriadListing listing) {
        return BalanceReport.analyse(events, months, SignRule.DEFAULT, null, listing, Frustration.Options.DEFAULT, Blocs.Options.DEFAULT);
    }

    @Test
    void twoWindowsWithTheTriadsThatChanged() {
        List<BalanceReport> rs = analyse(TriadListing.ALL);
        assertThat(rs).hasSize(2);
        BalanceReport jan = rs.get(0), feb = rs.get(1);
        assertThat(jan.summary().triads()).isEqualTo(4);
        assertThat(jan.summary().share()).isEqualTo(1.0);
        assertThat(jan.frustration().index()).isZero();
        assertThat(jan.changeSummary()).isEqualTo(Balance.ChangeSummary.NONE);
        // February: ABC ++- and BCD -+- (B–C −, B–D −, C–D −) are unbalanced; ABD, ACD stay +--
        assertThat(feb.summary().balanced()).isEqualTo(2);
        assertThat(feb.frustration().index()).isEqualTo(1); // flip B–C back
        assertThat(feb.changeSummary()).isEqualTo(new Balance.ChangeSummary(2, 0, 0, 0, 2));
        assertThat(feb.changes()).extracting(c -> c.a() + c.b() + c.c() + " " + c.before() + ">" + c.after())
                .containsExactly("ABC +++>++-", "BCD +-->---");
        // the blocs keep their labels from January: {A, B, C} and {D}
        assertThat(feb.blocs().bloc().get("D")).isEqualTo(jan.blocs().bloc().get("D"));
    }

    @Test
    void listingOnlyUnbalancedOrNothingStillCountsEverything() {
        BalanceReport feb = analyse(TriadListing.UNBALANCED).get(1);
        assertThat(feb.triads()).extracting(Triad::key).containsExactly("A|B|C", "B|C|D");
        assertThat(feb.changes()).hasSize(2);
        BalanceReport none = analyse(TriadListing.NONE).get(1);
        assertThat(none.triads()).isEmpty();
        assertThat(none.changes()).isEmpty();
        assertThat(none.summary()).isEqualTo(feb.summary());
        assertThat(none.changeSummary()).isEqualTo(feb.changeSummary());
    }
}
