package org.tawazun.graph;

import org.tawazun.ontology.PloverType;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a set of dyad events adds up to: counts by PLOVER type and quad class, sums and means of the PLOVER score
 * and of Goldstein, plain (each event counts once) and mention-weighted (each event counts as often as it was
 * reported). Means of an empty set are NaN. Immutable.
 */
public final class DyadStats {
    public static final DyadStats EMPTY = new Tally().stats();

    private final int events;
    private final long mentions;
    private final long sources;
    private final int[] byType;
    private final int[] byQuad;
    private final double scoreSum;
    private final double goldsteinSum;
    private final double scoreSumWeighted;
    private final double goldsteinSumWeighted;
    private final double absScoreSum;
    private final int cooperative;
    private final int conflictual;

    /** Takes ownership of the arrays (callers pass fresh ones). */
    DyadStats(int events, long mentions, long sources, int[] byType, int[] byQuad, double scoreSum, double goldsteinSum,
              double scoreSumWeighted, double goldsteinSumWeighted, double absScoreSum, int cooperative, int conflictual) {
        this.events = events;
        this.mentions = mentions;
        this.sources = sources;
        this.byType = byType;
        this.byQuad = byQuad;
        this.scoreSum = scoreSum;
        this.goldsteinSum = goldsteinSum;
        this.scoreSumWeighted = scoreSumWeighted;
        this.goldsteinSumWeighted = goldsteinSumWeighted;
        this.absScoreSum = absScoreSum;
        this.cooperative = cooperative;
        this.conflictual = conflictual;
    }

    public static DyadStats of(Iterable<DyadEvent> events) {
        Tally t = new Tally();
        for (DyadEvent e : events) t.add(e);
        return t.stats();
    }

    public int events() {
        return events;
    }

    /** Sum of the events' mentions (how often they were reported). */
    public long mentions() {
        return mentions;
    }

    /** Sum of the events' sources (documents reporting them). */
    public long sources() {
        return sources;
    }

    public double scoreSum() {
        return scoreSum;
    }

    public double goldsteinSum() {
        return goldsteinSum;
    }

    /** Σ score × mentions. */
    public double scoreSumWeighted() {
        return scoreSumWeighted;
    }

    public double goldsteinSumWeighted() {
        return goldsteinSumWeighted;
    }

    /** Σ |score|, so that |scoreSum| / absScoreSum says how much the events agree. */
    public double absScoreSum() {
        return absScoreSum;
    }

    /** Events with a positive score. */
    public int cooperative() {
        return cooperative;
    }

    /** Events with a negative score (events scoring 0, such as a plain request, are neither). */
    public int conflictual() {
        return conflictual;
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
        for (PloverType t : PloverType.values()) if (byType[t.ordinal()] > 0) m.put(t, byType[t.ordinal()]);
        return m;
    }

    public int count(PloverType t) {
        return byType[t.ordinal()];
    }

    /** Counts for quad classes 1 to 4. */
    public List<Integer> byQuad() {
        return Arrays.stream(byQuad).boxed().toList();
    }

    public int quad(int quadClass) {
        return byQuad[quadClass - 1];
    }

    /** Both cooperative and conflictual events, the smaller side at least a fifth of the two. */
    public boolean mixed() {
        int signed = cooperative + conflictual;
        return cooperative > 0 && conflictual > 0 && Math.min(cooperative, conflictual) >= 0.2 * signed;
    }

    /** The two sets together. */
    public DyadStats plus(DyadStats o) {
        if (o.events == 0) return this;
        if (events == 0) return o;
        int[] t = byType.clone();
        for (int i = 0; i < t.length; i++) t[i] += o.byType[i];
        int[] q = byQuad.clone();
        for (int i = 0; i < q.length; i++) q[i] += o.byQuad[i];
        return new DyadStats(events + o.events, mentions + o.mentions, sources + o.sources, t, q, scoreSum + o.scoreSum,
                goldsteinSum + o.goldsteinSum, scoreSumWeighted + o.scoreSumWeighted, goldsteinSumWeighted + o.goldsteinSumWeighted,
                absScoreSum + o.absScoreSum, cooperative + o.cooperative, conflictual + o.conflictual);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DyadStats s && events == s.events && mentions == s.mentions && sources == s.sources
                && Arrays.equals(byType, s.byType) && Arrays.equals(byQuad, s.byQuad)
                && scoreSum == s.scoreSum && goldsteinSum == s.goldsteinSum && scoreSumWeighted == s.scoreSumWeighted
                && goldsteinSumWeighted == s.goldsteinSumWeighted && absScoreSum == s.absScoreSum
                && cooperative == s.cooperative && conflictual == s.conflictual;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * events + Arrays.hashCode(byType)) + Double.hashCode(scoreSum);
    }

    @Override
    public String toString() {
        return "DyadStats[events=" + events + ", mentions=" + mentions + ", scoreMean=" + scoreMean() + ", byType=" + byType()
                + ", byQuad=" + byQuad() + "]";
    }
}
