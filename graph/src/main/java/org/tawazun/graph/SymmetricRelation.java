package org.tawazun.graph;

/**
 * The relation between two actors regardless of direction, with both directed relations kept.
 *
 * @param pooled   the relation of the events of both directions together (its dyad has the smaller code first)
 * @param forward  smaller code → larger code (no events: sign 0, score NaN)
 * @param backward larger code → smaller code
 */
public record SymmetricRelation(Relation pooled, Relation forward, Relation backward) {
    public String a() {
        return pooled.dyad().actor();
    }

    public String b() {
        return pooled.dyad().recipient();
    }

    public int sign() {
        return pooled.sign();
    }

    /** The directed relation from {@code actor} to the other one. */
    public Relation from(String actor) {
        return forward.actor().equals(actor) ? forward : backward;
    }
}
