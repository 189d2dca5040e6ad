package org.tawazun.store;

/** A set of longs by open addressing: the ids of a million stored articles in 16 MB instead of 60. Not thread-safe. */
final class LongSet {
    private static final long EMPTY = Long.MIN_VALUE; // ids are non-negative, so this never collides
    private long[] slots = new long[1024];
    private int size;

    LongSet() {
        java.util.Arrays.fill(slots, EMPTY);
    }

    int size() {
        return size;
    }

    boolean contains(long v) {
        int mask = slots.length - 1;
        for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) return false;
            if (slots[i] == v) return true;
        }
    }

    /** Adds the value; false when it was already there. */
    boolean add(long v) {
        if (v == EMPTY) throw new IllegalArgumentException("value reserved");
        if ((size + 1) * 2 > slots.length) grow();
        int mask = slots.length - 1;
        for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) {
                slots[i] = v;
                size++;
                return true;
            }
            if (slots[i] == v) return false;
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        java.util.Arrays.fill(slots, EMPTY);
        size = 0;
        for (long v : old) if (v != EMPTY) add(v);
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
