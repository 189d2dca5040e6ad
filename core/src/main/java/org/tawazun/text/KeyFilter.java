package org.tawazun.text;

/**
 * A cheap pre-test for looking up a token's clitic readings in a small lexicon. A reading without a pronoun
 * suffix ends where the token ends, so a token can only match a word of three letters or more that ends with the
 * token's last three characters, or a two-letter word equal to its last two: bit sets of those endings reject
 * most tokens with two array reads, before any reading is looked up.
 */
final class KeyFilter {
    private static final int BITS = 1 << 18;
    private final long[] three = new long[BITS / 64];
    private final long[] two = new long[BITS / 64];

    void add(String w) {
        int n = w.length();
        if (n >= 3) set(three, hash(w.charAt(n - 3), w.charAt(n - 2), w.charAt(n - 1)));
        else if (n == 2) set(two, hash(0, w.charAt(0), w.charAt(1)));
        else if (n == 1) {
            for (int c = 0; c < 0x100; c++) set(two, hash(0, 0x600 + c, w.charAt(0))); // rare: any two-letter ending
            for (int c = 0; c < 0x80; c++) set(two, hash(0, c, w.charAt(0)));
        }
    }

    /** False when no word of the lexicon can be a reading (without pronoun suffix) of a token with this form. */
    boolean mightEnd(String t) {
        int n = t.length();
        if (n >= 3 && get(three, hash(t.charAt(n - 3), t.charAt(n - 2), t.charAt(n - 1)))) return true;
        return n >= 2 ? get(two, hash(0, t.charAt(n - 2), t.charAt(n - 1))) : n == 1;
    }

    private static int hash(int a, int b, int c) {
        int h = (a * 31 + b) * 31 + c;
        h ^= h >>> 13;
        h *= 0x9E3779B1;
        return (h >>> 14) & (BITS - 1);
    }

    private static void set(long[] bits, int h) {
        bits[h >>> 6] |= 1L << (h & 63);
    }

    private static boolean get(long[] bits, int h) {
        return (bits[h >>> 6] & (1L << (h & 63))) != 0;
    }
}
