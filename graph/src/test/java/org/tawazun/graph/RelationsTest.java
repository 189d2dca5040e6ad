package org.tawazun.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.ontology.PloverType;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tawazun.graph.Events.ev;

class RelationsTest {
    @ParameterizedTest(name = "scores {0} -> sign {1}, confidence {2}")
    @CsvSource(delimiter = ';', value = {
            // scores; sign; confidence (default rule: dead zone 1.0, min 1 event, k = 3)
            "4;          1;  0.25",
            "-6;         -1; 0.25",
            "0.5;        0;  0.25",      // inside the dead zone: no sign, but the one event agrees with itself
            "1.0;        1;  0.25",      // the dead zone's edge counts
            "4 4 4;      1;  0.5",
            "5 -6 -2 -6; -1; 0.2707",    // 4/7 × 9/19
            "10 -9;      0;  0.0211",    // mean 0.5: cancels out; 2/5 × 1/19
            "0 0;        0;  0"          // requests score 0: no evidence either way
    })
    void signAndConfidenceByTheRule(String scores, int sign, double confidence) {
        List<DyadEvent> evs = new ArrayList<>();
        for (String s : scores.trim().split(" ")) evs.add(ev("A", "B", null, Double.parseDouble(s)));
        Relation r = RelationSet.compute(evs, Window.ALL, SignRule.DEFAULT).relation("A", "B");
        assertThat(r.sign()).isEqualTo(sign);
        assertThat(r.confidence()).isCloseTo(confidence, within(1e-4));
        assertThat(r.events()).isEqualTo(evs.size());
    }

    @Test
    void confidenceGrowsWithAgreeingEvidence() {
        double last = 0;
        List<DyadEvent> evs = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            evs.add(ev("A", "B", null, 3));
            double c = RelationSet.compute(evs, Window.ALL, SignRule.DEFAULT).relation("A", "B").confidence();
            assertThat(c).isGreaterThan(last).isLessThan(1);
            last = c;
        }
    }

    @Test
    void minimumEvidenceAndDeadZoneAreSettings() {
        List<DyadEvent> evs = List.of(ev("A", "B", null, 4));
        assertThat(RelationSet.compute(evs, Window.ALL, SignRule.DEFAULT.withMinEvents(2)).relation("A", "B").sign()).isZero();
        assertThat(RelationSet.compute(evs, Window.ALL, SignRule.DEFAULT.withDeadZone(5)).relation("A", "B").sign()).isZero();
        assertThatThrownBy(() -> SignRule.DEFAULT.withMinEvents(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignRule.DEFAULT.withDeadZone(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bothDirectionsAreKeptAndPooledInTheSymmetricView() {
        // A cooperates with B; B threatens A twice
        List<DyadEvent> evs = List.of(ev("A", "B", null, PloverType.AID, 9), ev("B", "A", null, PloverType.THREATEN, -3.5),
                ev("B", "A", null, PloverType.THREATEN, -3.5));
        RelationSet rs = RelationSet.compute(evs, Window.ALL, SignRule.DEFAULT);
        assertThat(rs.relation("A", "B").sign()).isEqualTo(1);
        assertThat(rs.relation("B", "A").sign()).isEqualTo(-1);
        SymmetricRelation p = rs.pair("B", "A");
        assertThat(p.a()).isEqualTo("A");
        assertThat(p.pooled().events()).isEqualTo(3);
        assertThat(p.pooled().score()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(p.sign()).isZero(); // 0.67 is inside the dead zone
        assertThat(p.pooled().stats().mixed()).isTrue();
        assertThat(rs.pairs()).hasSize(1);
        assertThat(rs.relation("A", "C").events()).isZero();
        assertThat(rs.involving("B")).hasSize(1);
    }

    @Test
    void mentionWeighting() {
        List<DyadEvent> evs = List.of(Events.mentioned(ev("A", "B", null, 6), 3), ev("A", "B", null, -6));
        assertThat(RelationSet.compute(evs, Window.ALL, SignRule.DEFAULT).relation("A", "B").sign()).isZero();
        Relation w = RelationSet.compute(evs, Window.ALL, SignRule.DEFAULT.withWeighting(SignRule.Weighting.MENTIONS)).relation("A", "B");
        assertThat(w.score()).isEqualTo(3.0); // (3 × 6 − 6) / 4
        assertThat(w.sign()).isEqualTo(1);
    }

    @Test
    void relationsPerWindow() {
        List<DyadEvent> evs = List.of(ev("A", "B", "2024-01-05", 5), ev("A", "B", "2024-02-05", -5), ev("A", "B", null, 9));
        List<Window> ws = WindowLength.parse("1m").split(java.time.LocalDate.parse("2024-01-01"), java.time.LocalDate.parse("2024-02-29"));
        List<RelationSet> sets = RelationSet.compute(evs, ws, SignRule.DEFAULT);
        assertThat(sets).extracting(s -> s.relation("A", "B").sign()).containsExactly(1, -1);
        assertThat(RelationSet.compute(evs, Window.ALL, SignRule.DEFAULT).relation("A", "B").events()).isEqualTo(3);
    }

    @Test
    void signedGraphHasThePairsWithASign() {
        List<DyadEvent> evs = List.of(ev("A", "B", null, 5), ev("B", "C", null, -5), ev("A", "C", null, 0.2));
        RelationSet rs = RelationSet.compute(evs, Window.ALL, SignRule.DEFAULT);
        SignedGraph g = rs.signedGraph(null);
        assertThat(g.edges()).extracting(e -> e.a() + e.b() + e.sign()).containsExactly("AB1", "BC-1");
        assertThat(rs.signedGraph(List.of("A", "B")).edges()).hasSize(1);
        assertThat(g.edges().get(0).weight()).isCloseTo(0.5 * 0.25, within(1e-12));
    }
}
