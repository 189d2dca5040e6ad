package org.tawazun.graph;

import java.util.Objects;

/** An ordered pair of actor codes: {@code actor} did something to {@code recipient}. */
public record Dyad(String actor, String recipient) implements Comparable<Dyad> {
    public Dyad {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(recipient, "recipient");
    }

    public Dyad reverse() {
        return new Dyad(recipient, actor);
    }

    /** The unordered pair as a dyad with the smaller code first: the key of the symmetric view. */
    public Dyad unordered() {
        return actor.compareTo(recipient) <= 0 ? this : reverse();
    }

    @Override
    public int compareTo(Dyad o) {
        int c = actor.compareTo(o.actor);
        return c != 0 ? c : recipient.compareTo(o.recipient);
    }

    @Override
    public String toString() {
        return actor + "->" + recipient;
    }
}
