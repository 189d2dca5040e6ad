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

    /**
     * Mixes the two codes' hashes: the record's default (31 × a + b) collides massively for codes such as C012/C001,
     * whose String hashes differ by small steps, and turns hash maps of dyads into trees.
     */
    @Override
    public int hashCode() {
        return mix(mix(actor.hashCode()) + recipient.hashCode());
    }

    private static int mix(int h) { // MurmurHash3's finalizer
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dyad d && actor.equals(d.actor) && recipient.equals(d.recipient);
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
