package org.tawazun.actor;

import org.tawazun.model.Actor;
import org.tawazun.model.Mention;
import org.tawazun.model.Sentence;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.text.Analysis;
import org.tawazun.text.FunctionWords;
import org.tawazun.text.FunctionWords.Cls;
import org.tawazun.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns gazetteer hits into actor mentions. Adjacent hits that form one noun phrase become one mention
 * (Arabic: agent + state/adjective + person, الرئيس الروسي فلاديمير بوتين; English: adjective/state + agent +
 * person, Russian President Vladimir Putin, or agent of state). A bare adjective is not an actor (الحرب
 * الأوكرانية). Ordinal and dual references (الأولى، الأخيرة، البلدين; the former, both countries) become
 * mentions of the actors they point back to. Each mention records whether a preposition governs it and whether a
 * coordinator joins it to the previous one.
 */
public final class MentionFinder {
    private final ActorLexicon lexicon;

    public MentionFinder(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Mention> find(AnalyzedDocument doc) {
        String lang = doc.lang();
        Gazetteer g = lexicon.gazetteer(lang);
        FunctionWords fw = FunctionWords.forLang(lang);
        List<Token> toks = doc.tokens();
        String raw = doc.text();
        boolean arabic = "ar".equals(lang);
        LocalDate date = doc.document().published();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Gazetteer.Hit> hits = g.matchAll(toks, s.firstToken(), s.endToken(), raw);
            hits.removeIf(h -> h.entry().kind() == EntryKind.IGNORE);
            int k = 0;
            while (k < hits.size()) {
                Group grp = new Group(arabic);
                grp.add(hits.get(k));
                int e = k + 1;
                while (e < hits.size() && joins(toks, hits.get(e - 1), hits.get(e), arabic) && grp.accepts(hits.get(e))) {
                    grp.add(hits.get(e));
                    e++;
                }
                Mention m = grp.toMention(doc, lexicon.people(), date);
                if (m != null) out.add(m);
                k = e;
            }
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        out = addReferences(doc, out, fw, g);
        return markRoles(toks, out, fw, arabic);
    }

    /** True when hit {@code b} continues the noun phrase of hit {@code a}. */
    private static boolean joins(List<Token> toks, Gazetteer.Hit a, Gazetteer.Hit b, boolean arabic) {
        if (toks.get(b.first()).newlineBefore()) return false;
        if (!b.analysis().prefix().isEmpty()) return false; // وروسيا، لروسيا start a new phrase
        if (b.first() == a.last() + 1) return true;
        if (!arabic && b.first() == a.last() + 2) {
            String mid = toks.get(a.last() + 1).norm();
            return mid.equals("'s") || mid.equals("of");
        }
        if (!arabic && b.first() == a.last() + 3) {
            return toks.get(a.last() + 1).norm().equals("of") && toks.get(a.last() + 2).norm().equals("the");
        }
        return false;
    }

    /** Hits of one noun phrase. */
    private static final class Group {
        final boolean arabic;
        final List<Gazetteer.Hit> hits = new ArrayList<>(3);
        GazetteerEntry code;      // state, capital, adjective, org, group or region
        GazetteerEntry person;
        GazetteerEntry agent;     // the head agent (first in Arabic, last in English)
        GazetteerEntry firstAgent;

        Group(boolean arabic) {
            this.arabic = arabic;
        }

        boolean accepts(Gazetteer.Hit h) {
            GazetteerEntry e = h.entry();
            switch (e.kind()) {
                case PERSON:
                    return person == null;
                case AGENT:
                    // Arabic: the agent noun heads the phrase (قوات روسيا, not روسيا قوات); English: the adjective
                    // or possessor comes first (Russia's army, Russian troops)
                    if (arabic) return code == null && person == null;
                    return person == null;
                default:
                    if (person != null) return false;
                    if (code == null) return true;
                    return e.code() != null && e.code().equals(code.code()) && e.kind() == EntryKind.NISBA;
            }
        }

        void add(Gazetteer.Hit h) {
            hits.add(h);
            GazetteerEntry e = h.entry();
            switch (e.kind()) {
                case PERSON -> person = e;
                case AGENT -> {
                    if (firstAgent == null) firstAgent = e;
                    if (!arabic || agent == null) agent = e;
                }
                default -> {
                    if (code == null) code = e;
                }
            }
        }

        Mention toMention(AnalyzedDocument doc, People people, LocalDate date) {
            Gazetteer.Hit first = hits.get(0);
            Gazetteer.Hit last = hits.get(hits.size() - 1);
            Actor actor;
            String via;
            if (person != null) {
                actor = people.resolve(person.code(), date);
                if (actor == null) return null;
                if (code != null && actor.country() == null && actor.org() == null) actor = codeActor(code, null);
                via = "gazetteer";
            } else if (code != null) {
                if (code.kind() == EntryKind.NISBA && agent == null && !isPluralNoun(code)) return null;
                actor = codeActor(code, agent != null ? agent.sector() : null);
                via = code.kind() == EntryKind.CAPITAL ? "metonym" : code.kind() == EntryKind.NISBA ? "adjective" : "gazetteer";
            } else if (agent != null) {
                actor = new Actor(null, agent.sector(), null, null);
                via = "agent";
            } else {
                return null;
            }
            if (agent != null && person == null && actor.sector() == null) actor = actor.withSector(agent.sector());
            var nt = doc.normalized();
            Token ft = doc.tokens().get(first.first());
            int start = nt.rawStart(ft.normStart() + first.analysis().stemStart());
            int end = doc.tokens().get(last.last()).end();
            char gender = firstAgent != null && arabic ? firstAgent.gender()
                    : code != null ? code.gender() : person != null ? 'm' : '?';
            return new Mention(start, end, doc.text().substring(start, end), actor, via, first.first(), last.last(),
                    first.analysis().hasPrefix('\u0628') || first.analysis().hasPrefix('\u0644') || first.analysis().hasPrefix('\u0643'),
                    gender, false);
        }

        private boolean isPluralNoun(GazetteerEntry nisba) {
            if (arabic) return nisba.gender() == 'p';
            String s = nisba.surface();
            return s.endsWith("s") && !s.endsWith("ss");
        }

        private static Actor codeActor(GazetteerEntry e, String agentSector) {
            String sector = agentSector != null ? agentSector : e.sector();
            return switch (e.kind()) {
                case ORG -> new Actor(null, sector, e.code(), e.name());
                case GROUP -> new Actor(e.code(), e.sector() != null ? e.sector() : sector, null, e.name());
                default -> new Actor(e.code(), sector, null, null);
            };
        }
    }

    /** Adds mentions for ordinal and dual references, pointing to the last two actors named before them. */
    private static List<Mention> addReferences(AnalyzedDocument doc, List<Mention> found, FunctionWords fw, Gazetteer g) {
        List<Token> toks = doc.tokens();
        List<Mention> out = new ArrayList<>(found);
        boolean arabic = "ar".equals(doc.lang());
        for (Sentence s : doc.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = toks.get(i);
                if (!t.isWord()) continue;
                Cls which = null;
                int len = 0;
                Analysis used = t.analyses()[0];
                for (Cls c : new Cls[]{Cls.REF_FIRST, Cls.REF_LAST, Cls.REF_BOTH}) {
                    int l = fw.matchAt(toks, i, c);
                    if (l > 0) {
                        which = c;
                        len = l;
                        break;
                    }
                    if (arabic) {
                        for (Analysis a : t.analyses()) {
                            if (!a.prefix().isEmpty() && !a.hasSuffix() && fw.isForm(a.form(), c)) {
                                which = c;
                                len = 1;
                                used = a;
                                break;
                            }
                        }
                        if (which != null) break;
                    }
                }
                if (which == null) continue;
                if (which != Cls.REF_BOTH && !standsAlone(toks, i, len, doc.text(), arabic, g)) continue;
                List<Mention> ante = which == Cls.REF_LAST ? lastOne(found, i, doc.sentences(), s.index())
                        : lastTwo(toks, found, i, doc.sentences(), s.index());
                if (ante.isEmpty() || which != Cls.REF_LAST && ante.size() < 2) continue;
                int start = doc.normalized().rawStart(t.normStart() + used.stemStart());
                int end = toks.get(i + len - 1).end();
                String text = doc.text().substring(start, end);
                boolean obl = used.hasPrefix('\u0628') || used.hasPrefix('\u0644') || used.hasPrefix('\u0643');
                List<Mention> targets = which == Cls.REF_FIRST ? List.of(ante.get(0))
                        : which == Cls.REF_LAST ? List.of(ante.get(ante.size() - 1)) : ante;
                for (Mention a : targets) {
                    out.add(new Mention(start, end, text, a.actor(), "coref", i, i + len - 1, obl,
                            which == Cls.REF_BOTH ? 'd' : a.gender(), false));
                }
                i += len - 1;
            }
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
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
            return !n.endsWith("\u0647") && !n.endsWith("\u0627\u062A"); // ة (folded to ه) or ات: a noun it agrees with
        }
        int next = i + len;
        if (next >= toks.size()) return true;
        Token nx = toks.get(next);
        if (!nx.isWord()) return true;
        if (Character.isUpperCase(raw.charAt(nx.start()))) return false;
        return g.matchAt(toks, next, toks.size(), raw) == null;
    }

