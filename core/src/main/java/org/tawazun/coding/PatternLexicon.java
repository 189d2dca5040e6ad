package org.tawazun.coding;

import org.tawazun.lang.ar.ArabicVerbs;
import org.tawazun.lang.en.EnglishVerbs;
import org.tawazun.ontology.Ontology;
import org.tawazun.ontology.PloverType;
import org.tawazun.text.Normalizer;
import org.tawazun.text.Token;
import org.tawazun.text.Tokenizer;
import org.tawazun.util.DataFileException;
import org.tawazun.util.Tsv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event patterns of one language (lang/xx/patterns.tsv, with word classes from lang/xx/classes.tsv),
 * indexed by the forms of their anchor word so that matching a sentence costs a few hash lookups per token,
 * whatever the size of the lexicon. Syntax (docs/data.md): words, {@code a|b} alternatives, {@code verb~}
 * paradigms, {@code @class}, {@code *} / {@code *N} gaps, {@code _} one word, {@code $A} / {@code $R} slots,
 * {@code ^} marks the anchor when it is not the first word.
 */
public final class PatternLexicon {
    private static final Map<String, PatternLexicon> CACHE = new ConcurrentHashMap<>();
    private static final Set<Character> CLITIC_LETTERS = Set.of('\u0628', '\u0644', '\u0643'); // ب ل ك

    private final String lang;
    private final Map<String, Element> classes = new HashMap<>();
    private final Map<String, List<Pattern>> byAnchor = new HashMap<>();
    private final List<Pattern> patterns = new ArrayList<>();

    private PatternLexicon(String lang) {
        this.lang = lang;
    }

    /** The shipped lexicon for "ar" or "en" (any other language uses the English one). */
    public static PatternLexicon forLang(String lang) {
        String l = "ar".equals(lang) ? "ar" : "en";
        return CACHE.computeIfAbsent(l, PatternLexicon::loadDefault);
    }

    private static PatternLexicon loadDefault(String lang) {
        PatternLexicon lex = new PatternLexicon(lang);
        String base = "/org/tawazun/lang/" + lang + "/";
        lex.loadClasses(Tsv.resource(PatternLexicon.class, base + "classes.tsv"));
        lex.loadPatterns(Tsv.resource(PatternLexicon.class, base + "patterns.tsv"));
        return lex;
    }

    /** A copy of this lexicon with more patterns from a user's file (same format). */
    public PatternLexicon withFile(Path patternsFile) {
        PatternLexicon lex = new PatternLexicon(lang);
        lex.classes.putAll(classes);
        for (Pattern p : patterns) lex.index(p);
        lex.loadPatterns(Tsv.file(patternsFile));
        return lex;
    }

    /** What importing a PETRARCH verb dictionary did: patterns added, and lines skipped by reason. */
    public record Import(PatternLexicon lexicon, int patterns, Map<String, Integer> skipped) {
    }

    /**
     * A copy of this lexicon with the patterns of a PETRARCH / UniversalPetrarch verb dictionary added
     * ({@link PetrarchVerbs}). Entries that do not convert are skipped and counted, not fatal.
     */
    public Import withPetrarchVerbs(Path file) throws java.io.IOException {
        PetrarchVerbs.Result r = PetrarchVerbs.read(file, lang);
        PatternLexicon lex = new PatternLexicon(lang);
        lex.classes.putAll(classes);
        for (Pattern p : patterns) lex.index(p);
        Map<String, Integer> skipped = new LinkedHashMap<>(r.skipped());
        List<String> classHeader = List.of("class", "word");
        int n = 0;
        for (String[] c : r.classes()) {
            try {
                lex.loadClasses(List.of(new Tsv.Row(file.toString(), ++n, classHeader, c)));
            } catch (DataFileException e) {
                skipped.merge("synonym that is not one word", 1, Integer::sum);
            }
        }
        List<String> header = List.of("id", "type", "mode", "cameo", "pattern", "contexts", "flags");
        int added = 0;
        n = 0;
        for (String[] p : r.patterns()) {
            try {
                lex.loadPatterns(List.of(new Tsv.Row(file.toString(), ++n, header, p)));
                added++;
            } catch (DataFileException e) {
                skipped.merge("pattern Tawazun cannot read", 1, Integer::sum);
            }
        }
        return new Import(lex, added, skipped);
    }

