package org.tawazun.graph;

/**
 * The relation of one ordered pair, or of an unordered pair in the symmetric view, in a window, by a
 * {@link SignRule}.
 *
 * @param dyad       actor → recipient (in the symmetric view: the pair with the smaller code first)
 * @param sign       −1 hostile, 0 neutral or too little evidence, +1 friendly
 * @param score      mean PLOVER score of the events (NaN without events)
 * @param strength   |score| / 10
 * @param confidence in [0, 1]: grows with the number of events, falls when they disagree
 * @param stats      the counts behind it
 */
public record Relation(Dyad dyad, Window window, int sign, double score, double strength, double confidence, DyadStats stats) {
    public String actor() {
        return dyad.actor();
    }

    public String recipient() {
        return dyad.recipient();
    }

    public int events() {
        return stats.events();
    }

    /** The weight of the relation as an edge of the signed graph: strength × confidence. */
    public double weight() {
        return strength * confidence;
    }
}
