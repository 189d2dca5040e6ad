package org.tawazun.text;

import org.tawazun.lang.ar.ArabicNormalizer;

/**
 * Builds the normalized view used for matching, for Arabic and Latin text alike (documents mix them):
 * Arabic folding ({@link ArabicNormalizer}), Latin lower-casing, typographic quotes and dashes to ASCII,
 * zero-width and bidi controls dropped, other control characters and no-break spaces to a space, Arabic
 * presentation forms decomposed (NFKC). The raw text is kept; see {@link NormalizedText}.
 */
public final class Normalizer {
    private Normalizer() {
    }

    public static NormalizedText normalize(String raw) {
        int n = raw.length();
        StringBuilder sb = new StringBuilder(n);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            String expanded = null;
            char out = fold(c);
            if (out == EXPAND) {
                expanded = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(raw.charAt(i + 1))) {
                // astral characters (emoji, rare CJK): kept as one opaque symbol so offsets stay consistent
                out = '\u25A1';
                if (k + 1 >= starts.length) { starts = grow(starts); ends = grow(ends); }
                sb.append(out);
                starts[k] = i;
                ends[k] = i + 2;
                k++;
                i++;
                continue;
            }
            if (expanded != null) {
                for (int j = 0; j < expanded.length(); j++) {
                    char e = fold(expanded.charAt(j));
                    if (e == ArabicNormalizer.DROP || e == EXPAND) continue;
                    if (k >= starts.length) { starts = grow(starts); ends = grow(ends); }
                    sb.append(e);
                    starts[k] = i;
                    ends[k] = i + 1;
                    k++;
                }
                continue;
            }
            if (out == ArabicNormalizer.DROP) continue;
            if (k >= starts.length) { starts = grow(starts); ends = grow(ends); }
            sb.append(out);
            starts[k] = i;
            ends[k] = i + 1;
            k++;
        }
        return new NormalizedText(raw, sb.toString(), java.util.Arrays.copyOf(starts, k), java.util.Arrays.copyOf(ends, k));
    }

    /** Normalizes a string without keeping offsets (lexicon entries, tests). */
    public static String normalizeString(CharSequence s) {
        return normalize(s.toString()).norm();
    }

    static final char EXPAND = '\uFFFE';

    private static int[] grow(int[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 16);
    }

    /** Folds one character; {@link ArabicNormalizer#DROP} drops it, {@link #EXPAND} asks for NFKC decomposition. */
    static char fold(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') return (char) (c + 32);
            if (c == '\n' || c == '\t' || c >= 0x20) return c == '\t' ? ' ' : c;
            if (c == '\r') return '\n';
            return ' '; // other C0 controls
        }
        if (ArabicNormalizer.isArabicBlock(c)) return ArabicNormalizer.fold(c);
        if (c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC') return EXPAND; // Arabic presentation forms
        switch (c) {
            case '\u00A0': case '\u2007': case '\u202F': case '\u2002': case '\u2003': case '\u2009': case '\u3000':
                return ' ';
            case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F': case '\uFEFF':
            case '\u202A': case '\u202B': case '\u202C': case '\u202D': case '\u202E':
            case '\u2066': case '\u2067': case '\u2068': case '\u2069': case '\u00AD':
                return ArabicNormalizer.DROP;
            case '\u2018': case '\u2019': case '\u201A': case '\u2032': case '\u00B4': case '\u0060':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB': case '\u2033':
                return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            case '\u2026':
                return '.';
            case '\u2028': case '\u2029': case '\u0085':
                return '\n';
            default:
                if (c < 0xA0) return ' '; // C1 controls
                if (Character.isUpperCase(c)) return Character.toLowerCase(c);
                if (c >= '\uFF01' && c <= '\uFF5E') return EXPAND; // fullwidth ASCII
                return c;
        }
    }
}