    public String lang() {
        return lang;
    }

    public int size() {
        return patterns.size();
    }

    List<Pattern> patterns() {
        return patterns;
    }

    /** The event types this lexicon has patterns for. */
    public java.util.Set<PloverType> types() {
        java.util.Set<PloverType> out = java.util.EnumSet.noneOf(PloverType.class);
        for (Pattern p : patterns) out.add(p.type());
        return out;
    }

    /**
     * True when the token is a word of class {@code cls} of classes.tsv, whole or behind proclitics (والذي، فالتي),
     * without a pronoun suffix. The coder reads a few classes itself (e.g. {@code relative}); a class the file does
     * not define has no words.
     */
    boolean isWordOf(String cls, Token t) {
        Element e = classes.get(cls);
        if (e == null || !t.isWord()) return false;
        if (e.forms().containsKey(t.norm())) return true;
        for (org.tawazun.text.Analysis a : t.analyses()) {
            if (!a.hasSuffix() && (e.forms().containsKey(a.form()) || e.forms().containsKey(a.stem()) && !a.article())) return true;
        }
        return false;
    }

    /** True when some reading of the word has its stem in the class, with or without article and pronoun (مقتله، الهجوم). */
    boolean hasStemIn(String cls, Token t) {
        Element e = classes.get(cls);
        if (e == null || !t.isWord()) return false;
        if (e.forms().containsKey(t.norm())) return true;
        for (org.tawazun.text.Analysis a : t.analyses()) if (e.forms().containsKey(a.stem())) return true;
        return false;
    }

