package org.tawazun.graph;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FrustrationTest {
    @Test
    void aBalancedGraphHasIndexZero() {
        // two camps {A,B,C} and {D,E}: + inside, - across
        SignedGraph g = SignedGraph.builder().edge("A", "B", 1).edge("B", "C", 1).edge("A", "C", 1).edge("D", "E", 1)
                .edge("A", "D", -1).edge("C", "E", -1).build();
        Frustration.Result r = Frustration.compute(g);
        assertThat(r.index()).isZero();
        assertThat(r.exact()).isTrue();
        assertThat(r.frustrated()).isEmpty();
        assertThat(r.camp()).containsEntry("A", 0).containsEntry("B", 0).containsEntry("C", 0).containsEntry("D", 1).containsEntry("E", 1);
    }

    @Test
    void oneUnbalancedTriadNeedsOneChange() {
        SignedGraph g = SignedGraph.builder().edge("A", "B", 1).edge("A", "C", 1).edge("B", "C", -1).build();
        Frustration.Result r = Frustration.compute(g);
        assertThat(r.index()).isEqualTo(1);
        assertThat(r.exact()).isTrue();
        assertThat(r.lowerBound()).isEqualTo(1);
        assertThat(r.frustrated()).hasSize(1);
    }

    /**
     * With every edge negative, a two-colouring frustrates the edges inside each camp, so the index is the number of
     * edges minus the largest cut. By hand: K4 (6 edges), the best split 2 + 2 cuts 4, leaving 2; K5 (10 edges),
     * 2 + 3 cuts 6, leaving 4. The Petersen graph has 15 edges and a largest cut of 12 (a known value), leaving 3.
     */
    @Test
    void allNegativeGraphsByHand() {
        assertThat(Frustration.compute(complete(4, -1)).index()).isEqualTo(2);
        assertThat(Frustration.compute(complete(5, -1)).index()).isEqualTo(4);
        assertThat(Frustration.compute(petersenAllNegative()).index()).isEqualTo(3);
    }

    /**
     * Worked by hand: two camps {A,B,C} and {D,E,F}, + inside and − across (balanced), then three edges spoiled: A–B
     * made −, E–F made −, C–D made +. At most 3: flipping the three back balances the graph. At least 3: the cycles
     * A–B–C (one − edge), D–E–F (one − edge) and C–D–A–E (A–D, A–E, C–E are −: three) are unbalanced (an odd number
     * of − edges) and share no edge, and each needs one of its edges changed.
     */
    @Test
    void aSpoiledTwoCampGraphByHand() {
        SignedGraph.Builder b = SignedGraph.builder();
        String[] x = {"A", "B", "C"}, y = {"D", "E", "F"};
        for (String[] camp : new String[][]{x, y})
            for (int i = 0; i < 3; i++)
                for (int j = i + 1; j < 3; j++) {
                    String u = camp[i], v = camp[j];
                    boolean spoiled = (u + v).equals("AB") || (u + v).equals("EF");
                    b.edge(u, v, spoiled ? -1 : 1);
                }
        for (String u : x)
            for (String v : y) b.edge(u, v, (u + v).equals("CD") ? 1 : -1);
        Frustration.Result r = Frustration.compute(b.build());
        assertThat(r.index()).isEqualTo(3);
        assertThat(r.exact()).isTrue();
        assertThat(r.frustrated()).extracting(e -> e.a() + e.b()).containsExactlyInAnyOrder("AB", "CD", "EF");
    }

    @Test
    void theIndexAddsUpOverComponents() {
        SignedGraph g = SignedGraph.builder().edge("A", "B", 1).edge("A", "C", 1).edge("B", "C", -1)
                .edge("X", "Y", -1).edge("X", "Z", -1).edge("Y", "Z", -1).build();
        assertThat(Frustration.compute(g).index()).isEqualTo(2);
    }

    @Test
    void aSearchThatRunsOutOfBudgetSaysItIsNotExact() {
        Frustration.Options tiny = new Frustration.Options(30, 1, 0, 8L);
        Frustration.Result r = Frustration.compute(complete(8, -1), tiny);
        assertThat(r.exact()).isFalse();
        assertThat(r.index()).isGreaterThanOrEqualTo(12); // K8 all negative: 28 − 16 = 12
        assertThat(r.lowerBound()).isLessThanOrEqualTo(12);
    }

    /** Seeded random graphs: branch and bound equals brute force; the heuristic and the lower bound bracket it. */
    @Test
    void exactSearchAgreesWithBruteForceOnRandomGraphs() {
        Random rnd = new Random(8);
        for (int round = 0; round < 200; round++) {
            int n = 3 + rnd.nextInt(12);
            double density = 0.2 + rnd.nextDouble() * 0.8;
            SignedGraph.Builder b = SignedGraph.builder();
            for (int i = 0; i < n; i++) b.node("N" + (char) ('A' + i));
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++)
                    if (rnd.nextDouble() < density) b.edge("N" + (char) ('A' + i), "N" + (char) ('A' + j), rnd.nextBoolean() ? 1 : -1);
            SignedGraph g = b.build();
            int brute = 0;
            for (SignedGraph c : g.components()) brute += Frustration.bruteForce(c);
            Frustration.Result exact = Frustration.compute(g);
            assertThat(exact.exact()).isTrue();
            assertThat(exact.index()).as("round %d", round).isEqualTo(brute);
            assertThat(exact.frustrated()).hasSize(brute);
            Frustration.Result heuristic = Frustration.compute(g, new Frustration.Options(0, 0, 20, 8L));
            assertThat(heuristic.index()).isGreaterThanOrEqualTo(brute);
            assertThat(heuristic.lowerBound()).isLessThanOrEqualTo(brute);
            assertThat(heuristic.frustrated()).hasSize(heuristic.index());
        }
    }

    @Test
    void sameGraphSameAnswer() {
        SignedGraph g = complete(12, -1);
        assertThat(Frustration.compute(g)).isEqualTo(Frustration.compute(g));
    }

    static SignedGraph complete(int n, int sign) {
        SignedGraph.Builder b = SignedGraph.builder();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) b.edge("V" + (char) ('A' + i), "V" + (char) ('A' + j), sign);
        return b.build();
    }

    static SignedGraph petersenAllNegative() {
        SignedGraph.Builder b = SignedGraph.builder();
        for (int i = 0; i < 5; i++) {
            b.edge("O" + i, "O" + ((i + 1) % 5), -1);     // outer cycle
            b.edge("I" + i, "I" + ((i + 2) % 5), -1);     // inner pentagram
            b.edge("O" + i, "I" + i, -1);                 // spokes
        }
        return b.build();
    }
}
