package org.tawazun.actor;

import org.tawazun.text.Analysis;
import org.tawazun.text.Normalizer;
import org.tawazun.text.NormalizedText;
import org.tawazun.text.Token;
import org.tawazun.text.Tokenizer;
import org.tawazun.util.Tsv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A token trie of normalized actor names. Matching walks the trie from each token, so its cost depends on the
 * text, not on the number of entries. The first token of a name may carry Arabic proclitics (لروسيا، وبكين،
 * للصين); later tokens must match as written. Longest match wins; among equally long matches, the reading that
 * strips less wins, so a name that merely starts with a clitic letter (لبنان، بوتين، فرنسا) is read whole.
 */
public final class Gazetteer {
    /** A match of one entry over tokens [first, last] using reading {@code analysis} of the first token. */
    public record Hit(int first, int last, Analysis analysis, List<GazetteerEntry> entries) {
        public GazetteerEntry entry() {
            return entries.get(0);
        }
    }

    static final class Node {
        Map<String, Node> next;
        List<GazetteerEntry> entries;

        Node child(String key) {
            if (next == null) next = new HashMap<>(4);
            return next.computeIfAbsent(key, k -> new Node());
        }

        Node get(String key) {
            return next == null ? null : next.get(key);
        }
    }

    /** Third-person possessive suffixes a sector noun may carry: ـه، ـها، ـهم، ـهما. */
    private static final Set<String> POSSESSIVES = Set.of("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627");

    /** Sectors of a state's own institutions, the sector nouns that take a possessive (قواتها، حكومته، سفارتها). */
    private static final Set<String> INSTITUTIONS = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");

    private final Node root = new Node();
    private int size;

    public int size() {
        return size;
    }

    /** Adds a form (raw, as a data file writes it) for an entry. Forms are normalized and tokenized like text. */
    public void add(String form, GazetteerEntry entry) {
        add(form, entry, false);
    }

    /**
     * Adds a form; an entry with the same reading already there stays, unless this one is written out in a data file
     * and the other was generated (متمردين written as a plural replaces the dual the loader made from متمرد).
     */
    private void add(String form, GazetteerEntry entry, boolean explicit) {
        NormalizedText nt = Normalizer.normalize(form);
        List<Token> toks = Tokenizer.tokenize(nt);
        if (toks.isEmpty()) return;
        Node node = root;
        for (Token t : toks) node = node.child(t.norm());
        if (node.entries == null) node.entries = new ArrayList<>(1);
        for (int i = 0; i < node.entries.size(); i++) {
            GazetteerEntry e = node.entries.get(i);
            boolean sameCode = java.util.Objects.equals(e.code(), entry.code());
            if (sameCode && e.kind() == entry.kind() && java.util.Objects.equals(e.sector(), entry.sector())) {
                if (explicit && generated.remove(e)) node.entries.set(i, entry);
                return;
            }
            // a state's or capital's name is also its adjective's accusative (روسيا، جورجيا، برازيليا): the name wins
            boolean name = e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.CAPITAL;
            if (sameCode && name && entry.kind() == EntryKind.NISBA) return;
            if (sameCode && e.kind() == EntryKind.NISBA && (entry.kind() == EntryKind.COUNTRY || entry.kind() == EntryKind.CAPITAL)) {
                node.entries.set(i, entry);
                return;
            }
        }
        node.entries.add(entry);
        if (!explicit) generated.add(entry);
        size++;
    }

    /**
     * True when a name, adjective or agent noun starts with this normalized word: the lexicon guard that keeps a
     * known word from being cut into clitics (وزارة is a ministry, not و + زار + ه "and he visited him").
     */
    public boolean startsEntry(String form) {
        return root.get(form) != null;
    }

    /** Entries made by the loader (inflections, CLDR names), which a form written in a data file may replace. */
    private final java.util.Set<GazetteerEntry> generated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** True when the trie has an entry for exactly this form (normalized like text). */
    public boolean has(String form) {
        Node node = nodeOf(form);
        return node != null && node.entries != null && !node.entries.isEmpty();
    }

    /** The trie node of exactly this form (normalized like text), or null. */
    private Node nodeOf(String form) {
        List<Token> toks = Tokenizer.tokenize(Normalizer.normalize(form));
        if (toks.isEmpty()) return null;
        Node node = root;
        for (Token t : toks) {
            node = node.get(t.norm());
            if (node == null) return null;
        }
        return node;
    }