    /** The first word of the sentence's tokens [from, to) that is in the class (stem readings count), or null. */
    Token firstOf(String cls, List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) if (hasStemIn(cls, toks.get(i))) return toks.get(i);
        return null;
    }

    /** True when the normalized form (a stem without clitics) is a word of class {@code cls} (غارات of غاراتها). */
    boolean isFormOf(String cls, String form) {
        Element e = classes.get(cls);
        return e != null && e.forms().containsKey(form);
    }

    /** Patterns whose anchor has this normalized form. */
    List<Pattern> anchoredAt(String form) {
        return byAnchor.getOrDefault(form, List.of());
    }

    /** Word classes: members are merged into one element (forms, clitic letters, verbal when any member is). */
    void loadClasses(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            String name = r.required("class");
            Element add = parseWords(r.required("word"), r);
            Element old = classes.get(name);
            if (old == null) {
                classes.put(name, new Element(add.kind(), new LinkedHashMap<>(add.forms()), new HashSet<>(add.clitics()),
                        0, "@" + name));
            } else {
                merge(old.forms(), add.forms());
                old.clitics().addAll(add.clitics());
                Element.Kind k = old.clitics().isEmpty() ? Element.Kind.WORD : Element.Kind.CLITIC;
                classes.put(name, new Element(k, old.forms(), old.clitics(), 0, "@" + name));
            }
        }
    }

    void loadPatterns(List<Tsv.Row> rows) {
        Ontology onto = Ontology.get();
        for (Tsv.Row r : rows) {
            String id = r.required("id");
            if (!ids.add(id)) throw r.fail("duplicate pattern id '" + id + "'");
            PloverType type;
            try {
                type = PloverType.valueOf(r.required("type"));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown PLOVER type '" + r.get("type") + "'");
            }
            String mode = r.opt("mode");
            if (mode != null && !onto.hasMode(type, mode)) throw r.fail("PLOVER has no mode '" + mode + "' for " + type);
            String cameo = r.required("cameo");
            if (onto.cameo(cameo) == null) throw r.fail("unknown CAMEO code '" + cameo + "'");
            String ctx = r.get("contexts");
            List<String> contexts = ctx.isEmpty() ? List.of() : Arrays.stream(ctx.split(",")).map(String::trim).toList();
            String text = r.required("pattern");
            String flags = r.get("flags");
            boolean noInfer = false, subjRec = false, casualty = false, lead = false, promise = false;
            for (String f : flags.split(",")) {
                String fl = f.trim();
                if (fl.isEmpty()) continue;
                if (fl.equals("noinfer")) noInfer = true;
                else if (fl.equals("subjrec")) subjRec = true;
                else if (fl.equals("casualty")) casualty = true;
                else if (fl.equals("lead")) lead = true;
                else if (fl.equals("promise")) promise = true;
                else throw r.fail("unknown flag '" + fl + "' (known: noinfer, subjrec, casualty, lead, promise)");
            }
            Pattern p = parse(id, type, mode, cameo, contexts, text, noInfer, subjRec, casualty, lead, promise, r);
            // AID and SANCTION need a recipient slot; meetings, agreements and cooperation may find their second
            // party by splitting coordinated actors (تبادلت روسيا وإيران), which the coder checks per event
            if (onto.mode(type, null).requiresRecipient() && !p.has(Element.Kind.RECIPIENT) && !subjRec
                    && !EventCoder.RECIPROCAL.contains(type)) {
                throw r.fail(type + " needs a recipient (PLOVER): the pattern must have a $R slot");
            }
            index(p);
        }
    }

    private final Set<String> ids = new HashSet<>();
    /** Every imperfect verb form of the lexicon's patterns: the verbs it knows (for سـ + verb = future). */
    private final Set<String> imperfects = new HashSet<>();

    /** True when the normalized form is an imperfect form of a verb in some pattern (تجري، يعقد). */
    public boolean isImperfectVerb(String form) {
        return imperfects.contains(form);
    }

    private void index(Pattern p) {
        patterns.add(p);
        ids.add(p.id());
        for (Element e : p.elements()) {
            for (var f : e.forms().entrySet()) if ((f.getValue() & Element.IMPERFECT) != 0) imperfects.add(f.getKey());
        }
        for (String f : p.anchorElement().forms().keySet()) {
            byAnchor.computeIfAbsent(f, k -> new ArrayList<>(2)).add(p);
        }
    }

    private Pattern parse(String id, PloverType type, String mode, String cameo, List<String> contexts, String text,
                          boolean noInfer, boolean subjRec, boolean casualty, boolean lead, boolean promise,
                          Tsv.Row r) {
        String[] parts = text.trim().split("\\s+");
        Element[] els = new Element[parts.length];
        int anchor = -1;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.startsWith("^")) {
                if (anchor >= 0) throw r.fail("two anchors (^) in pattern");
                anchor = i;
                p = p.substring(1);
            }
            els[i] = parseElement(p, r);
        }
        if (anchor < 0) {
            for (int i = 0; i < els.length && anchor < 0; i++) if (els[i].kind() == Element.Kind.WORD) anchor = i;
        }
        if (anchor < 0 || els[anchor].kind() != Element.Kind.WORD || els[anchor].forms().isEmpty()) throw r.fail("pattern needs a word to anchor it: '" + text + "'");
        int actors = 0, recipients = 0;
        for (int i = 0; i < els.length; i++) {
            Element e = els[i];
            if (e.kind() == Element.Kind.ACTOR) actors++;
            if (e.kind() == Element.Kind.RECIPIENT) recipients++;
            if (e.kind() == Element.Kind.CLITIC) {
                if (i < anchor) throw r.fail("a clitic preposition cannot come before the anchor");
                if (i < els.length - 1 && els[i + 1].kind() == Element.Kind.GAP) {
                    throw r.fail("a clitic preposition must be followed by a word or slot, not a gap");
                }
            }
            if (e.kind() == Element.Kind.GAP && (i == 0 || i == els.length - 1)) throw r.fail("a gap cannot start or end a pattern");
        }
        if (actors > 1 || recipients > 1) throw r.fail("at most one $A and one $R");
        return new Pattern(id, lang, type, mode, cameo, contexts, els, anchor, noInfer, subjRec, casualty, lead, promise, r.file() + ":" + r.line(), text);
    }

    private Element parseElement(String p, Tsv.Row r) {
        switch (p) {
            case "$A": return new Element(Element.Kind.ACTOR, Map.of(), Set.of(), 0, p);
            case "$R": return new Element(Element.Kind.RECIPIENT, Map.of(), Set.of(), 0, p);
            case "_": return new Element(Element.Kind.ANY, Map.of(), Set.of(), 0, p);
            case "#": return new Element(Element.Kind.NUMBER, Map.of(), Set.of(), 0, p);
            default: break;
        }
        if (p.startsWith("*")) {
            int max = 4;
            // *N, : a gap that may also cross commas (the appositions of a long subject)
            String digits = p.endsWith(",") ? p.substring(1, p.length() - 1) : p.substring(1);
            if (!digits.isEmpty()) {
                try {
                    max = Integer.parseInt(digits);
                } catch (NumberFormatException e) {
                    throw r.fail("bad gap '" + p + "': use *, *N or *N,");
                }
            }
            int limit = p.endsWith(",") ? 16 : 12;
            if (max < 1 || max > limit) throw r.fail("gap length must be 1.." + limit + " (*N, up to 16)");
            return new Element(Element.Kind.GAP, Map.of(), Set.of(), max, p);
        }
        if (p.contains("@")) {
            // @class, possibly among alternatives: @to|من
            Map<String, Integer> forms = new LinkedHashMap<>();
            Set<Character> clitics = new HashSet<>();
            for (String alt : p.split("\\|")) {
                Element e;
                if (alt.startsWith("@")) {
                    e = classes.get(alt.substring(1));
                    if (e == null) throw r.fail("unknown word class '" + alt + "' (define it in classes.tsv)");
                } else {
                    e = parseWords(alt, r);
                }
                merge(forms, e.forms());
                clitics.addAll(e.clitics());
            }
            return new Element(clitics.isEmpty() ? Element.Kind.WORD : Element.Kind.CLITIC, forms, clitics, 0, p);
        }
        return parseWords(p, r);
    }

    /** Parses {@code a|b|verb~imperfect} into a WORD or CLITIC element. */
    private Element parseWords(String p, Tsv.Row r) {
        Map<String, Integer> forms = new LinkedHashMap<>();
        Set<Character> clitics = new HashSet<>();
        for (String alt : p.split("\\|")) {
            if (alt.isEmpty()) throw r.fail("empty alternative in '" + p + "'");
            int tilde = alt.indexOf('~');
            if (tilde >= 0) {
                String head = alt.substring(0, tilde);
                String tail = alt.substring(tilde + 1);
                Map<String, Boolean> inflected = "ar".equals(lang)
                        ? ArabicVerbs.inflect(head, tail)
                        : EnglishVerbs.inflect(head, tail);
                for (var e : inflected.entrySet()) {
                    forms.merge(single(e.getKey(), r), e.getValue() ? Element.IMPERFECT : Element.PERFECT, (a, b) -> a | b);
                }
                continue;
            }
            String f = single(alt, r);
            if ("ar".equals(lang) && f.length() == 1 && CLITIC_LETTERS.contains(f.charAt(0))) clitics.add(f.charAt(0));
            else forms.merge(f, Element.NOUN, (a, b) -> a | b);
        }
        if (!clitics.isEmpty()) return new Element(Element.Kind.CLITIC, forms, clitics, 0, p);
        return new Element(Element.Kind.WORD, forms, Set.of(), 0, p);
    }

    private static void merge(Map<String, Integer> into, Map<String, Integer> from) {
        for (var e : from.entrySet()) into.merge(e.getKey(), e.getValue(), (a, b) -> a | b);
    }

    /** Normalized single-word forms already seen (imported dictionaries repeat their verb lists on every line). */
    private final Map<String, String> singles = new HashMap<>();

    private String single(String word, Tsv.Row r) {
        String cached = singles.get(word);
        if (cached != null) return cached;
        List<Token> t = Tokenizer.tokenize(Normalizer.normalize(word));
        if (t.size() != 1) {
            throw new DataFileException(r.file(), r.line(), "'" + word + "' is not one word after normalization (" + t + ")");
        }
        singles.put(word, t.get(0).norm());
        return t.get(0).norm();
    }
}
