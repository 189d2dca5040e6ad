package org.tawazun.lang.ar;

/**
 * Folds one Arabic-script character to the form used for matching. The same function is applied to lexicon
 * entries and to text, so both sides always agree (Lucene's ArabicNormalizer maps ة to ه while other tools keep
 * ة; mixing two conventions silently loses matches).
 *
 * <ul>
 *   <li>diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and tatweel are dropped;</li>
 *   <li>أ إ آ ٱ → ا; ى and Persian ی → ي; ة ۀ ہ ە → ه; ؤ ئ → ء (so مسؤول and مسئول agree);</li>
 *   <li>Persian and Urdu letters → Arabic (ک → ك, گ → ك, پ → ب, چ → ج, ژ → ز, ڤ → ف);</li>
 *   <li>Arabic-Indic and Eastern Arabic-Indic digits → ASCII digits;</li>
 *   <li>Arabic punctuation → ASCII (، → , ؛ → ; ؟ → ? ٪ → % ٫ → . ٬ → ,).</li>
 * </ul>
 */
public final class ArabicNormalizer {
    /** Returned by {@link #fold(char)} for characters that are dropped. */
    public static final char DROP = '\uFFFF';

    private ArabicNormalizer() {
    }

    /** True for characters of the Arabic script blocks this class folds. */
    public static boolean isArabicBlock(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }

    /** The folded character, {@link #DROP} to drop it, or {@code c} unchanged. Only for the U+0600–U+06FF block. */
    public static char fold(char c) {
        if (c >= '\u064B' && c <= '\u065F') return DROP;        // harakat, tanwin, shadda, sukun, hamza marks
        if (c >= '\u06D6' && c <= '\u06ED') return DROP;        // Quranic annotation marks
        switch (c) {
            case '\u0640': // tatweel
            case '\u0670': // superscript alef
                return DROP;
            case '\u0623': case '\u0625': case '\u0622': case '\u0671': case '\u0672': case '\u0673':
                return '\u0627'; // ا
            case '\u0649': case '\u06CC': case '\u06D0': case '\u06CD': case '\u064A':
                return '\u064A'; // ي
            case '\u0629': case '\u06C0': case '\u06C1': case '\u06D5': case '\u06BE':
                return '\u0647'; // ه
            case '\u0624': case '\u0626':
                return '\u0621'; // ء
            case '\u06A9': case '\u06AA': case '\u06AF':
                return '\u0643'; // ك
            case '\u067E': return '\u0628'; // پ → ب
            case '\u0686': return '\u062C'; // چ → ج
            case '\u0698': return '\u0632'; // ژ → ز
            case '\u06A4': case '\u06A5': return '\u0641'; // ڤ → ف
            case '\u060C': return ',';
            case '\u061B': return ';';
            case '\u061F': return '?';
            case '\u066A': return '%';
            case '\u066B': return '.';
            case '\u066C': return ',';
            case '\u06D4': return '.'; // Urdu full stop
            default:
                if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
                if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
                return c;
        }
    }

    /** Folds a whole string (for lexicon entries and tests); same rules as the text pipeline. */
    public static String normalize(CharSequence s) {
        return org.tawazun.text.Normalizer.normalizeString(s);
    }
}
