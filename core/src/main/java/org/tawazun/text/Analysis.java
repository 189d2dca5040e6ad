package org.tawazun.text;

/**
 * One way to read a token: proclitics + (article) + stem + enclitic, all in normalized form. لروسيا reads as
 * {@code ل + روسيا}; للصين as {@code ل + ال + صين}; زيارتها as {@code زياره + ها}. The coder and the gazetteer
 * choose among a token's analyses; the unsegmented reading is always the first.
 */
public final class Analysis {
    private final String prefix;
    private final boolean article;
    private final String stem;
    private final String suffix;
    private final int stemStart;
    /** Computed once: every lexicon lookup of a reading with the article uses it, so a new string each time cost. */
    private final String form;

    /**
     * @param prefix    the proclitics before the stem, without the article (و، ف، ب، ل، ك، س and combinations)
     * @param article   true when the stem carried the article ال (or the ل of لل)
     * @param stem      the stem, without article
     * @param suffix    the pronoun enclitic (ه، ها، هم، هما، هن، ك، كم، نا، ي، ني), or ""
     * @param stemStart offset of the article-or-stem inside the token's normalized form (length of {@code prefix},
     *                  minus one for the لل contraction)
     */
    public Analysis(String prefix, boolean article, String stem, String suffix, int stemStart) {
        this.prefix = prefix;
        this.article = article;
        this.stem = stem;
        this.suffix = suffix;
        this.stemStart = stemStart;
        this.form = article ? "\u0627\u0644" + stem : stem;
    }

    public String prefix() {
        return prefix;
    }

    public boolean article() {
        return article;
    }

    public String stem() {
        return stem;
    }

    public String suffix() {
        return suffix;
    }

    public int stemStart() {
        return stemStart;
    }

    /** The stem as a lexicon writes it: with the article when the text had it ("الصين"). */
    public String form() {
        return form;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Analysis a && a.stemStart == stemStart && a.article == article && a.stem.equals(stem)
                && a.prefix.equals(prefix) && a.suffix.equals(suffix);
    }

    @Override
    public int hashCode() {
        return (stem.hashCode() * 31 + prefix.hashCode()) * 31 + suffix.hashCode() + (article ? 1 : 0) + 7 * stemStart;
    }

    @Override
    public String toString() {
        return proclitics() + "+" + stem + (suffix.isEmpty() ? "" : "+" + suffix);
    }

    public boolean hasPrefix(char c) {
        return prefix.indexOf(c) >= 0;
    }

    public boolean hasSuffix() {
        return !suffix.isEmpty();
    }

    /** The clitics before the stem as written: the proclitics and the article (وال، لل، ب). */
    public String proclitics() {
        if (!article) return prefix;
        return prefix.endsWith("\u0644") && stemStart == prefix.length() - 1 ? prefix + "\u0644" : prefix + "\u0627\u0644";
    }

    /** True when this reading is the whole token, with no clitic. */
    public boolean isWhole() {
        return prefix.isEmpty() && !article && suffix.isEmpty();
    }

    public static Analysis whole(String norm) {
        return new Analysis("", false, norm, "", 0);
    }
}
