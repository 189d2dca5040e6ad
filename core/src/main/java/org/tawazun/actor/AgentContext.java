package org.tawazun.actor;

import org.tawazun.model.Actor;
import org.tawazun.model.Mention;
import org.tawazun.model.Sentence;
import org.tawazun.pipeline.AnalyzedDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gives a state to sector nouns the text leaves without one (الحكومة، قوات الأمن، the police) when the context
 * names it. The rules, in order; the first that gives a state wins (docs/data.md, "Context"):
 * <ol>
 *   <li><b>Membership:</b> a person noun right before the state body it belongs to (ضابط في الشرطة العراقية، وزيرة
 *       الدولة بوزارة الطاقة السودانية; a soldier in the Syrian army) is that body's state.</li>
 *   <li><b>Seat:</b> a body followed by في / in and a state, capital or city (one word may stand between, an adjective:
 *       المجلس العسكري الحاكم في مالي، السلطات في كينشاسا، the junta in Niger) is that state's, whatever its sector;
 *       not for people and envoys who travel (الرئيس في القاهرة، the minister in Moscow, the ambassador, troops).</li>
 *   <li><b>Same sector before:</b> the nearest earlier mention of the same sector with a state, in the current and
 *       the three previous sentences (القوات الإسرائيلية ... الجيش → ISR; the Iraqi police ... the police → IRQ);
 *       for government nouns, only a mention with the same noun (الرئيس الروسي ... الرئيس).</li>
 *   <li><b>Location in the sentence:</b> the state of a place the sentence is set in: a city or region
 *       (البصرة، Mosul), a capital or state after في / in / at or after a direction (شمال العراق), the nearest one
 *       to the noun (الشرطة في البصرة → IRQ); not for government, military and intelligence nouns, which travel
 *       (a minister in Moscow is not Russian for being there).</li>
 *   <li><b>The document's dominant state:</b> the state with the most mentions (states, adjectives, capitals,
 *       places, people; the dateline counts twice) from the start of the document up to the noun, when it has at
 *       least two and more than any other (الحكومة in an article about Sudan → SDN); only for the sectors of a state's own
 *       institutions and people (government, military, police, judiciary, legislature, intelligence, parties,
 *       opposition, rebels, civilians, former officials), not for companies, media or refugees.</li>
 * </ol>
 * A definite dual sector noun (الوزيرين، الجيشين) is a reference: it stands for the last two actors named, those
 * of its own sector first, with {@code via} "coref".
 * Such mentions get {@code via} "context".
 */
