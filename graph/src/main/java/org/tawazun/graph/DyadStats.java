package org.tawazun.graph;

import org.tawazun.ontology.PloverType;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a set of dyad events adds up to: counts by PLOVER type and quad class, sums and means of the PLOVER score
 * and of Goldstein, plain (each event counts once) and mention-weighted (each event counts as often as it was
 * reported). Means of an empty set are NaN.
 *
 * @param absScoreSum the sum of |score|, so {@code |scoreSum| / absScoreSum} says how much the events agree
 * @param cooperative events with a positive score
 * @param conflictual events with a negative score (events scoring 0, such as a plain request, are neither)
 */
public record DyadStats(int events, long mentions, long sources, int[] byTypeCounts, int[] byQuadCounts, double scoreSum,
                        double goldsteinSum, double scoreSumWeighted, double goldsteinSumWeighted, double absScoreSum,
                        int cooperative, int conflictual) {
    public static final DyadStats EMPTY = new Tally().stats();

    public DyadStats {
        byTypeCounts = byTypeCounts.clone();
        byQuadCounts = byQuadCounts.clone();
    }

    public static DyadStats of(Iterable<DyadEvent> events) {
        Tally t = new Tally();
        for (DyadEvent e : events) t.add(e);
        return t.stats();
    }

    public double scoreMean() {
        return events == 0 ? Double.NaN : scoreSum / events;
    }

    public double goldsteinMean() {
        return events == 0 ? Double.NaN : goldsteinSum / events;
    }

    public double scoreMeanWeighted() {
        return mentions == 0 ? Double.NaN : scoreSumWeighted / mentions;
    }

    public double goldsteinMeanWeighted() {
        return mentions == 0 ? Double.NaN : goldsteinSumWeighted / mentions;
    }

    /** Counts of the types that occur, in PLOVER order. */
    public Map<PloverType, Integer> byType() {
        Map<PloverType, Integer> m = new EnumMap<>(PloverType.class);
        for (PloverType t : PloverType.values()) if (byTypeCounts[t.ordinal()] > 0) m.put(t, byTypeCounts[t.ordinal()]);
        return m;
    }

    public int count(PloverType t) {
        return byTypeCounts[t.ordinal()];
    }

    /** Counts for quad classes 1 to 4. */
    public List<Integer> byQuad() {
        return Arrays.stream(byQuadCounts).boxed().toList();
    }

    public int quad(int quadClass) {
        return byQuadCounts[quadClass - 1];
    }

    /** Both cooperative and conflictual events, the smaller side at least a fifth of the two. */
    public boolean mixed() {
        int signed = cooperative + conflictual;
        return cooperative > 0 && conflictual > 0 && Math.min(cooperative, conflictual) >= 0.2 * signed;
    }

    /** The two sets together. */
    public DyadStats plus(DyadStats o) {
        int[] t = byTypeCounts.clone();
        for (int i = 0; i < t.length; i++) t[i] += o.byTypeCounts[i];
        int[] q = byQuadCounts.clone();
        for (int i = 0; i < q.length; i++) q[i] += o.byQuadCounts[i];
        return new DyadStats(events + o.events, mentions + o.mentions, sources + o.sources, t, q, scoreSum + o.scoreSum,
                goldsteinSum + o.goldsteinSum, scoreSumWeighted + o.scoreSumWeighted, goldsteinSumWeighted + o.goldsteinSumWeighted,
                absScoreSum + o.absScoreSum, cooperative + o.cooperative, conflictual + o.conflictual);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DyadStats s && events == s.events && mentions == s.mentions && sources == s.sources
                && Arrays.equals(byTypeCounts, s.byTypeCounts) && Arrays.equals(byQuadCounts, s.byQuadCounts)
                && scoreSum == s.scoreSum && goldsteinSum == s.goldsteinSum && scoreSumWeighted == s.scoreSumWeighted
                && goldsteinSumWeighted == s.goldsteinSumWeighted && absScoreSum == s.absScoreSum
                && cooperative == s.cooperative && conflictual == s.conflictual;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * events + Arrays.hashCode(byTypeCounts)) + Double.hashCode(scoreSum);
    }

    @Override
    public String toString() {
        return "DyadStats[events=" + events + ", mentions=" + mentions + ", scoreMean=" + scoreMean() + ", byType=" + byType()
                + ", byQuad=" + byQuad() + "]";
    }
}
