package org.tawazun.text;

/**
 * A token of the normalized text, with its raw offsets and its readings.
 * Tokens are built once per document and never change.
 */
public final class Token {
    /** What kind of token this is. */
    public enum Kind { WORD, NUMBER, PUNCT }

    private final int index;
    private final int normStart;
    private final int start;
    private final int end;
    private final String norm;
    private final Kind kind;
    private final boolean arabic;
    private final boolean newlineBefore;
    private final Analysis[] analyses;
    /** Index of the preferred reading, computed on first use (-1 = not yet). */
    private volatile int preferred = -1;

    public Token(int index, int normStart, int start, int end, String norm, Kind kind, boolean arabic,
                 boolean newlineBefore, Analysis[] analyses) {
        this.index = index;
        this.normStart = normStart;
        this.start = start;
        this.end = end;
        this.norm = norm;
        this.kind = kind;
        this.arabic = arabic;
        this.newlineBefore = newlineBefore;
        this.analyses = analyses;
    }

    public int index() { return index; }

    /** Offset of the token in the normalized text. */
    public int normStart() { return normStart; }

    /** Raw start offset. */
    public int start() { return start; }

    /** Raw end offset, exclusive. */
    public int end() { return end; }

    /** The normalized form. */
    public String norm() { return norm; }

    public Kind kind() { return kind; }

    public boolean isWord() { return kind == Kind.WORD; }

    public boolean isPunct() { return kind == Kind.PUNCT; }

    public boolean isArabic() { return arabic; }

    /** True when a line break separates this token from the previous one. */
    public boolean newlineBefore() { return newlineBefore; }

    /** The readings of the token; the first is always the whole token. Do not modify. */
    public Analysis[] analyses() { return analyses; }

    /**
     * The preferred segmentation of an Arabic word (stem, proclitics, article, enclitic), chosen among
     * {@link #analyses()} with the shipped word guard ({@link org.tawazun.lang.ar.ArabicSegmenter#preferred});
     * the whole token for other tokens.
     */
    public Analysis preferred() {
        int p = preferred;
        if (p < 0) {
            p = arabic && analyses.length > 1 ? org.tawazun.lang.ar.ArabicSegmenter.preferred(analyses, org.tawazun.lang.ar.ArabicWords.defaults()) : 0;
            preferred = p;
        }
        return analyses[p];
    }

    /** True when the token is, or reads as (with clitics removed), the given normalized form. */
    public boolean reads(String form) {
        for (Analysis a : analyses) {
            if (a.stem().equals(form) || a.article() && a.form().equals(form)) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return norm + "@" + start;
    }
}
