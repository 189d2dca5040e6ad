package org.tawazun.actor;

import org.tawazun.model.Mention;
import org.tawazun.model.Sentence;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.text.Analysis;
import org.tawazun.text.Normalizer;
import org.tawazun.text.Token;
import org.tawazun.text.Tokenizer;
import org.tawazun.util.Tsv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words that refer back to actors just named (lang/xx/gazetteer/references.tsv): ordinals (الأولى، الأخيرة; the
 * former, the latter) point to the first or the second of the last two actors; group references (البلدين،
 * الطرفين، الدول الثلاث; both countries, the three nations) to the last n distinct actors, preferring a pair or
 * group named together (كوريا الشمالية وروسيا); a possessive neighbour (جارتها لبنان، its neighbour Lebanon)
 * joins the apposition that names the neighbour, and stands for nothing without one (the pronoun is not the
 * neighbour). Antecedents are searched in the current and the two previous sentences.
 */
final class References {
    enum Ref { FIRST, LAST, GROUP, NEIGHBOUR, IGNORE }

    private record Entry(String[] words, Ref ref, int count) {
    }

    private final Map<String, List<Entry>> byFirst = new HashMap<>();

    static References load(List<Tsv.Row> rows) {
        References r = new References();
        for (Tsv.Row row : rows) {
            Ref ref;
            try {
                ref = Ref.valueOf(row.required("ref").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.fail("ref must be first, last, group, neighbour or ignore: '" + row.get("ref") + "'");
            }
            int count = 0;
            if (ref == Ref.GROUP) {
                try {
                    count = Integer.parseInt(row.required("count"));
                } catch (NumberFormatException e) {
                    throw row.fail("count must be a number: '" + row.get("count") + "'");
                }
                if (count < 2 || count > 9) throw row.fail("count must be between 2 and 9: " + count);
            }
            String[] words = Tokenizer.tokenize(Normalizer.normalize(row.required("form"))).stream().map(Token::norm).toArray(String[]::new);
            if (words.length == 0) throw row.fail("empty form");
            r.byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, ref, count));
        }
        return r;
    }

    static References empty() {
        return new References();
    }

    /** A reference starting at token i: the entry, its length, and the reading of the first token. */
    private record Found(Entry entry, int length, Analysis reading) {
    }

    private Found at(List<Token> toks, int i, int end, boolean arabic) {
        Token t = toks.get(i);
        if (!t.isWord()) return null;
        Found best = null;
        for (Analysis a : t.analyses()) {
            if (!a.suffix().isEmpty() && a.stem().length() < 2) continue;
            // the token without its proclitics (the pronoun suffix stays: جارتها)
            String rest = arabic ? a.form() + a.suffix() : t.norm();
            List<Entry> es = byFirst.get(rest);
            if (es == null) continue;
            for (Entry e : es) {
                if (i + e.words.length > end || best != null && best.length >= e.words.length) continue;
                boolean ok = true;
                for (int k = 1; k < e.words.length && ok; k++) ok = toks.get(i + k).norm().equals(e.words[k]);
                if (ok) best = new Found(e, e.words.length, a);
            }
            if (!arabic) break;
        }
        return best;
    }

    /** Adds reference mentions to {@code found} (sorted by first token) and returns the new list. */
    List<Mention> add(AnalyzedDocument doc, List<Mention> found, Gazetteer g) {
        List<Token> toks = doc.tokens();
        List<Mention> out = new ArrayList<>(found);
        boolean arabic = "ar".equals(doc.lang());
        for (Sentence s : doc.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Found f = at(toks, i, s.endToken(), arabic);
                if (f == null) continue;
                int len = f.length;
                Entry e = f.entry;
                Analysis used = f.reading;
                int start = arabic ? doc.normalized().rawStart(toks.get(i).normStart() + used.stemStart()) : toks.get(i).start();
                int end = toks.get(i + len - 1).end();
                boolean obl = used.hasPrefix('\u0628') || used.hasPrefix('\u0644') || used.hasPrefix('\u0643');
                if (e.ref == Ref.IGNORE || inDate(doc, i)) { // حل الدولتين; كانون الأول
                    i += len - 1;
                    continue;
                }
                if (e.ref == Ref.NEIGHBOUR) {
                    joinApposition(out, doc, i + len, start, i);
                    i += len - 1;
                    continue;
                }
                if ((e.ref == Ref.FIRST || e.ref == Ref.LAST) && !standsAlone(toks, i, len, doc.text(), arabic, g)) continue;
                if (coveredByMention(found, i)) continue;
                int n = e.ref == Ref.GROUP ? e.count : 2;
                List<Mention> ante = lastActors(toks, found, i, doc.sentences(), s.index(), n);
                // the latter (الأخير) is the last actor named, even when only one state was named before it
                // (مكتب رئيس الوزراء الإسرائيلي ... أعلن أن الأخير اعتذر)
                if (e.ref == Ref.LAST && ante.size() == 1) ante = List.of(ante.get(0), ante.get(0));
                if (ante.size() < n) continue;
                String text = doc.text().substring(start, end);
                List<Mention> targets = e.ref == Ref.FIRST ? List.of(ante.get(0))
                        : e.ref == Ref.LAST ? List.of(ante.get(1)) : ante;
                for (Mention a : targets) {
                    out.add(new Mention(start, end, text, a.actor(), "coref", i, i + len - 1, obl,
                            e.ref == Ref.GROUP ? (n == 2 ? 'd' : 'p') : a.gender(), false, a.person(), a.ambiguous()));
                }
                i += len - 1;
            }
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    private static boolean inDate(AnalyzedDocument doc, int token) {
        if (!doc.has(org.tawazun.pipeline.Layer.DATES)) return false;
        for (var d : doc.dates()) if (d.firstToken() <= token && token <= d.lastToken()) return true;
        return false;
    }

    private static boolean coveredByMention(List<Mention> ms, int token) {
        for (Mention m : ms) if (m.firstToken() <= token && token <= m.lastToken()) return true;
        return false;
    }

    /** A possessive neighbour right before a mention (جارتها لبنان): the mention's span grows to include it. */
    private static void joinApposition(List<Mention> out, AnalyzedDocument doc, int next, int start, int firstToken) {
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            if (m.firstToken() != next || !m.hasCode() || "coref".equals(m.via())) continue;
            Mention joined = new Mention(start, m.end(), doc.text().substring(start, m.end()), m.actor(), m.via(),
                    firstToken, m.lastToken(), m.oblique(), m.gender(), m.coordinated(), m.person(), m.ambiguous());
            out.set(k, joined);
        }
    }

    /**
     * A reference word is a pronoun only when it does not modify a noun: الزيارة الأولى / في الأشهر الأخيرة are
     * adjectives; أرسلت الأولى is a reference. English: "the former president" is an adjective.
     */
    private static boolean standsAlone(List<Token> toks, int i, int len, String raw, boolean arabic, Gazetteer g) {
        if (arabic) {
            if (i == 0) return true;
            Token p = toks.get(i - 1);
            if (!p.isWord()) return true;
            for (Analysis a : p.analyses()) {
                if (a.article()) return false;
            }
            String n = p.norm();
            if (n.equals("\u0627\u0645\u0633")) return false; // أمس الأول "the day before yesterday"
            // a noun it agrees with: ending in ة (folded to ه) or ات, or carrying a possessive (مطلبها الأخير، عامها الأول)
            return !n.endsWith("\u0647") && !n.endsWith("\u0627\u062A") && !n.endsWith("\u0647\u0627")
                    && !n.endsWith("\u0647\u0645") && !n.endsWith("\u0647\u0645\u0627");
        }
        int next = i + len;
        if (next >= toks.size()) return true;
        Token nx = toks.get(next);
        if (!nx.isWord()) return true;
        if (Character.isUpperCase(raw.charAt(nx.start()))) return false;
        return g.matchAt(toks, next, toks.size(), raw) == null && !isNoun(nx.norm());
    }

    /** English words after "the former/latter" that make it an adjective even when not in the gazetteer. */
    private static boolean isNoun(String w) {
        return w.equals("one") || w.equals("case") || w.equals("two") || w.equals("half") || w.equals("part");
    }

    /**
     * The n actors a reference before token {@code i} points back to, in text order: the last n named together
     * (كوريا الشمالية وروسيا; Russia and China), else the last n distinct actors, within the current and the two
     * previous sentences.
     */
    private static List<Mention> lastActors(List<Token> toks, List<Mention> found, int i, List<Sentence> sentences, int sentence, int n) {
        int minToken = sentences.get(Math.max(0, sentence - 2)).firstToken();
        // a coordinated group of exactly n distinct codes, ending before i
        for (int k = found.size() - 1; k >= n - 1; k--) {
            Mention b = found.get(k);
            if (b.lastToken() >= i) continue;
            if (b.firstToken() < minToken) break;
            List<Mention> grp = new ArrayList<>();
            grp.add(b);
            int j = k;
            while (j > 0 && grp.size() < n) {
                Mention a = found.get(j - 1);
                Mention c = found.get(j);
                if (!a.hasCode() || !c.hasCode() || !MentionFinder.coordinatedPair(toks, a, c)) break;
                grp.add(0, a);
                j--;
            }
            if (grp.size() == n && distinct(grp)) return grp;
        }
        List<Mention> picked = new ArrayList<>(n);
        for (int k = found.size() - 1; k >= 0 && picked.size() < n; k--) {
            Mention m = found.get(k);
            if (m.lastToken() >= i || m.firstToken() < minToken || !m.hasCode() || "coref".equals(m.via())) continue;
            String code = m.actor().code();
            boolean seen = false;
            for (Mention p : picked) seen |= p.actor().code().equals(code);
            if (!seen) picked.add(0, m);
        }
        return picked;
    }

    private static boolean distinct(List<Mention> ms) {
        return ms.stream().map(m -> m.actor().code()).distinct().count() == ms.size();
    }
}