    /**
     * The state a form names as a state's name, capital or adjective (Japan, American; اليابان), or null: for words
     * the matcher does not see as mentions, such as the X of English "anti-X".
     */
    public String stateOf(String form) {
        Node node = nodeOf(form);
        if (node == null || node.entries == null) return null;
        for (GazetteerEntry e : node.entries) {
            if (e.ambiguous() || e.caseSensitive() && !e.surface().equals(form.strip())) continue;
            if ((e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.NISBA || e.kind() == EntryKind.CAPITAL) && isAlpha3(e.code())) {
                return e.code();
            }
        }
        return null;
    }

    /** Every entry list of the trie with its form's tokens, for data checks. */
    void forEach(java.util.function.BiConsumer<String, List<GazetteerEntry>> f) {
        walk(root, new StringBuilder(), f);
    }

    private static void walk(Node n, StringBuilder path, java.util.function.BiConsumer<String, List<GazetteerEntry>> f) {
        if (n.entries != null) f.accept(path.toString(), n.entries);
        if (n.next == null) return;
        for (var e : n.next.entrySet()) {
            int len = path.length();
            if (len > 0) path.append(' ');
            path.append(e.getKey());
            walk(e.getValue(), path, f);
            path.setLength(len);
        }
    }

    /** Finds the longest match starting at token {@code i} (within [i, end)), or null. */
    public Hit matchAt(List<Token> tokens, int i, int end, String raw) {
        Token t = tokens.get(i);
        if (!t.isWord() && t.kind() != Token.Kind.NUMBER) return null;
        Hit best = null;
        Hit possessive = null;
        Analysis[] an = t.analyses();
        for (Analysis a : an) {
            // ك "like" before a name is rare, ك + word is common (كبرى is not ك + بري); س marks verbs (ساسو is not س + آسو)
            if (a.hasPrefix('\u0643') || a.hasPrefix('\u0633')) continue;
            if (a.hasSuffix()) {
                // names do not take pronoun suffixes (ي would turn روسي into روس); a state institution's noun may take a
                // possessive (قواتها، حكومته، نظيره): a one-word match, kept only when no reading without a suffix matches
                if (possessive != null || a.article() || !POSSESSIVES.contains(a.suffix())) continue;
                // normalization folds ة into ه: مسؤولية، محاكمة are not مسؤولي، محاكم + ه; the raw text tells
                if (a.suffix().equals("\u0647") && lastLetter(raw, t) != '\u0647') continue;
                String stem = a.form();
                if (stem.startsWith("\u0627\u0644")) continue; // the article and a possessive never meet: المسؤولية is not المسؤولي + ه
                Node n = root.get(stem);
                if ((n == null || n.entries == null) && stem.endsWith("\u062A")) {
                    n = root.get(stem.substring(0, stem.length() - 1) + "\u0647"); // حكومت+ه: the ة of حكومة
                }
                if (n == null || n.entries == null) continue;
                List<GazetteerEntry> agents = new ArrayList<>(1);
                for (GazetteerEntry e : n.entries) {
                    if (e.kind() == EntryKind.AGENT && !e.caseSensitive() && INSTITUTIONS.contains(e.sector())) agents.add(e);
                }
                if (!agents.isEmpty()) possessive = new Hit(i, i, a, agents);
                continue;
            }
            Node n = root.get(a.form());
            if (n == null) continue;
            int last = -1;
            List<GazetteerEntry> found = null;
            int j = i;
            while (true) {
                if (n.entries != null) {
                    List<GazetteerEntry> ok = accept(n.entries, tokens, i, j, a, raw);
                    if (!ok.isEmpty()) {
                        last = j;
                        found = ok;
                    }
                }
                if (j + 1 >= end) break;
                Token nx = tokens.get(j + 1);
                if (nx.newlineBefore()) break;
                n = n.get(nx.norm());
                if (n == null) break;
                j++;
            }
            if (found != null && (best == null || last > best.last())) best = new Hit(i, last, a, found);
        }
        if (best == null && possessive == null && !t.isArabic() && an.length > 0) return ledBy(t, i, an[0], raw);
        return best != null ? best : possessive;
    }

