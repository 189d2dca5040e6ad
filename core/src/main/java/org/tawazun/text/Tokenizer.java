package org.tawazun.text;

import org.tawazun.lang.ar.ArabicSegmenter;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into word, number and punctuation tokens, each with raw offsets. Arabic words get their
 * clitic readings from {@link ArabicSegmenter}. Kept together: numbers with separators (1,000 / 3.5), dotted
 * abbreviations (u.s. / u.n.), hyphenated Latin words (al-assad, f-16); an English possessive 's is split off.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(NormalizedText text) {
        String s = text.norm();
        int n = s.length();
        List<Token> out = new ArrayList<>(n / 5 + 4);
        int i = 0;
        boolean newline = true;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                newline = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '.' && inArabicInitialism(s, i)) {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            boolean arabic = false;
            if (isDigit(c)) {
                i++;
                while (i < n) {
                    char d = s.charAt(i);
                    if (isDigit(d)) i++;
                    else if ((d == ',' || d == '.') && i + 1 < n && isDigit(s.charAt(i + 1))) i += 2;
                    else break;
                }
                // a number glued to letters (f16, 2024م, g20) stays one word token
                if (i < n && isLetter(s.charAt(i))) {
                    while (i < n && isLetter(s.charAt(i)) || i < n && isDigit(s.charAt(i))) i++;
                    kind = Token.Kind.WORD;
                } else {
                    kind = Token.Kind.NUMBER;
                }
            } else if (isArabicLetter(c)) {
                arabic = true;
                i++;
                while (i < n && isArabicLetter(s.charAt(i))) i++;
                kind = Token.Kind.WORD;
            } else if (isLetter(c)) {
                i = latinWordEnd(s, i);
                kind = Token.Kind.WORD;
            } else if (c == '\'' && i + 1 < n && s.charAt(i + 1) == 's' && i > 0 && isLetter(s.charAt(i - 1))
                    && (i + 2 >= n || !isLetter(s.charAt(i + 2)))) {
                i += 2; // English possessive 's
                kind = Token.Kind.WORD;
            } else {
                i++;
                kind = Token.Kind.PUNCT;
            }
            String norm = s.substring(start, i);
            Analysis[] an = arabic ? ArabicSegmenter.analyze(norm) : new Analysis[]{Analysis.whole(norm)};
            out.add(new Token(out.size(), start, text.rawStart(start), text.rawEndWithMarks(i), norm, kind, arabic, newline, an));
            newline = false;
        }
        return out;
    }

    private static int latinWordEnd(String s, int i) {
        int n = s.length();
        // dotted abbreviation: u.s. / u.n. / e.u.
        int j = i;
        int letters = 0;
        while (j + 1 < n && isLetter(s.charAt(j)) && !isArabicLetter(s.charAt(j)) && s.charAt(j + 1) == '.'
                && (j + 2 >= n || !isLetter(s.charAt(j + 2)) || j + 3 < n && s.charAt(j + 3) == '.')) {
            letters++;
            j += 2;
        }
        if (letters >= 2) return j;
        i++;
        while (i < n) {
            char d = s.charAt(i);
            if (isLetter(d) && !isArabicLetter(d) || isDigit(d)) {
                i++;
            } else if ((d == '-' || d == '\'') && i + 1 < n && (isLetter(s.charAt(i + 1)) && !isArabicLetter(s.charAt(i + 1))
                    || d == '-' && isDigit(s.charAt(i + 1)))) {
                // 's at the end of a word is a separate token; o'brien and al-assad stay whole
                if (d == '\'' && s.charAt(i + 1) == 's' && (i + 2 >= n || !isLetter(s.charAt(i + 2)))) break;
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * سي.آي.ايه، أ.ف.ب، م.ت.ف، تي.في: the dot at i joins short Arabic letter groups, with no space on either side. Such
     * a dot is no token, so the groups read as the spaced form the gazetteer has (سي آي إيه) and end no sentence. A
     * dot glued between longer words is a missing space after a sentence end (امس.وقال), which papers print often,
     * so only groups of at most two letters count, or of three in a chain of two dots or more (الخ.ما is "etc."
     * ending a sentence).
     */
    static boolean inArabicInitialism(String s, int i) {
        int n = s.length();
        if (i == 0 || i + 1 >= n || !isArabicLetter(s.charAt(i - 1)) || !isArabicLetter(s.charAt(i + 1))) return false;
        int longest = 0, dots = 0;
        int a = i; // scan the chain leftwards: groups ending at a dot
        while (true) {
            int b = a - 1;
            while (b >= 0 && isArabicLetter(s.charAt(b))) b--;
            longest = Math.max(longest, a - 1 - b);
            if (b >= 1 && s.charAt(b) == '.' && isArabicLetter(s.charAt(b - 1))) {
                dots++;
                a = b;
            } else {
                if (b >= 0 && (isLetter(s.charAt(b)) || isDigit(s.charAt(b)))) return false;
                break;
            }
        }
        a = i; // and rightwards
        while (true) {
            int b = a + 1;
            while (b < n && isArabicLetter(s.charAt(b))) b++;
            longest = Math.max(longest, b - a - 1);
            dots++;
            if (b + 1 < n && s.charAt(b) == '.' && isArabicLetter(s.charAt(b + 1))) {
                a = b;
            } else {
                if (b < n && (isLetter(s.charAt(b)) || isDigit(s.charAt(b)))) return false;
                break;
            }
        }
        return longest <= 2 || longest <= 3 && dots >= 2;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3' || c == '\u06D5';
    }

    static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