final class AgentContext {
    /** Sectors of a state's own institutions and people: the document's dominant state is theirs (rule 3). */
    private static final java.util.Set<String> STATE_SECTORS = java.util.Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY",
            "OPP", "REB", "PTY", "CVL", "ELI");

    /** Government, military and intelligence travel: where a sentence is set says nothing of whose they are (rule 2). */
    private static final java.util.Set<String> MOBILE_SECTORS = java.util.Set.of("GOV", "MIL", "SPY");

    private AgentContext() {
    }

    /** {@code -Dtawazun.context=off} turns these rules off, to measure what they add (docs/data.md). */
    static final boolean ON = !"off".equals(System.getProperty("tawazun.context"));

    static List<Mention> resolve(AnalyzedDocument doc, List<Mention> ms, List<Location> locations) {
        if (!ON) return ms;
        List<Sentence> sentences = doc.sentences();
        int[] sentenceOf = new int[doc.tokens().size()];
        for (Sentence s : sentences) for (int i = s.firstToken(); i < s.endToken(); i++) sentenceOf[i] = s.index();
        List<Mention> out = new ArrayList<>(ms.size());
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (!"agent".equals(m.via()) || m.hasCode() || m.actor().sector() == null) {
                // "relational" (نظيره his counterpart) names the other party: the context does not give its state
                out.add(m);
                continue;
            }
            int s = sentenceOf[m.firstToken()];
            int window = sentences.get(Math.max(0, s - 3)).firstToken();
            if (m.gender() == 'd' && definite(m.text())) {
                List<Mention> two = lastTwo(ms, k, sentences.get(Math.max(0, s - 2)).firstToken());
                if (two.size() == 2) {
                    for (Mention a : two) {
                        out.add(new Mention(m.start(), m.end(), m.text(), new Actor(a.actor().country(), m.actor().sector(),
                                a.actor().org(), a.actor().name()), "coref", m.firstToken(), m.lastToken(), m.oblique(), 'd',
                                m.coordinated(), a.person(), a.ambiguous()));
                    }
                    continue;
                }
            }
            String state = memberOf(doc, ms, k);
            if (state == null) state = seat(doc, m, locations);
            if (state == null) state = sameSector(ms, k, window);
            if (state == null && !MOBILE_SECTORS.contains(m.actor().sector())) state = located(locations, sentences.get(s), m);
            if (state == null && STATE_SECTORS.contains(m.actor().sector())) state = dominant(ms, locations, m.firstToken());
            if (state == null) {
                out.add(m);
                continue;
            }
            Actor a = m.actor();
            out.add(m.withActor(new Actor(state, a.sector(), null, a.name()), "context"));
        }
        return out;
    }

    /**
     * A definite dual sector noun (الوزيرين، الجيشين) names two actors just mentioned: the last two with
     * distinct codes, preferring those of the same sector.
     */
    private static List<Mention> lastTwo(List<Mention> ms, int k, int minToken) {
        String sector = ms.get(k).actor().sector();
        for (boolean sameSector : new boolean[]{true, false}) {
            List<Mention> picked = new ArrayList<>(2);
            for (int j = k - 1; j >= 0 && picked.size() < 2; j--) {
                Mention c = ms.get(j);
                if (c.firstToken() < minToken) break;
                if (!c.hasCode() || "coref".equals(c.via())) continue;
                if (sameSector && !Objects.equals(c.actor().sector(), sector)) continue;
                if (picked.isEmpty() || !picked.get(0).actor().code().equals(c.actor().code())) picked.add(0, c);
            }
            if (picked.size() == 2) return picked;
        }
        return List.of();
    }

    /** Sectors of a state's institutions, whose members are that state's (rule 0). */
    private static final java.util.Set<String> INSTITUTIONS = java.util.Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

    /** Heads of a state's bodies a person may belong to (not persons: التقى الوزير بالسفير is no membership). */
    private static final java.util.Set<String> BODIES = normalized("وزارة", "جيش", "شرطة", "سفارة", "قنصلية", "حكومة",
            "أمن", "مخابرات", "استخبارات", "قوات", "برلمان", "مجلس", "محكمة", "حرس", "بحرية", "رئاسة", "خارجية", "داخلية",
            "ministry", "army", "police", "embassy", "consulate", "government", "forces", "parliament", "court", "navy",
            "guard", "service", "services", "department");

    private static boolean isBody(Mention m) {
        String h = head(m.text());
        return h != null && BODIES.contains(h);
    }

    /** The word between a minister and the ministry in "minister of state at" (وزير الدولة بوزارة), normalized. */
    private static final String AL_DAWLA = org.tawazun.text.Normalizer.normalize("الدولة").norm();

    /**
     * Rule 0: a person noun right before the state institution it belongs to (ضابط في الجيش السوري، مسؤول بوزارة
     * الخارجية المصرية، وزيرة الدولة بوزارة الطاقة السودانية; an officer in the Syrian army, an official at the Egyptian
     * foreign ministry, an official of the US embassy) is that institution's state.
     */
    private static String memberOf(AnalyzedDocument doc, List<Mention> ms, int k) {
        if (k + 1 >= ms.size()) return null;
        Mention m = ms.get(k), inst = ms.get(k + 1);
        if (!inst.hasCode() || inst.actor().country() == null || inst.actor().sector() == null || !INSTITUTIONS.contains(inst.actor().sector())
                || !isBody(inst)) return null;
        var toks = doc.tokens();
        int j = m.lastToken() + 1;
        if (j < toks.size() && toks.get(j).norm().equals(AL_DAWLA)) j++; // وزير الدولة بوزارة ...
        if (j < toks.size() && !toks.get(j).isArabic()) {
            String w = toks.get(j).norm().toLowerCase(java.util.Locale.ROOT);
            if (!w.equals("in") && !w.equals("at") && !w.equals("of") && !w.equals("from")) return null;
            j++;
            if (j < toks.size() && toks.get(j).norm().equalsIgnoreCase("the")) j++;
            return inst.firstToken() == j ? inst.actor().country() : null;
        }
        if (j < toks.size() && (toks.get(j).norm().equals(FI) || toks.get(j).norm().equals(MIN))) j++; // في الجيش، من الشرطة
        else if (inst.firstToken() == j && !toks.get(j).norm().startsWith(BA) && !toks.get(j).norm().startsWith(LI)) return null;
        return inst.firstToken() == j ? inst.actor().country() : null;
    }

    private static final String FI = org.tawazun.text.Normalizer.normalize("في").norm();
    private static final String MIN = org.tawazun.text.Normalizer.normalize("من").norm();
    private static final String BA = "\u0628";
    private static final String LI = "\u0644";

    /** Heads of sector nouns that name people or envoys, who travel: "the minister in Moscow" is not Russian (rule 0). */
    private static final java.util.Set<String> TRAVELLERS = normalized(
            // Arabic, without the article
            "رئيس", "رئيسة", "رؤساء", "ملك", "ملكة", "ملوك", "عاهل", "أمير", "أمراء", "سلطان", "زعيم", "زعماء", "مرشد",
            "وزير", "وزيرة", "وزراء", "مستشار", "مستشارة", "مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مسؤولو", "مسؤولي",
            "متحدث", "متحدثة", "سفير", "سفيرة", "سفراء", "سفارة", "سفارات", "قنصلية", "قنصليات", "قنصل", "مبعوث",
            "مبعوثة", "مبعوثون", "مبعوثين", "دبلوماسي", "دبلوماسيون", "دبلوماسيين", "وفد", "وفود", "قوات", "قوة", "جندي",
            "جنود", "عسكري", "عسكريون", "عسكريين", "ضابط", "ضباط", "قائد", "قادة", "جنرال", "جنرالات", "مشير", "عقيد",
            "نائب", "نائبة", "نواب", "جاسوس", "جواسيس", "ولي", "نظير", "نظيرة", "نظراء",
            // English, the last word
            "president", "minister", "ministers", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
            "ambassador", "ambassadors", "envoy", "envoys", "delegation", "embassy", "diplomat", "diplomats", "troops",
            "forces", "soldier", "soldiers", "officer", "officers", "commander", "general", "adviser", "advisor",
            "secretary", "leader", "leaders", "king", "prince", "premier", "chancellor", "counterpart", "spy", "spies");

    private static java.util.Set<String> normalized(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) out.add(org.tawazun.text.Normalizer.normalize(w).norm());
        return java.util.Set.copyOf(out);
    }

    /**
     * Rule 0: a body followed by في / in and a place (المجلس العسكري الحاكم في مالي → MLI, السلطات في كينشاسا → COD,
     * the government in Baghdad → IRQ). One word that is not a mention may stand between (an adjective: الانتقالية).
     */
    private static String seat(AnalyzedDocument doc, Mention m, List<Location> locations) {
        String head = head(m.text());
        if (head == null || TRAVELLERS.contains(head)) return null;
        var toks = doc.tokens();
        for (int j = m.lastToken() + 1; j <= m.lastToken() + 2 && j + 1 < toks.size(); j++) {
            var t = toks.get(j);
            if (!t.isWord()) return null;
            String w = t.norm();
            if (w.equals("\u0641\u064A") || w.equalsIgnoreCase("in")) { // في، in
                for (Location l : locations) if (l.firstToken() == j + 1 && !l.dateline()) return l.code();
                return null;
            }
        }
        return null;
    }

    /** The Arabic article opens the span (الوزيرين; a clitic ل leaves لوزيرين of للوزيرين). */
    private static boolean definite(String text) {
        String n = org.tawazun.text.Normalizer.normalize(text).norm();
        return n.startsWith("\u0627\u0644") || n.startsWith("\u0644") && !n.startsWith("\u0644\u0627");
    }

    /**
     * Rule 1. Government nouns name office-holders as often as institutions, and "the president" after "the
     * Egyptian foreign minister" is someone else: for GOV the earlier mention must also contain the same noun
     * (الرئيس ← الرئيس الروسي; the government ← the Iraqi government).
     */
    private static String sameSector(List<Mention> ms, int k, int minToken) {
        Mention m = ms.get(k);
        String sector = m.actor().sector();
        String head = "GOV".equals(sector) ? head(m.text()) : null;
        for (int j = k - 1; j >= 0; j--) {
            Mention c = ms.get(j);
            if (c.firstToken() < minToken) break;
            if (c.actor().country() != null && c.actor().org() == null && Objects.equals(c.actor().sector(), sector)
                    && !"coref".equals(c.via()) && (head == null || words(c.text()).contains(head))) {
                return c.actor().country();
            }
        }
        return null;
    }

    /** The noun of a bare sector-noun mention: its first word (Arabic) or last word (English), without the article. */
    private static String head(String text) {
        List<String> w = words(text);
        if (w.isEmpty()) return null;
        return isArabic(text) ? w.get(0) : w.get(w.size() - 1);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : org.tawazun.text.Normalizer.normalize(text).norm().split("[\\s'-]+")) {
            if (w.isEmpty()) continue;
            out.add(w.startsWith("\u0627\u0644") && w.length() > 3 ? w.substring(2) : w);
        }
        return out;
    }

    private static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.ARABIC) return true;
        return false;
    }

    private static String located(List<Location> locs, Sentence s, Mention m) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Location l : locs) {
            if (l.dateline() || l.firstToken() < s.firstToken() || l.firstToken() >= s.endToken()) continue;
            int d = Math.abs(l.firstToken() - m.firstToken());
            if (d < bestDist) {
                bestDist = d;
                best = l.code();
            }
        }
        return best;
    }

    private static String dominant(List<Mention> ms, List<Location> locs, int endToken) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention c : ms) {
            if (c.firstToken() >= endToken) break;
            if (c.actor().country() == null || "context".equals(c.via()) || "coref".equals(c.via())) continue;
            counts.merge(c.actor().country(), 1, Integer::sum);
        }
        for (Location l : locs) {
            if (l.firstToken() < endToken && !l.mention()) counts.merge(l.code(), l.dateline() ? 2 : 1, Integer::sum);
        }
        String best = null;
        int first = 0, second = 0;
        for (var e : counts.entrySet()) {
            int v = e.getValue();
            if (v > first) {
                second = first;
                first = v;
                best = e.getKey();
            } else if (v > second) {
                second = v;
            }
        }
        return first >= 2 && first > second ? best : null;
    }
}
