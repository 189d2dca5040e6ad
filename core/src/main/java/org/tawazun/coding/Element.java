package org.tawazun.coding;

import java.util.Map;
import java.util.Set;

/**
 * One element of a pattern.
 * <ul>
 *   <li>{@code WORD}: a set of normalized forms; a token matches when any of its readings (whole, clitics
 *       stripped, pronoun suffix stripped) has one of them. Forms from a verb paradigm carry verb bits; the map value holds
 *       the {@link #NOUN} / {@link #PERFECT} / {@link #IMPERFECT} bits (English base, -s, -ing forms count as
 *       imperfect, past forms as perfect).</li>
 *   <li>{@code CLITIC}: a one-letter Arabic preposition (ب ل ك) that may be a separate word or the proclitic of the
 *       next token; {@code forms} may also hold whole-word alternatives (إلى|ل).</li>
 *   <li>{@code GAP}: skip 0..max tokens within the clause.</li>
 *   <li>{@code ACTOR}, {@code RECIPIENT}: slots filled by an actor mention (with its coordinated conjuncts) or a
 *       pronoun suffix of the previous word.</li>
 *   <li>{@code ANY}: exactly one word.</li>
 *   <li>{@code NUMBER}: a token where a number starts (digits or number words: 12، خمسة، ثلاثة آلاف; five).</li>
 * </ul>
 */
record Element(Kind kind, Map<String, Integer> forms, Set<Character> clitics, int max, String text) {
    enum Kind { WORD, CLITIC, GAP, ACTOR, RECIPIENT, ANY, NUMBER }

    /** Bits of a form: a noun (verbal noun or other), a perfect verb, an imperfect verb. One form may be several (طرد). */
    static final int NOUN = 1, PERFECT = 2, IMPERFECT = 4;

    static boolean isVerb(int bits) {
        return (bits & (PERFECT | IMPERFECT)) != 0;
    }

    boolean isSlot() {
        return kind == Kind.ACTOR || kind == Kind.RECIPIENT;
    }

    /** A gap written {@code *N,}: it may cross commas, not other punctuation or clause-boundary words. */
    boolean crossesCommas() {
        return kind == Kind.GAP && text.endsWith(",");
    }

    boolean isWordLike() {
        return kind == Kind.WORD || kind == Kind.CLITIC;
    }
}
