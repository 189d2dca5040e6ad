package org.tawazun.graph;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BlocsTest {
    /** Two blocs, + inside and − across, with some pairs missing: k = 2, every actor fits fully. */
    @Test
    void twoBlocs() {
        SignedGraph g = SignedGraph.builder()
                .edge("RUS", "PRK", 1).edge("RUS", "IRN", 1).edge("PRK", "IRN", 1)
                .edge("USA", "KOR", 1).edge("USA", "JPN", 1).edge("KOR", "JPN", 1)
                .edge("RUS", "USA", -1).edge("PRK", "KOR", -1).edge("IRN", "USA", -1).edge("PRK", "JPN", -1)
                .build();
        Blocs.Partition p = Blocs.partition(g);
        assertThat(p.k()).isEqualTo(2);
        assertThat(p.criterion()).isZero();
        assertThat(p.members().values()).containsExactlyInAnyOrder(List.of("IRN", "PRK", "RUS"), List.of("JPN", "KOR", "USA"));
        assertThat(p.strength().values()).allSatisfy(s -> assertThat(s).isEqualTo(1.0));
    }

    /** One actor on the wrong side of one edge: still two blocs; its membership strength drops to its fitting share. */
    @Test
    void membershipStrengthIsTheShareOfFittingEdgeWeight() {
        SignedGraph g = SignedGraph.builder()
                .edge("A", "B", 1, 1.0).edge("A", "C", 1, 1.0).edge("B", "C", 1, 1.0)
                .edge("D", "E", 1, 1.0).edge("D", "F", 1, 1.0).edge("E", "F", 1, 1.0)
                .edge("A", "D", -1, 1.0).edge("B", "E", -1, 1.0)
                .edge("C", "F", 1, 0.5) // a friendly edge across the blocs
                .build();
        Blocs.Partition p = Blocs.partition(g);
        assertThat(p.k()).isEqualTo(2);
        assertThat(p.bloc().get("A")).isEqualTo(p.bloc().get("C"));
        assertThat(p.bloc().get("D")).isEqualTo(p.bloc().get("F"));
        assertThat(p.bloc().get("A")).isNotEqualTo(p.bloc().get("D"));
        assertThat(p.criterion()).isCloseTo(0.25, within(1e-12)); // (1 − α) × 0.5
        assertThat(p.strength().get("C")).isCloseTo(2.0 / 2.5, within(1e-12));
        assertThat(p.strength().get("A")).isEqualTo(1.0);
    }

    /** Three mutually hostile groups (weak balance): three blocs, not two. */
    @Test
    void threeBlocsUnderWeakBalance() {
        SignedGraph.Builder b = SignedGraph.builder();
        String[][] groups = {{"A1", "A2"}, {"B1", "B2"}, {"C1", "C2"}};
        for (String[] gr : groups) b.edge(gr[0], gr[1], 1);
        for (int i = 0; i < 3; i++)
            for (int j = i + 1; j < 3; j++)
                for (String u : groups[i]) for (String v : groups[j]) b.edge(u, v, -1);
        Blocs.Partition p = Blocs.partition(b.build());
        assertThat(p.k()).isEqualTo(3);
        assertThat(p.criterion()).isZero();
        assertThat(p.members().values()).containsExactlyInAnyOrder(List.of("A1", "A2"), List.of("B1", "B2"), List.of("C1", "C2"));
    }

    @Test
    void allFriendsAreOneBloc() {
        SignedGraph g = SignedGraph.builder().edge("A", "B", 1).edge("B", "C", 1).edge("A", "C", 1).build();
        Blocs.Partition p = Blocs.partition(g);
        assertThat(p.k()).isEqualTo(1);
        assertThat(p.bloc()).containsEntry("A", 1).containsEntry("B", 1).containsEntry("C", 1);
    }

    @Test
    void actorsWithNoPathBetweenThemAreNotPutTogether() {
        SignedGraph g = SignedGraph.builder().edge("A", "B", 1).edge("X", "Y", 1).build();
        Blocs.Partition p = Blocs.partition(g);
        assertThat(p.k()).isEqualTo(2);
        assertThat(p.bloc().get("A")).isEqualTo(p.bloc().get("B")).isNotEqualTo(p.bloc().get("X"));
    }

    /** Labels follow the previous window's blocs, and the result does not depend on anything but the input. */
    @Test
    void labelsAreStableAcrossWindowsAndDeterministic() {
        SignedGraph g = SignedGraph.builder().edge("A", "B", 1).edge("C", "D", 1).edge("A", "C", -1).edge("B", "D", -1).build();
        Blocs.Partition first = Blocs.partition(g);
        assertThat(Blocs.partition(g)).isEqualTo(first);
        // a previous window where {C, D} was bloc 1 and {A, B} bloc 7: the labels carry over
        Map<String, Integer> previous = Map.of("C", 1, "D", 1, "A", 7, "B", 7);
        Blocs.Partition next = Blocs.partition(g, Blocs.Options.DEFAULT, previous);
        assertThat(next.bloc()).containsEntry("C", 1).containsEntry("D", 1).containsEntry("A", 7).containsEntry("B", 7);
        // a newcomer E, hostile to A and B, joins C and D's bloc; a new bloc gets a label not used before
        SignedGraph g2 = SignedGraph.builder().edge("A", "B", 1).edge("C", "D", 1).edge("A", "C", -1).edge("B", "D", -1)
                .edge("E", "A", -1).edge("E", "B", -1).edge("E", "C", 1).build();
        Blocs.Partition withE = Blocs.partition(g2, Blocs.Options.DEFAULT, previous);
        assertThat(withE.bloc()).containsEntry("E", 1).containsEntry("A", 7);
        SignedGraph g3 = SignedGraph.builder().edge("A", "B", 1).edge("C", "D", 1).edge("A", "C", -1).edge("B", "D", -1)
                .edge("X", "Y", 1).build();
        Blocs.Partition withXY = Blocs.partition(g3, Blocs.Options.DEFAULT, previous);
        assertThat(withXY.bloc().get("X")).isNotIn(1, 7);
    }
}
