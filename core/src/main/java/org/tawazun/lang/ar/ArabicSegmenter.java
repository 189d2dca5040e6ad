package org.tawazun.lang.ar;

import org.tawazun.text.Analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists the possible clitic segmentations of a normalized Arabic word: the conjunctions و ف, the prepositions
 * ب ل ك, the future particle س, the article ال (and the contraction لل = ل + ال), and the pronoun enclitics.
 * It does not choose: the whole word is always the first reading, and the lexicons that consult the readings act
 * as the guard (لبنان is a gazetteer entry, so it is never read as ل + بنان; بوتين never as ب + وتين).
 * A stem must keep at least two letters.
 *
 * <p>{@link #preferred} picks one reading for consumers that need a single segmentation (stem, clitics, whether
 * the article was there), guarded by {@link ArabicWords}: a known word is never cut (لبنان، بوتين، فرنسا، وزير،
 * سياسة); a known stem wins (لروسيا → ل + روسيا، عليها → على + ها); otherwise only the reliable clitics are
 * split: the article and the proclitics before it (والصين، بالذخائر، للصين), the conjunction و before a stem of
 * three letters or more, and the suffixes ها هم هما after one. Ambiguous single-letter suffixes (ه ك ي) and
 * the proclitics ب ل ك س without the article are split only before a known stem.
 */
public final class ArabicSegmenter {
    private static final String[] ENCLITICS = {
        "\u0647\u0645\u0627", // هما
        "\u0643\u0645\u0627", // كما
        "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0643\u0645", "\u0643\u0646", "\u0646\u0627", "\u0646\u064A", // هم هن ها كم كن نا ني
        "\u0647", "\u0643", "\u064A" // ه ك ي
    };
    private static final int MIN_STEM = 2;

    private ArabicSegmenter() {
    }

    public static Analysis[] analyze(String w) {
        List<Analysis> out = new ArrayList<>(4);
        out.add(Analysis.whole(w));
        int n = w.length();
        if (n < 3) return out.toArray(new Analysis[0]);
        // proclitic chain: (و|ف)? (ب|ك|ل|س)? (ال)?   with ل + ال written لل
        int p = 0;
        boolean conj = false;
        char c0 = w.charAt(0);
        if (c0 == '\u0648' || c0 == '\u0641') { // و ف
            conj = true;
        }
        for (int ci = 0; ci <= (conj ? 1 : 0); ci++) {
            p = ci; // 0: no conjunction stripped, 1: conjunction stripped
            addWithArticle(out, w, p, w.substring(0, p));
            if (p < n) {
                char c = w.charAt(p);
                if (c == '\u0628' || c == '\u0643' || c == '\u0644' || c == '\u0633') { // ب ك ل س
                    int q = p + 1;
                    // لل: ل + ال with the alef dropped (للصين)
                    if (c == '\u0644' && q < n && w.charAt(q) == '\u0644' && n - q - 1 >= MIN_STEM) {
                        addStem(out, w, w.substring(0, q), true, q + 1, q - 1);
                    }
                    if (c != '\u0633' || q < n && isImperfectPrefix(w.charAt(q))) {
                        addWithArticle(out, w, q, w.substring(0, q));
                    }
                }
            }
        }
        return out.toArray(new Analysis[0]);
    }

    /** The index in {@code an} of the preferred reading (0, the whole word, when nothing better is known). */
    public static int preferred(Analysis[] an, ArabicWords known) {
        if (an.length == 1 || known.knows(an[0].stem())) return 0;
        int best = 0;
        double bestScore = 0;
        for (int i = 1; i < an.length; i++) {
            double sc = score(an[i], known);
            if (sc > bestScore) {
                bestScore = sc;
                best = i;
            }
        }
        return best;
    }

    private static double score(Analysis a, ArabicWords known) {
        String stem = a.stem();
        boolean stemKnown = known.knows(stem) || a.article() && known.knows(a.form());
        double sc = stemKnown ? 10 : 0;
        if (!stemKnown && stem.length() < 3) return -1;
        if (a.article()) sc += 3;
        String p = a.prefix();
        for (int k = 0; k < p.length(); k++) {
            char c = p.charAt(k);
            boolean conj = c == '\u0648' && k == 0; // و
            if (!stemKnown && !a.article() && !conj) sc -= 4;  // ب ل ك س ف before an unknown stem: a guess
            else sc += conj ? 1 : 0.5;
        }
        String suf = a.suffix();
        if (!suf.isEmpty()) {
            boolean reliable = suf.equals("\u0647\u0627") || suf.equals("\u0647\u0645") || suf.equals("\u0647\u0645\u0627"); // ها هم هما
            if (stemKnown) sc += 1;
            else if (reliable && stem.length() >= 3) sc += 1.5;
            else sc -= 4;
            // زيارتها → زياره (the ة written ت before the suffix) rather than زيارت
            // (but قواتها is قوات + ها: ات is the feminine plural, not a ة)
            if (stem.charAt(stem.length() - 1) == '\u0647' && !stemKnown) sc += stem.endsWith("\u0627\u0647") ? -0.25 : 0.25;
        }
        return sc;
    }

    private static boolean isImperfectPrefix(char c) {
        return c == '\u064A' || c == '\u062A' || c == '\u0646' || c == '\u0627'; // ي ت ن ا
    }

    /** Adds the reading with stem from {@code at}, and also with the article stripped when it is there. */
    private static void addWithArticle(List<Analysis> out, String w, int at, String prefix) {
        addStem(out, w, prefix, false, at, at);
        int n = w.length();
        if (at + 2 < n && w.charAt(at) == '\u0627' && w.charAt(at + 1) == '\u0644' && n - at - 2 >= MIN_STEM) {
            addStem(out, w, prefix, true, at + 2, at);
        }
    }

    /** Adds stem w[from..] with and without a pronoun enclitic. */
    private static void addStem(List<Analysis> out, String w, String prefix, boolean article, int from, int stemStart) {
        int n = w.length();
        if (n - from < MIN_STEM) return;
        String stem = w.substring(from);
        add(out, new Analysis(prefix, article, stem, "", stemStart));
        if (article) return; // the article and a pronoun suffix do not co-occur
        for (String e : ENCLITICS) {
            int len = n - from - e.length();
            if (len >= MIN_STEM && w.endsWith(e)) {
                String s = w.substring(from, n - e.length());
                add(out, new Analysis(prefix, false, s, e, stemStart));
                // ة is written ت before a suffix: زيارتها → زياره
                if (s.charAt(s.length() - 1) == '\u062A') {
                    add(out, new Analysis(prefix, false, s.substring(0, s.length() - 1) + '\u0647', e, stemStart));
                }
            }
        }
    }

    private static void add(List<Analysis> out, Analysis a) {
        for (Analysis b : out) {
            // cheap fields first: most readings differ in where the stem starts or in the suffix
            if (b.stemStart() == a.stemStart() && b.article() == a.article() && b.suffix().length() == a.suffix().length()
                    && b.stem().equals(a.stem()) && b.prefix().equals(a.prefix()) && b.suffix().equals(a.suffix())) return;
        }
        out.add(a);
    }
}
