package org.tawazun.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BalanceTest {
    @ParameterizedTest(name = "{0}{1}{2}: balanced {3}, weakly {4}")
    @CsvSource({
            // ab, ac, bc, strict, weak
            "1,  1,  1,  true,  true",   // friends of friends
            "1,  1, -1,  false, false",  // two friends who are enemies of each other
            "1, -1,  1,  false, false",
            "-1, 1,  1,  false, false",
            "1, -1, -1,  true,  true",   // the enemy of my enemy is my friend
            "-1, 1, -1,  true,  true",
            "-1, -1, 1,  true,  true",
            "-1, -1, -1, false, true"    // three mutual enemies: unbalanced, but weakly balanced (three blocs)
    })
    void triadsByTheirSigns(int ab, int ac, int bc, boolean strict, boolean weak) {
        SignedGraph g = SignedGraph.builder().edge("A", "B", ab).edge("A", "C", ac).edge("B", "C", bc).build();
        List<Triad> ts = Balance.triads(g);
        assertThat(ts).hasSize(1);
        Triad t = ts.get(0);
        assertThat(List.of(t.a(), t.b(), t.c())).containsExactly("A", "B", "C");
        assertThat(t.ab()).isEqualTo(ab);
        assertThat(t.ac()).isEqualTo(ac);
        assertThat(t.bc()).isEqualTo(bc);
        assertThat(t.balanced()).isEqualTo(strict);
        assertThat(t.weaklyBalanced()).isEqualTo(weak);
    }

    @Test
    void onlyThreeActorsWithAllThreeEdgesMakeATriad() {
        // a path A-B-C (no A-C edge) and a square: no triad; one diagonal makes two
        SignedGraph path = SignedGraph.builder().edge("A", "B", 1).edge("B", "C", -1).build();
        assertThat(Balance.triads(path)).isEmpty();
        SignedGraph square = SignedGraph.builder().edge("A", "B", 1).edge("B", "C", 1).edge("C", "D", 1).edge("A", "D", -1).build();
        assertThat(Balance.triads(square)).isEmpty();
        SignedGraph withDiagonal = SignedGraph.builder().edge("A", "B", 1).edge("B", "C", 1).edge("C", "D", 1).edge("A", "D", -1)
                .edge("A", "C", 1).build();
        assertThat(Balance.triads(withDiagonal)).extracting(Triad::key).containsExactly("A|B|C", "A|C|D");
    }

    @Test
    void sharesPlainAndWeighted() {
        // K4: A,B,C friends, D enemy of A and B, friend of C.
        // triads: ABC +++ (balanced), ABD +-- (balanced), ACD +-+ (unbalanced), BCD +-+ (unbalanced)
        SignedGraph g = SignedGraph.builder()
                .edge("A", "B", 1, 1.0).edge("A", "C", 1, 1.0).edge("B", "C", 1, 1.0)
                .edge("A", "D", -1, 1.0).edge("B", "D", -1, 1.0).edge("C", "D", 1, 0.5).build();
        Balance.Summary s = Balance.summarize(Balance.triads(g));
        assertThat(s.triads()).isEqualTo(4);
        assertThat(s.balanced()).isEqualTo(2);
        assertThat(s.share()).isEqualTo(0.5);
        // weights are products of edge weights: ABC 1, ABD 1, ACD 0.5, BCD 0.5 -> 2 / 3
        assertThat(s.weightedShare()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.weaklyBalanced()).isEqualTo(2);
        assertThat(s.byKind()).containsEntry("+++", 1).containsEntry("+--", 1).containsEntry("++-", 2).containsEntry("---", 0);
        assertThat(Balance.census(g)).isEqualTo(s);
    }

    @Test
    void noTriadGivesNoShare() {
        Balance.Summary s = Balance.summarize(List.of());
        assertThat(s.triads()).isZero();
        assertThat(s.share()).isNaN();
        assertThat(s.weightedShare()).isNaN();
    }

    @Test
    void triadsThatChangedBetweenTwoWindows() {
        SignedGraph before = SignedGraph.builder().edge("A", "B", 1).edge("A", "C", 1).edge("B", "C", 1)
                .edge("C", "D", 1).edge("B", "D", 1).build();                       // ABC +++, BCD +++
        SignedGraph after = SignedGraph.builder().edge("A", "B", 1).edge("A", "C", 1).edge("B", "C", -1)  // ABC ++-
                .edge("A", "E", -1).edge("B", "E", -1).build();                     // ABE +--, BCD gone
        List<Balance.Change> ch = Balance.changes(Balance.triads(before), Balance.triads(after));
        assertThat(ch).extracting(c -> c.a() + c.b() + c.c() + " " + c.kind() + " " + c.before() + ">" + c.after() + " " + c.balanceChanged())
                .containsExactly("ABC changed +++>++- true", "ABE appeared null>+-- true", "BCD vanished +++>null true");
        assertThat(Balance.changes(Balance.triads(before), Balance.triads(before))).isEmpty();
    }
}
