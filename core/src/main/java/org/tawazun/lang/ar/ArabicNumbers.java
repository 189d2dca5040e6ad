package org.tawazun.lang.ar;

import org.tawazun.model.NumberMention;
import org.tawazun.text.NumberFinder;
import org.tawazun.text.Token;

import java.util.BitSet;
import java.util.List;

/**
 * Arabic numbers in digits and words, read with the table-driven {@link NumberFinder} and the number words of
 * lang/ar/numbers.tsv (see {@link NumberFinder} for what is read).
 */
public final class ArabicNumbers {
    private ArabicNumbers() {
    }

    public static NumberFinder finder() {
        return NumberFinder.forLang("ar");
    }

    /** The value of a phrase that is exactly one number, or null. */
    public static Double parse(String phrase) {
        return finder().parse(phrase);
    }

    /** Every number in a text. */
    public static List<NumberMention> find(String text) {
        return finder().find(text);
    }

    /** The numbers in tokens [from, to), skipping the tokens set in {@code skip} (dates). */
    public static List<NumberMention> find(List<Token> tokens, int from, int to, String raw, BitSet skip) {
        return finder().find(tokens, from, to, raw, skip);
    }
}
