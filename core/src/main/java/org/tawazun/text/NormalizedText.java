package org.tawazun.text;

/**
 * A normalized view of a raw text that remembers, for every normalized character, the raw span it came from.
 * Matching runs on {@link #norm()}; every result is reported in raw offsets via {@link #rawStart(int)} and
 * {@link #rawEnd(int)}, so nothing of the original is lost.
 */
public final class NormalizedText {
    private final String raw;
    private final String norm;
    private final int[] rawStart;
    private final int[] rawEnd;

    NormalizedText(String raw, String norm, int[] rawStart, int[] rawEnd) {
        this.raw = raw;
        this.norm = norm;
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
    }

    public String raw() {
        return raw;
    }

    public String norm() {
        return norm;
    }

    /** Raw offset where the normalized character at {@code i} starts; {@code i == norm().length()} maps to the end. */
    public int rawStart(int i) {
        return i >= rawStart.length ? raw.length() : rawStart[i];
    }

    /** Raw offset just after the normalized character at {@code i}. */
    public int rawEnd(int i) {
        return rawEnd[i];
    }

    /**
     * Like {@link #rawEndOf} but extended over the dropped characters that follow in the raw text (diacritics,
     * tatweel, invisible marks), so a word's span includes its final vowel mark: أرسلَتْ, not أرسلَت.
     */
    public int rawEndWithMarks(int normEndExclusive) {
        int end = rawEndOf(normEndExclusive);
        int next = normEndExclusive < norm.length() ? rawStart[normEndExclusive] : raw.length();
        while (end < next && !Character.isWhitespace(raw.charAt(end)) && !Character.isSpaceChar(raw.charAt(end))) end++;
        return end;
    }

    /** Raw offsets of the normalized range [from, to): start of the first char, end of the last. */
    public int rawEndOf(int normEndExclusive) {
        return normEndExclusive == 0 ? 0 : rawEnd[normEndExclusive - 1];
    }
}
