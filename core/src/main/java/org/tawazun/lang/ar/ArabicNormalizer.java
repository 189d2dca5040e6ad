package org.tawazun.lang.ar;

/**
 * Folds one Arabic-script character to the form used for matching. The same function is applied to lexicon
 * entries and to text, so both sides always agree (Lucene's ArabicNormalizer maps ة to ه while other tools keep
 * ة; mixing two conventions silently loses matches).
 *
 * <ul>
 *   <li>diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic and honorific marks), tatweel and the
 *       Arabic number and letter-mark format characters are dropped;</li>
 *   <li>أ إ آ ٱ ٲ ٳ ٵ → ا; ى and the Persian, Urdu, Kurdish and Pashto yeh forms → ي; ة and the heh forms → ه;
 *       ؤ ئ and the high-hamza letters → ء (so مسؤول and مسئول agree);</li>
 *   <li>Persian, Urdu, Kurdish, Pashto, Sindhi and Maghrebi letters → the nearest Arabic letter (ک گ ڭ → ك, پ → ب,
 *       چ → ج, ژ → ز, ڤ ڢ → ف, ڨ ڧ → ق, ٹ → ت, ڈ → د, ڑ → ر, ں → ن, ۆ ۇ ۋ → و, ڵ → ل);</li>
 *   <li>Arabic-Indic and Eastern Arabic-Indic digits → ASCII digits;</li>
 *   <li>Arabic punctuation → ASCII (، → , ؛ → ; ؟ → ? ٪ → % ٫ → . ٬ → , ۔ → . ؍ → / ٭ → * ﴾﴿ → ()).</li>
 * </ul>
 */
public final class ArabicNormalizer {
    /** Returned by {@link #fold(char)} for characters that are dropped. */
    public static final char DROP = '\uFFFF';

    private ArabicNormalizer() {
    }

    /** True for characters of the Arabic script blocks this class folds (Arabic, Arabic Supplement, Extended-A). */
    public static boolean isArabicBlock(char c) {
        return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08FF';
    }