    /**
     * The two actors a reference before token {@code i} points back to, in text order: the last pair named
     * together (كوريا الشمالية وروسيا; Russia and China), else the last two distinct actors, within the current
     * and the two previous sentences.
     */
    private static List<Mention> lastTwo(List<Token> toks, List<Mention> found, int i, List<Sentence> sentences, int sentence) {
        int minToken = sentences.get(Math.max(0, sentence - 2)).firstToken();
        for (int k = found.size() - 1; k > 0; k--) {
            Mention b = found.get(k);
            if (b.lastToken() >= i) continue;
            if (b.firstToken() < minToken) break;
            Mention a = found.get(k - 1);
            if (a.hasCode() && b.hasCode() && !a.actor().code().equals(b.actor().code()) && coordinatedPair(toks, a, b)) {
                return List.of(a, b);
            }
        }
        List<Mention> picked = new ArrayList<>(2);
        for (int k = found.size() - 1; k >= 0 && picked.size() < 2; k--) {
            Mention m = found.get(k);
            if (m.lastToken() >= i || m.firstToken() < minToken || !m.hasCode()) continue;
            String code = m.actor().code();
            if (picked.isEmpty() || !picked.get(0).actor().code().equals(code)) picked.add(0, m);
        }
        return picked;
    }

    /** The last actor named before token {@code i} (الأخير، the latter), within the current and two previous sentences. */
    private static List<Mention> lastOne(List<Mention> found, int i, List<Sentence> sentences, int sentence) {
        int minToken = sentences.get(Math.max(0, sentence - 2)).firstToken();
        for (int k = found.size() - 1; k >= 0; k--) {
            Mention m = found.get(k);
            if (m.lastToken() >= i || !m.hasCode()) continue;
            if (m.firstToken() < minToken) break;
            return List.of(m);
        }
        return List.of();
    }

