package org.tawazun.lang.ar;

import org.tawazun.text.Normalizer;
import org.tawazun.util.Tsv;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The guard of the segmenter's preferred reading: normalized Arabic words known to be whole words or stems.
 * Loaded once from lang/ar/words.tsv, the Arabic words of function-words.tsv, months.tsv, numbers.tsv and
 * date-words.tsv, and the JDK's Arabic names of every ISO 3166 country (CLDR). A lexicon that knows more words
 * (the gazetteer, the event patterns) can extend it with {@link #with(Collection)}.
 */
public final class ArabicWords {
    private static volatile ArabicWords defaults;

    private final Set<String> words;

    private ArabicWords(Set<String> words) {
        this.words = words;
    }

    /** The shipped guard. */
    public static ArabicWords defaults() {
        ArabicWords d = defaults;
        if (d == null) {
            synchronized (ArabicWords.class) {
                d = defaults;
                if (d == null) defaults = d = load();
            }
        }
        return d;
    }

    private static ArabicWords load() {
        Set<String> w = new HashSet<>();
        for (Tsv.Row r : Tsv.resource(ArabicWords.class, "/org/tawazun/lang/ar/words.tsv")) addWords(w, r.required("word"));
        for (String[] f : new String[][]{{"function-words.tsv", "word"}, {"months.tsv", "word"}, {"numbers.tsv", "word"}, {"date-words.tsv", "word"}}) {
            for (Tsv.Row r : Tsv.resource(ArabicWords.class, "/org/tawazun/lang/ar/" + f[0])) addWords(w, r.required(f[1]));
        }
        Locale ar = Locale.forLanguageTag("ar");
        for (String cc : Locale.getISOCountries()) addWords(w, new Locale("", cc).getDisplayCountry(ar));
        return new ArabicWords(Set.copyOf(w));
    }

    /** Adds every Arabic word of a phrase, normalized. */
    private static void addWords(Set<String> out, String phrase) {
        for (String t : Normalizer.normalizeString(phrase).split("[^\\u0621-\\u064A]+")) {
            if (t.length() >= 2) out.add(t);
        }
    }

    /** This guard and more words (raw, as a lexicon writes them). */
    public ArabicWords with(Collection<String> more) {
        Set<String> w = new HashSet<>(words);
        for (String m : more) addWords(w, m);
        return new ArabicWords(Set.copyOf(w));
    }

    /** True when the normalized form is a known word. */
    public boolean knows(String norm) {
        return words.contains(norm);
    }

    public int size() {
        return words.size();
    }
}
