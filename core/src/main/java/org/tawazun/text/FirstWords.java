package org.tawazun.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The first words of a lexicon's entries, for a fast test whether an entry can start at a token: a lookup of each
 * clitic reading's stem, with no string built per token (an entry written with the article, الماضي, is kept
 * under its stem too and matched only by readings that have the article). Lets the date and number readers skip
 * the ninety-odd percent of tokens that cannot start anything they read.
 */
final class FirstWords {
    private final Set<String> plain = new HashSet<>();
    private final Set<String> afterArticle = new HashSet<>();
    private final KeyFilter filter = new KeyFilter();

    void add(String normalizedFirstWord) {
        plain.add(normalizedFirstWord);
        filter.add(normalizedFirstWord);
        if (normalizedFirstWord.startsWith("\u0627\u0644") && normalizedFirstWord.length() > 3) {
            afterArticle.add(normalizedFirstWord.substring(2));
        }
    }

    /** True when some reading of the token (without a pronoun suffix) is a first word. */
    boolean mayStart(Token t) {
        if (!filter.mightEnd(t.norm())) return false;
        for (Analysis a : t.analyses()) {
            if (a.hasSuffix()) continue;
            String s = a.stem();
            if (plain.contains(s) || a.article() && afterArticle.contains(s)) return true;
        }
        return false;
    }
}