    /** The folded character, {@link #DROP} to drop it, or {@code c} unchanged. Only for {@link #isArabicBlock} characters. */
    public static char fold(char c) {
        if (c >= '\u064B' && c <= '\u065F') return DROP;        // harakat, tanwin, shadda, sukun, combining hamza
        if (c >= '\u06D6' && c <= '\u06ED') return DROP;        // Quranic annotation marks, small waw/yeh, end of ayah
        if (c >= '\u0610' && c <= '\u061A') return DROP;        // honorific and small high marks (ﷺ-style signs)
        if (c >= '\u0600' && c <= '\u0605') return DROP;        // Arabic number signs (format characters)
        if (c >= '\u08D3' && c <= '\u08FF') return DROP;        // Extended-A marks
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        if (c >= '\u0750' && c <= '\u077F') return supplement(c);
        switch (c) {
            case '\u0640': // tatweel
            case '\u0670': // superscript alef
            case '\u061C': // Arabic letter mark
            case '\u0674': // high hamza (a modifier)
            case '\u06DE': case '\u06E9':
                return DROP;
            case '\u0623': case '\u0625': case '\u0622': case '\u0671': case '\u0672': case '\u0673': case '\u0675':
                return '\u0627'; // ا
            case '\u0649': case '\u06CC': case '\u06D0': case '\u06CD': case '\u06CE': case '\u06D1': case '\u06D2':
            case '\u06D3': case '\u064A':
                return '\u064A'; // ي
            case '\u0629': case '\u06C0': case '\u06C1': case '\u06C2': case '\u06C3': case '\u06D5': case '\u06BE':
            case '\u06FF':
                return '\u0647'; // ه
            case '\u0624': case '\u0626': case '\u0676': case '\u0678':
                return '\u0621'; // ء
            case '\u06C4': case '\u06C5': case '\u06C6': case '\u06C7': case '\u06C8': case '\u06C9': case '\u06CA':
            case '\u06CB': case '\u06CF': case '\u0677':
                return '\u0648'; // و
            case '\u06A9': case '\u06AA': case '\u06AB': case '\u06AC': case '\u06AD': case '\u06AE': case '\u06AF':
            case '\u06B0': case '\u06B1': case '\u06B2': case '\u06B3': case '\u06B4':
                return '\u0643'; // ك
            case '\u067E': case '\u067B': case '\u0680': case '\u066E':
                return '\u0628'; // پ ٻ ڀ ٮ → ب
            case '\u0679': case '\u067A': case '\u067C': case '\u067D': case '\u067F':
                return '\u062A'; // ٹ ٺ ټ ٽ ٿ → ت
            case '\u0686': case '\u0687': case '\u0683': case '\u0684':
                return '\u062C'; // چ ڇ ڃ ڄ → ج
            case '\u0681': case '\u0682': case '\u0685':
                return '\u062D'; // ځ ڂ څ → ح
            case '\u0688': case '\u0689': case '\u068A': case '\u068B': case '\u068C': case '\u068D': case '\u068E':
            case '\u068F': case '\u0690': case '\u06EE':
                return '\u062F'; // ڈ and the other dal forms → د
            case '\u0691': case '\u0692': case '\u0693': case '\u0694': case '\u0695': case '\u0696': case '\u0697':
            case '\u0699': case '\u06EF':
                return '\u0631'; // ڑ ڕ and the other reh forms → ر
            case '\u0698':
                return '\u0632'; // ژ → ز
            case '\u069A': case '\u069B':
                return '\u0633'; // ښ ڛ → س
            case '\u069C': case '\u06FA':
                return '\u0634'; // ڜ ۺ → ش
            case '\u069D': case '\u069E':
                return '\u0635'; // ڝ ڞ → ص
            case '\u06FB':
                return '\u0636'; // ۻ → ض
            case '\u069F':
                return '\u0637'; // ڟ → ط
            case '\u06A0': case '\u06FC':
                return '\u063A'; // ڠ ۼ → غ
            case '\u06A1': case '\u06A2': case '\u06A3': case '\u06A4': case '\u06A5': case '\u06A6':
                return '\u0641'; // ڡ ڢ ڣ ڤ ڥ ڦ → ف
            case '\u06A7': case '\u06A8': case '\u066F':
                return '\u0642'; // ڧ ڨ ٯ → ق
            case '\u06B5': case '\u06B6': case '\u06B7': case '\u06B8':
                return '\u0644'; // ڵ and the other lam forms → ل
            case '\u06B9': case '\u06BA': case '\u06BB': case '\u06BC': case '\u06BD':
                return '\u0646'; // ں ڻ ڼ → ن
            case '\u060C': return ',';
            case '\u061B': return ';';
            case '\u061F': return '?';
            case '\u066A': return '%';
            case '\u066B': return '.';
            case '\u066C': return ',';
            case '\u066D': return '*';
            case '\u060D': return '/'; // date separator
            case '\u06D4': return '.'; // Urdu full stop
            default:
                return c;
        }
    }

    /** Arabic Supplement letters (used for African and Asian languages) → the Arabic letter they extend. */
    private static char supplement(char c) {
        if (c <= '\u0756') return '\u0628';           // beh forms
        if (c <= '\u0758') return '\u062D';           // hah forms
        if (c <= '\u075A') return '\u062F';           // dal forms
        if (c <= '\u075B') return '\u0631';           // reh
        if (c <= '\u075C') return '\u0633';           // seen
        if (c <= '\u075F') return '\u0639';           // ain forms
        if (c <= '\u0761') return '\u0641';           // feh forms
        if (c <= '\u0764') return '\u0643';           // keheh forms
        if (c <= '\u0766') return '\u0645';           // meem forms
        if (c <= '\u0769') return '\u0646';           // noon forms
        if (c <= '\u076A') return '\u0644';           // lam
        if (c <= '\u076C') return '\u0631';           // reh forms
        if (c <= '\u076D') return '\u0633';           // seen
        if (c <= '\u076F') return '\u062D';           // hah forms
        if (c <= '\u0770') return '\u0633';           // seen
        if (c <= '\u0771') return '\u0631';           // reh
        if (c <= '\u0772') return '\u062D';           // hah
        if (c <= '\u0774') return '\u0627';           // alef forms
        if (c <= '\u0776') return '\u064A';           // farsi yeh forms
        if (c <= '\u0777') return '\u064A';
        if (c <= '\u0779') return '\u0648';           // waw forms
        if (c <= '\u077B') return '\u064A';           // yeh barree forms
        if (c <= '\u077C') return '\u062D';           // hah
        if (c <= '\u077D') return '\u0633';           // seen
        if (c <= '\u077E') return '\u0633';
        return '\u0643';                              // kaf
    }

    /** Folds a whole string (for lexicon entries and tests); same rules as the text pipeline. */
    public static String normalize(CharSequence s) {
        return org.tawazun.text.Normalizer.normalizeString(s);
    }
}
