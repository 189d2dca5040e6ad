package org.tawazun.text;

import org.tawazun.lang.ar.ArabicNormalizer;

import java.util.Arrays;

/**
 * Builds the normalized view used for matching, for Arabic and Latin text alike (documents mix them):
 * Arabic folding ({@link ArabicNormalizer}), Latin lower-casing and accent removal (é → e, Türkiye → turkiye),
 * digits of every Unicode digit system to ASCII, typographic quotes and dashes to ASCII, zero-width and bidi
 * controls dropped, other control characters and no-break spaces to a space, Arabic presentation forms and
 * fullwidth forms decomposed (NFKC). A waw or yeh followed by a combining hamza (decomposed ؤ ئ) folds like the
 * precomposed letter. The raw text is kept; see {@link NormalizedText}.
 *
 * <p>Every BMP character's folding is computed once into a table, so the per-character work is one array read
 * (the text layer's hot loop; no regex, no per-character allocation).
 */
public final class Normalizer {
    static final char EXPAND = '\uFFFE';
    private static final char DROP = ArabicNormalizer.DROP;
    private static final char[] TABLE = new char[0x10000];
    /** NFKC expansions of the characters marked {@link #EXPAND}, indexed from {@link #EXPAND_BASE}. */
    private static final int EXPAND_BASE = 0xFB00;
    private static final String[] EXPANSIONS = new String[0x10000 - EXPAND_BASE];