    /**
     * English "US-led forces", "a Vietnamese-led coalition": a state (its name or adjective) or an organization
     * before "-led" is the party that leads, as PETRARCH codes the led force by its leader; one token, one reading.
     */
    private Hit ledBy(Token t, int i, Analysis a, String raw) {
        String norm = t.norm();
        if (!norm.endsWith("-led") || norm.length() <= 4) return null;
        String base = norm.substring(0, norm.length() - 4);
        Node n = root.get(base);
        if (n == null || n.entries == null) return null;
        String written = raw.substring(t.start(), Math.min(t.end(), t.start() + base.length()));
        List<GazetteerEntry> ok = new ArrayList<>(1);
        for (GazetteerEntry e : n.entries) {
            if (e.kind() != EntryKind.COUNTRY && e.kind() != EntryKind.NISBA && e.kind() != EntryKind.ORG) continue;
            if (e.caseSensitive() && !e.surface().equals(written)) continue;
            ok.add(e);
        }
        return ok.isEmpty() ? null : new Hit(i, i, a, ok);
    }

    /**
     * Drops case-sensitive entries whose raw text differs: in English the letter case (US, not us), in Arabic the
     * spelling normalization folds (إمام with hamza below, not أمام "in front of"; diacritics are ignored).
     */
    private static List<GazetteerEntry> accept(List<GazetteerEntry> entries, List<Token> tokens, int i, int j, Analysis a, String raw) {
        boolean anyCs = false;
        for (GazetteerEntry e : entries) anyCs |= e.caseSensitive();
        Token first = tokens.get(i);
        if (!anyCs) {
            if (!first.isArabic()) return entries;
            // a hamza written on the other seat is another word: أعلام (flags) is not إعلام (media), though a bare
            // اعلام may be either
            char written = stemInitial(raw, first, a);
            if (written != '\u0623' && written != '\u0625') return entries;
            List<GazetteerEntry> out = new ArrayList<>(entries.size());
            for (GazetteerEntry e : entries) {
                char listed = surfaceInitial(e.surface());
                if (!((listed == '\u0623' || listed == '\u0625') && listed != written)) out.add(e);
            }
            return out;
        }
        int from = first.start();
        if (first.isArabic() && a.stemStart() > 0) {
            // skip the clitic letters in the raw text (diacritics between them are skipped too)
            int letters = 0;
            while (from < first.end() && letters < a.stemStart()) {
                if (!isMark(raw.charAt(from))) letters++;
                from++;
            }
            while (from < first.end() && isMark(raw.charAt(from))) from++;
        }
        String span = stripMarks(raw.substring(from, tokens.get(j).end())).replaceAll("\\s+", " ");
        List<GazetteerEntry> out = new ArrayList<>(entries.size());
        for (GazetteerEntry e : entries) {
            if (!e.caseSensitive() || stripMarks(e.surface()).equals(span)) out.add(e);
        }
        return out;
    }

    /** The first raw letter of the stem of the match's first token (after its clitics and article), marks skipped. */
    private static char stemInitial(String raw, Token t, Analysis a) {
        int letters = 0, skip = a.stemStart();
        for (int k = t.start(); k < t.end(); k++) {
            char c = raw.charAt(k);
            if (isMark(c)) continue;
            if (letters++ == skip) return c;
        }
        return 0;
    }

    /** The first letter of a data file form after its article (الإعلام → إ). */
    private static char surfaceInitial(String surface) {
        String s = stripMarks(surface);
        if (s.startsWith("\u0627\u0644") && s.length() > 2) s = s.substring(2);
        return s.isEmpty() ? 0 : s.charAt(0);
    }

    /** The token's last raw letter, diacritics skipped. */
    private static char lastLetter(String raw, Token t) {
        for (int k = t.end() - 1; k >= t.start(); k--) if (!isMark(raw.charAt(k))) return raw.charAt(k);
        return 0;
    }

