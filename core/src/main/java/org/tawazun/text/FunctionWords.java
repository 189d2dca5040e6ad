package org.tawazun.text;

import org.tawazun.util.Tsv;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The function words of a language by class (lang/xx/function-words.tsv): prepositions, negation, future and
 * hypothetical markers, clause boundaries, and the reference words of coreference. Multi-word entries
 * ("من المقرر", "set to") are matched as token sequences.
 */
public final class FunctionWords {
    /** Word classes; see the data files for what each means. */
    public enum Cls { PREP, DET, NEG, NEG_VERB, FUTURE, HYPO, BOUNDARY, REF_FIRST, REF_LAST, REF_BOTH, PAST_AUX, ALLEGE, PASSIVE_AUX, BACKGROUND, SPEECH, COMPLEMENTIZER, SUBORDINATE, TALLY, HONORIFIC }

    private record Entry(String[] words, Cls cls) {
    }

    private static final Map<String, FunctionWords> CACHE = new ConcurrentHashMap<>();

    private final Map<String, List<Entry>> byFirst = new HashMap<>();

    public static FunctionWords forLang(String lang) {
        String l = "ar".equals(lang) ? "ar" : "en";
        return CACHE.computeIfAbsent(l, FunctionWords::load);
    }

    private static FunctionWords load(String lang) {
        FunctionWords fw = new FunctionWords();
        for (Tsv.Row r : Tsv.resource(FunctionWords.class, "/org/tawazun/lang/" + lang + "/function-words.tsv")) {
            Cls c;
            try {
                c = Cls.valueOf(r.required("class").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown class '" + r.get("class") + "'");
            }
            List<Token> toks = Tokenizer.tokenize(Normalizer.normalize(r.required("word")));
            String[] words = toks.stream().map(Token::norm).toArray(String[]::new);
            if (words.length == 0) throw r.fail("empty word");
            fw.byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, c));
        }
        return fw;
    }

    /** Classes of the single token (whole form only). */
    public Set<Cls> of(Token t) {
        List<Entry> es = byFirst.get(t.norm());
        if (es == null) return Set.of();
        Set<Cls> out = EnumSet.noneOf(Cls.class);
        for (Entry e : es) if (e.words.length == 1) out.add(e.cls);
        return out;
    }

    public boolean is(Token t, Cls c) {
        return isForm(t.norm(), c);
    }

    /** True when a single-word normalized form is in the class. */
    public boolean isForm(String form, Cls c) {
        List<Entry> es = byFirst.get(form);
        if (es == null) return false;
        for (Entry e : es) if (e.cls == c && e.words.length == 1) return true;
        return false;
    }

    /** True when the token's stem (a clitic reading) is in the class: وعدم، ولم، فلن. */
    public boolean readsAs(Token t, Cls c) {
        if (is(t, c)) return true;
        for (Analysis a : t.analyses()) {
            if (a.hasSuffix() || a.stem().equals(t.norm())) continue;
            if (isForm(a.form(), c)) return true;
        }
        return false;
    }

    /**
     * The length in tokens of an entry of class {@code c} starting at token {@code i} (multi-word entries
     * included), or 0.
     */
    public int matchAt(List<Token> tokens, int i, Cls c) {
        List<Entry> es = byFirst.get(tokens.get(i).norm());
        if (es == null) return 0;
        int best = 0;
        for (Entry e : es) {
            if (e.cls != c || e.words.length <= best || i + e.words.length > tokens.size()) continue;
            boolean ok = true;
            for (int k = 1; k < e.words.length && ok; k++) ok = tokens.get(i + k).norm().equals(e.words[k]);
            if (ok) best = e.words.length;
        }
        return best;
    }
}