    static {
        for (int c = 0; c < 0x10000; c++) TABLE[c] = compute((char) c);
        for (int c = EXPAND_BASE; c < 0x10000; c++) {
            if (TABLE[c] != EXPAND) continue;
            String nfkc = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFKC);
            StringBuilder sb = new StringBuilder(nfkc.length());
            for (int j = 0; j < nfkc.length(); j++) {
                char e = nfkc.charAt(j);
                char f = TABLE[e];
                if (f == DROP || f == EXPAND) continue;
                sb.append(f);
            }
            EXPANSIONS[c - EXPAND_BASE] = sb.toString();
        }
    }

    private Normalizer() {
    }

    public static NormalizedText normalize(String raw) {
        int n = raw.length();
        char[] out = new char[n + 8];
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            char f = TABLE[c];
            if (f < '\uD800') { // the common case: one character in, one out
                if (f == '\n' && c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') continue; // CR LF is one break
                if (k == out.length) { out = Arrays.copyOf(out, k * 2 + 16); starts = grow(starts); ends = grow(ends); }
                out[k] = f;
                starts[k] = i;
                ends[k] = i + 1;
                k++;
                continue;
            }
            if (f == DROP) {
                // decomposed ؤ ئ: waw or yeh + combining hamza above folds like the precomposed letter (→ ء)
                if (c == '\u0654' && k > 0 && (out[k - 1] == '\u0648' || out[k - 1] == '\u064A') && onlyDropsBetween(raw, ends[k - 1], i)) {
                    out[k - 1] = '\u0621';
                    ends[k - 1] = i + 1;
                }
                continue;
            }
            String expanded = null;
            int rawEnd = i + 1;
            if (f == EXPAND) {
                expanded = EXPANSIONS[c - EXPAND_BASE];
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(raw.charAt(i + 1))) {
                // astral characters (emoji, rare CJK) are one opaque symbol so offsets stay consistent; astral
                // digits (mathematical digits) become ASCII digits
                int cp = Character.toCodePoint(c, raw.charAt(i + 1));
                int d = Character.digit(cp, 10);
                expanded = d >= 0 ? String.valueOf((char) ('0' + d)) : "\u25A1";
                rawEnd = i + 2;
            } else if (Character.isSurrogate(c)) {
                expanded = "\u25A1"; // an unpaired surrogate: malformed input, kept as a symbol
            } else {
                expanded = String.valueOf(f);
            }
            int len = expanded.length();
            if (k + len >= out.length) {
                int size = Math.max(out.length * 2, k + len + 16);
                out = Arrays.copyOf(out, size);
                starts = Arrays.copyOf(starts, size);
                ends = Arrays.copyOf(ends, size);
            }
            for (int j = 0; j < len; j++) {
                out[k] = expanded.charAt(j);
                starts[k] = i;
                ends[k] = rawEnd;
                k++;
            }
            i = rawEnd - 1;
        }
        return new NormalizedText(raw, new String(out, 0, k), Arrays.copyOf(starts, k), Arrays.copyOf(ends, k));
    }

    private static boolean onlyDropsBetween(String raw, int from, int to) {
        for (int j = from; j < to; j++) if (TABLE[raw.charAt(j)] != DROP) return false;
        return true;
    }

    /** Normalizes a string without keeping offsets (lexicon entries, tests). */
    public static String normalizeString(CharSequence s) {
        return normalize(s.toString()).norm();
    }

    /** The folded form of one character: itself, another character, {@link ArabicNormalizer#DROP} or {@link #EXPAND}. */
    static char fold(char c) {
        return TABLE[c];
    }

    private static int[] grow(int[] a) {
        return Arrays.copyOf(a, a.length * 2 + 16);
    }

    /** The folding rules, evaluated once per character when the table is built. */
    private static char compute(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') return (char) (c + 32);
            if (c == '\n' || c >= 0x20 && c < 0x7F) return c;
            if (c == '\t') return ' ';
            if (c == '\r' || c == '\u000B' || c == '\u000C') return '\n';
            return ' '; // other C0 controls and DEL
        }
        if (ArabicNormalizer.isArabicBlock(c)) return ArabicNormalizer.fold(c);
        if (c >= '\uFB00' && c <= '\uFB06' || c >= '\uFB50' && c <= '\uFDFF' && c != '\uFD3E' && c != '\uFD3F'
                || c >= '\uFE70' && c <= '\uFEFC' || c >= '\uFF01' && c <= '\uFF5E' || c >= '\uFE10' && c <= '\uFE19'
                || c >= '\uFE50' && c <= '\uFE6B') {
            return EXPAND; // ligatures, Arabic presentation forms, fullwidth and small forms
        }
        if (c >= '\u0300' && c <= '\u036F' || c >= '\u1AB0' && c <= '\u1AFF' || c >= '\u1DC0' && c <= '\u1DFF'
                || c >= '\u20D0' && c <= '\u20FF' || c >= '\uFE20' && c <= '\uFE2F') {
            return DROP; // combining diacritical marks (decomposed Latin accents)
        }
        switch (c) {
            case '\u00A0': case '\u2000': case '\u2001': case '\u2002': case '\u2003': case '\u2004': case '\u2005':
            case '\u2006': case '\u2007': case '\u2008': case '\u2009': case '\u200A': case '\u202F': case '\u205F':
            case '\u3000': case '\u1680':
                return ' ';
            case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F': case '\uFEFF':
            case '\u202A': case '\u202B': case '\u202C': case '\u202D': case '\u202E': case '\u2060': case '\u2061':
            case '\u2062': case '\u2063': case '\u2064':
            case '\u2066': case '\u2067': case '\u2068': case '\u2069': case '\u00AD': case '\u034F':
                return DROP;
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u00B4': case '\u0060':
            case '\u2039': case '\u203A':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
            case '\u275D': case '\u275E': case '\u301D': case '\u301E':
                return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
            case '\uFE58': case '\u2E3A': case '\u2E3B':
                return '-';
            case '\u2026':
                return '.';
            case '\u2044': case '\u2215':
                return '/';
            case '\uFD3E': return '(';
            case '\uFD3F': return ')';
            case '\u2028': case '\u2029': case '\u0085':
                return '\n';
            case '\uFFFE': case '\uFFFF':
                return ' '; // noncharacters
            default:
                break;
        }
        if (c < 0xA0) return ' '; // C1 controls
        if (Character.isSurrogate(c)) return c; // handled in the loop
        int d = Character.digit(c, 10);
        if (d >= 0 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) return (char) ('0' + d); // every digit system
        if (c >= '\u00C0' && c <= '\u024F' || c >= '\u1E00' && c <= '\u1EFF') {
            String nfd = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            if (nfd.length() > 1 && base < 0x80 && Character.isLetter(base)) return Character.toLowerCase(base);
        }
        if (Character.isUpperCase(c)) return Character.toLowerCase(c);
        return c;
    }
}