    private static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }

    private static String stripMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) if (!isMark(s.charAt(k))) b.append(s.charAt(k));
        return b.toString();
    }

    /** Greedy longest matches, left to right, over tokens [from, to). */
    public List<Hit> matchAll(List<Token> tokens, int from, int to, String raw) {
        List<Hit> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Hit h = matchAt(tokens, i, to, raw);
            if (h != null) {
                out.add(h);
                i = h.last() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ loading

    /**
     * Loads a gazetteer data file (see docs/data.md) into this trie. Arabic nisba and agent entries are expanded
     * into their inflected and article forms by {@link ArabicForms}.
     */
    public void load(List<Tsv.Row> rows, String lang, People people) {
        for (Tsv.Row r : rows) {
            String form = r.required("form");
            EntryKind kind;
            try {
                kind = EntryKind.parse(r.required("kind"));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown kind '" + r.get("kind") + "'");
            }
            String code = r.opt("code");
            String sector = r.opt("sector");
            String g = r.get("gender");
            char gender = g.isEmpty() ? '?' : g.charAt(0);
            if ("fmpd?".indexOf(gender) < 0) throw r.fail("gender must be f, m, p or d: '" + g + "'");
            String flags = r.get("flags").toLowerCase(Locale.ROOT);
            boolean cs = flags.contains("cs");
            boolean amb = flags.contains("amb");
            boolean rel = flags.contains("rel");
            boolean adj = flags.contains("adj");
            boolean verb = flags.contains("verb");
            if (verb && (kind != EntryKind.AGENT || !"ar".equals(lang))) throw r.fail("flag verb is for Arabic agent nouns only");
            switch (kind) {
                case COUNTRY, CAPITAL, GROUP, PLACE -> {
                    if (code == null || !isAlpha3(code)) throw r.fail("needs an ISO alpha-3 code, got '" + code + "'");
                }
                case NISBA -> {
                    // a state's adjective, or an organization's (أممي "of the UN")
                    if (code == null || !isAlpha3(code) && !People.ORG_CODES.contains(code)) {
                        throw r.fail("needs an ISO alpha-3 or organization code, got '" + code + "'");
                    }
                }
                case PERSON -> {
                    if (code == null) throw r.fail("person needs the id of a people.tsv entry");
                    if (people != null && !people.contains(code)) throw r.fail("person id '" + code + "' is not in people.tsv");
                }
                case AGENT -> {
                    if (sector == null) throw r.fail("agent needs a sector");
                }
                case IGNORE -> {
                }
                case ORG, REGION -> {
                    if (code == null) throw r.fail(kind.name().toLowerCase(Locale.ROOT) + " needs a code");
                }
            }
            String origin = r.file() + ":" + r.line();
            Set<String> cues = r.header().contains("cues") ? cues(r.get("cues")) : Set.of();
            List<ArabicForms.Form> forms = null;
            if ("ar".equals(lang) && kind == EntryKind.NISBA && gender != 'p' && gender != 'd') {
                forms = ArabicForms.nisba(form);
            } else if ("ar".equals(lang) && (kind == EntryKind.AGENT || kind == EntryKind.NISBA)) {
                forms = ArabicForms.withArticle(form, gender);
            }
            if (forms != null) {
                for (ArabicForms.Form f : forms) {
                    boolean bare = f.text().equals(form.trim());
                    add(f.text(), new GazetteerEntry(kind, code, sector, f.gender(), r.opt("name"), cs, amb, f.text(), origin, cues, rel, adj,
                                    verb && bare),
                            f.text().equals(form.trim()) || f.text().equals("\u0627\u0644" + form.trim()));
                }
            } else {
                add(form, new GazetteerEntry(kind, code, sector, gender, r.opt("name"), cs, amb, form, origin, cues, rel, adj), true);
                // Arabic writes the foreign g as غ or ج (بيونغ يانغ / بيونج يانج، غانتس / جانتس): names of places and
                // people get the other spelling too
                if ("ar".equals(lang) && form.indexOf('\u063A') >= 0 && !cs
                        && (kind == EntryKind.PLACE || kind == EntryKind.CAPITAL || kind == EntryKind.PERSON)) {
                    String variant = form.replace('\u063A', '\u062C');
                    add(variant, new GazetteerEntry(kind, code, sector, gender, r.opt("name"), cs, amb, variant, origin, cues, rel, adj), false);
                }
            }
        }
    }

    /** Cue words, separated by spaces or commas, normalized like text. */
    static Set<String> cues(String s) {
        if (s == null || s.isBlank()) return Set.of();
        Set<String> out = new HashSet<>();
        for (Token t : Tokenizer.tokenize(Normalizer.normalize(s.replace(',', ' ')))) if (t.isWord()) out.add(t.norm());
        return Set.copyOf(out);
    }

    /** Three upper-case ASCII letters (an ISO 3166-1 alpha-3 shape), without compiling a regex per data line. */
    static boolean isAlpha3(String code) {
        if (code.length() != 3) return false;
        for (int k = 0; k < 3; k++) if (code.charAt(k) < 'A' || code.charAt(k) > 'Z') return false;
        return true;
    }
}
