package org.tawazun.graph;

/**
 * How a dyad's events in a window become a signed relation.
 * <ul>
 *   <li><b>score</b>: the mean PLOVER score of the events (−10 … +10), each event once, or weighted by its mentions
 *       ({@link Weighting#MENTIONS}). The symmetric relation pools the events of both directions.</li>
 *   <li><b>sign</b>: +1 when the score is at least {@code deadZone}, −1 when at most −{@code deadZone}, else 0; also 0
 *       with fewer than {@code minEvents} events.</li>
 *   <li><b>strength</b>: |score| / 10, in [0, 1].</li>
 *   <li><b>confidence</b>: n / (n + k) × |Σ score| / Σ |score|, with n the number of events and k =
 *       {@code confidenceK}: it grows with the evidence and falls when cooperative and conflictual events cancel out
 *       (1 event: 0.25; 3 agreeing events: 0.5; 9: 0.75; 4 events scoring +5, −6, −2, −6: 0.27). Computed on events,
 *       not mentions.</li>
 * </ul>
 */
public record SignRule(double deadZone, int minEvents, double confidenceK, Weighting weighting) {
    /** Dead zone 1.0 (a tenth of the scale: a plain request scores 0, a statement of intent about 1), 1 event, k = 3. */
    public static final SignRule DEFAULT = new SignRule(1.0, 1, 3.0, Weighting.EVENTS);

    public enum Weighting { EVENTS, MENTIONS }

    public SignRule {
        if (!(deadZone >= 0)) throw new IllegalArgumentException("dead zone must be at least 0, not " + deadZone);
        if (minEvents < 1) throw new IllegalArgumentException("minimum evidence must be at least 1 event, not " + minEvents);
        if (!(confidenceK > 0)) throw new IllegalArgumentException("confidence k must be positive, not " + confidenceK);
    }

    public SignRule withDeadZone(double d) {
        return new SignRule(d, minEvents, confidenceK, weighting);
    }

    public SignRule withMinEvents(int n) {
        return new SignRule(deadZone, n, confidenceK, weighting);
    }

    public SignRule withWeighting(Weighting w) {
        return new SignRule(deadZone, minEvents, confidenceK, w);
    }

    public double score(DyadStats s) {
        return weighting == Weighting.MENTIONS ? s.scoreMeanWeighted() : s.scoreMean();
    }

    public int sign(DyadStats s) {
        if (s.events() < minEvents) return 0;
        double score = score(s);
        if (score >= deadZone && score > 0) return 1;
        if (score <= -deadZone && score < 0) return -1;
        return 0;
    }

    public double confidence(DyadStats s) {
        if (s.events() == 0 || s.absScoreSum() == 0) return 0;
        return s.events() / (s.events() + confidenceK) * Math.abs(s.scoreSum()) / s.absScoreSum();
    }

    public Relation relation(Dyad dyad, Window window, DyadStats s) {
        double score = score(s);
        return new Relation(dyad, window, sign(s), score, Double.isNaN(score) ? 0 : Math.min(1, Math.abs(score) / 10), confidence(s), s);
    }
}