    /** True when {@code b} follows {@code a} joined by a coordinator: a clitic و, or "و", "and", "or" between them. */
    static boolean coordinatedPair(List<Token> toks, Mention a, Mention b) {
        int gap = b.firstToken() - a.lastToken() - 1;
        Token first = toks.get(b.firstToken());
        if (gap == 0) return first.isArabic() && b.start() > first.start() && first.norm().charAt(0) == '\u0648';
        if (gap == 1 || gap == 2) {
            String n = toks.get(a.lastToken() + 1).norm();
            boolean coord = n.equals("and") || n.equals("or") || n.equals(",") && !first.isArabic() || n.equals("\u0648") || n.equals("\u0627\u0648");
            return gap == 1 ? coord : coord && toks.get(a.lastToken() + 2).norm().equals("the");
        }
        return false;
    }

    /** Marks mentions governed by a preposition and mentions coordinated with the previous one. */
    private static List<Mention> markRoles(List<Token> toks, List<Mention> ms, FunctionWords fw, boolean arabic) {
        List<Mention> out = new ArrayList<>(ms.size());
        Mention prev = null;
        for (Mention m : ms) {
            boolean obl = m.oblique();
            int p = m.firstToken() - 1;
            while (!arabic && p >= 0 && fw.is(toks.get(p), Cls.DET)) p--;
            if (p >= 0 && !toks.get(m.firstToken()).newlineBefore()) {
                Token pt = toks.get(p);
                if (fw.is(pt, Cls.PREP) || arabic && fw.readsAs(pt, Cls.PREP)) obl = true;
            }
            boolean coord = prev != null && prev.lastToken() < m.firstToken() && coordinatedPair(toks, prev, m);
            if (coord) obl = obl || prev.oblique();
            Mention mm = m.withObliqueAndCoordinated(obl, coord);
            out.add(mm);
            if (prev == null || mm.firstToken() != prev.firstToken()) prev = mm;
        }
        return out;
    }
}
