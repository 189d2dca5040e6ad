package org.tawazun.actor;

import org.tawazun.model.Actor;
import org.tawazun.model.DateMention;
import org.tawazun.model.Mention;
import org.tawazun.model.Sentence;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.text.Analysis;
import org.tawazun.text.FunctionWords;
import org.tawazun.text.FunctionWords.Cls;
import org.tawazun.text.Token;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns gazetteer hits into actor mentions, in five steps:
 * <ol>
 *   <li>every gazetteer match, longest first, left to right (a trie walk: the cost does not grow with the
 *       gazetteer);</li>
 *   <li>one reading per match when a form has several ({@link Readings}: عمان، الكونغو، Georgia, a bare surname);</li>
 *   <li>adjacent matches that form one noun phrase become one mention (Arabic: agent + state/adjective/place +
 *       person, الرئيس الروسي فلاديمير بوتين; English: adjective/state + agent + person, Russian President Vladimir
 *       Putin, or agent of state). A bare adjective is not an actor (الحرب الأوكرانية); nor is a bare ambiguous
 *       sector noun (بالقوة). A city stands for its state without a sector (via "place"); a city or capital after
 *       في / in / at and a dateline (بغداد - أ ف ب) are locations, not actors; a state after في stays a mention
 *       (the coder marks it oblique) and is a location too. A person is coded by the role held on the date the sentence states, else on the
 *       publication date;</li>
 *   <li>references to actors just named ({@link References}: الأولى، البلدين، جارتها لبنان; the former, both
 *       countries);</li>
 *   <li>whether a preposition governs each mention and whether a coordinator joins it to the previous one; then
 *       the state of sector nouns the context gives ({@link AgentContext}: الحكومة in an article about Sudan).</li>
 * </ol>
 */
public final class MentionFinder {
    private static final Set<String> AR_LOCATIVE = Set.of("\u0641\u064A", "\u062F\u0627\u062E\u0644"); // في داخل
    private static final Set<String> AR_DIRECTION = Set.of("\u0634\u0645\u0627\u0644", "\u062C\u0646\u0648\u0628", // شمال جنوب
            "\u0634\u0631\u0642", "\u063A\u0631\u0628", "\u0648\u0633\u0637", // شرق غرب وسط
            "\u0634\u0645\u0627\u0644\u064A", "\u062C\u0646\u0648\u0628\u064A", "\u0634\u0631\u0642\u064A", "\u063A\u0631\u0628\u064A"); // شمالي جنوبي شرقي غربي
    private static final Set<String> EN_LOCATIVE = Set.of("in", "at", "inside", "near", "northern", "southern", "eastern",
            "western", "central", "north-eastern", "north-western", "south-eastern", "south-western", "northeastern",
            "northwestern", "southeastern", "southwestern");

    private final ActorLexicon lexicon;

    public MentionFinder(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Mention> find(AnalyzedDocument doc) {
        String lang = doc.lang();
        boolean arabic = "ar".equals(lang);
        Gazetteer g = lexicon.gazetteer(lang);
        FunctionWords fw = FunctionWords.forLang(lang);
        List<Token> toks = doc.tokens();
        List<Mention> out = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        List<Readings.Read> reads = phrases(doc, out, locations);
        out.sort(Comparator.comparingInt(Mention::firstToken));
        out = lexicon.references(lang).add(doc, out, g);
        out = markRoles(toks, out, fw, arabic);
        out = possessives(doc, out, reads);
        return AgentContext.resolve(doc, out, locations);
    }

    /**
     * The places the document is set in (steps 1 to 3 again, without references and context): the coder asks for
     * them when an event's recipient is a victim or crowd without a state (مقتل 18 شخصا في بعقوبة → IRQ), which is
     * rare enough that the mention layer does not keep them for every document.
     */
    public List<Location> locations(AnalyzedDocument doc) {
        List<Location> locations = new ArrayList<>();
        phrases(doc, new ArrayList<>(), locations);
        return locations;
    }

    /** Steps 1 to 3: noun-phrase mentions into {@code out}, places into {@code locations}; returns the readings. */
    private List<Readings.Read> phrases(AnalyzedDocument doc, List<Mention> out, List<Location> locations) {
        String lang = doc.lang();
        boolean arabic = "ar".equals(lang);
        Gazetteer g = lexicon.gazetteer(lang);
        List<Token> toks = doc.tokens();
        String raw = doc.text();
        List<Gazetteer.Hit> hits = new ArrayList<>();
        for (Sentence s : doc.sentences()) hits.addAll(g.matchAll(toks, s.firstToken(), s.endToken(), raw));
        List<Readings.Read> reads = new Readings(doc, lexicon.people(), arabic).choose(hits);
        int[] sentenceOf = new int[toks.size()];
        for (Sentence s : doc.sentences()) for (int i = s.firstToken(); i < s.endToken(); i++) sentenceOf[i] = s.index();
        int k = 0;
        while (k < reads.size()) {
            Group grp = new Group(arabic);
            grp.add(reads.get(k));
            int e = k + 1;
            while (e < reads.size() && sentenceOf[reads.get(e - 1).hit().first()] == sentenceOf[reads.get(e).hit().first()]) {
                boolean former = arabic && grp.agent != null && reads.get(e).hit().first() == reads.get(e - 1).hit().last() + 2
                        && FORMER_AR.contains(toks.get(reads.get(e - 1).hit().last() + 1).norm())
                        && reads.get(e).hit().analysis().prefix().isEmpty() && grp.accepts(reads.get(e));
                if (!former && !(joins(toks, raw, reads.get(e - 1), reads.get(e), arabic) && grp.accepts(reads.get(e)))) break;
                grp.former |= former;
                grp.add(reads.get(e));
                e++;
            }
            if (arabic && grp.agent != null && grp.person == null) {
                // الرئيس الأمريكي السابق: "former" after the phrase
                int after = grp.reads.get(grp.reads.size() - 1).hit().last() + 1;
                int head = grp.reads.get(0).hit().first();
                if (after < toks.size() && sentenceOf[after] == sentenceOf[head] && FORMER_AR.contains(toks.get(after).norm())) grp.former = true;
            }
            k = e;
            int first = grp.reads.get(0).hit().first();
            boolean asPlace = false;
            if (arabic && grp.onlyAdjective()) {
                // a place noun with a state's adjective is a place in that state (في عدة مدن باكستانية، في المنطقة
                // القبلية الباكستانية): a location, and no actor
                int noun = placeNounBefore(toks, first);
                if (noun >= 0) locations.add(new Location(noun, grp.lastToken(), grp.code.entry().code(), false, false));
            }
            if (!arabic && grp.onlyAdjective() && grp.lastToken() + 1 < toks.size()
                    && EN_PLACE_NOUNS.contains(toks.get(grp.lastToken() + 1).norm())) {
                // a South Korean island, Pakistani cities: a place in that state; after in / near / at it is where
                // something happens (a location, and no actor), elsewhere it stands for its state as a city does
                // (cut off electricity to the autonomous Azerbaijani republic, shelled a South Korean island)
                boolean where = locativeAhead(toks, raw, first);
                int noun = grp.lastToken() + 1;
                if (where) locations.add(new Location(first, noun, grp.code.entry().code(), false, false));
                else {
                    int start = toks.get(first).start(), end = toks.get(noun).end();
                    out.add(new Mention(start, end, raw.substring(start, end), new Actor(grp.code.entry().code(), null, null, null),
                            "place", first, noun, false, '?', false, null, grp.code.ambiguous()));
                    continue;
                }
            }
            if (grp.onlyPlaces()) {
                // a dateline, or a place after في / in, is where the story happens: a location for sector nouns, not an
                // actor; a city elsewhere (قصفت الطائرات الموصل) stands for its state, as PETRARCH codes cities
                String code = grp.code.entry().code();
                EntryKind kind = grp.code.entry().kind();
                boolean dateline = isDateline(doc, grp);
                boolean locative = !dateline && locativeBefore(toks, first, arabic);
                if (dateline || locative && kind != EntryKind.COUNTRY && !envoyBefore(toks, first, arabic)) {
                    locations.add(new Location(first, grp.lastToken(), code, dateline, false));
                    continue;
                }
                if (locative || kind == EntryKind.PLACE) locations.add(new Location(first, grp.lastToken(), code, false, true));
                asPlace = kind == EntryKind.PLACE;
            }
            if (!arabic && grp.person == null && grp.code != null && allyOf(toks, grp.code.hit(), grp.lastToken())) {
                // "Israel's militia ally", "an ally of Iran": the possessor's ally is another party; the phrase stays
                // with its sector noun only, without the possessor's state (the context may still place it)
                Readings.Read ar = grp.agent == null ? null : grp.reads.get(grp.reads.size() - 1);
                if (ar != null && ar.entry() == grp.agent && ar.hit().first() > grp.code.hit().last()) {
                    int f = first, l = ar.hit().last();
                    int start = toks.get(f).start(), end = toks.get(l).end();
                    out.add(new Mention(start, end, raw.substring(start, end), new Actor(null, grp.agent.sector(), null, null),
                            "agent", f, l, false, '?', false, null, false));
                }
                continue;
            }
            grp.former |= formerBefore(toks, first, arabic);
            // "thousands of Chinese", "three Japanese": an adjective that is also its people's plural, counted, is the crowd
            grp.counted = !arabic && grp.onlyAdjective() && countedBefore(toks, first) && !nounAfter(toks, raw, grp.lastToken());
            grp.speaker = !arabic && first > 0 && toks.get(first - 1).norm().equals("the") && grp.lastToken() + 1 < toks.size()
                    && EN_SPEECH_VERBS.contains(toks.get(grp.lastToken() + 1).norm());
            Mention m = grp.toMention(doc, lexicon.people(), dateFor(doc, doc.sentences().get(sentenceOf[first]), first), asPlace);
            if (!arabic && grp.agent == null && grp.person == null && grp.code != null && !asPlace) {
                // English elliptical coordination: "US and British warplanes", "Russian, Iranian and Turkish officials"
                GazetteerEntry shared = sharedAgent(toks, reads, k, grp.reads.get(grp.reads.size() - 1).hit());
                EntryKind ck = grp.code.entry().kind();
                if (shared != null && (ck == EntryKind.NISBA || ck == EntryKind.COUNTRY)) {
                    Gazetteer.Hit h = grp.reads.get(0).hit();
                    Token ft = toks.get(h.first());
                    int end = toks.get(grp.reads.get(grp.reads.size() - 1).hit().last()).end();
                    m = new Mention(ft.start(), end, raw.substring(ft.start(), end), new Actor(grp.code.entry().code(), shared.sector(), null, null),
                            "adjective", h.first(), grp.reads.get(grp.reads.size() - 1).hit().last(), false, '?', false, null, grp.code.ambiguous());
                }
            }
            if (m == null) continue;
            // a region's name in quotation marks is a title: «الشرق الأوسط» the newspaper, not the Middle East
            if (grp.code != null && grp.code.entry().kind() == EntryKind.REGION && grp.person == null && grp.agent == null
                    && quoted(raw, m.start(), m.end())) continue;
            if (!arabic) m = ethnic(toks, grp, m);
            out.add(m);
            if (!arabic && grp.person != null && grp.agent != null && m.person() != null) {
                // "Presidents Maduro and Ali": a plural title before coordinated names makes the second a holder of it
                Mention second = secondTitleHolder(doc, toks, raw, grp, reads, k, m);
                if (second != null) out.add(second);
            }
            // elliptical coordination: القوات الأمريكية والبريطانية، الوزيران السعودي والإيراني (one noun, two states);
            // a plural head governs all the states after it: وزراء خارجية روسيا والصين وإيران
            EntryKind ck = grp.code == null ? null : grp.code.entry().kind();
            boolean pluralHead = grp.agent != null && (grp.agent.gender() == 'p' || grp.agent.gender() == 'd'
                    || !arabic && grp.agent.surface().toLowerCase(java.util.Locale.ROOT).endsWith("s"));
            while (grp.agent != null && grp.person == null && (ck == EntryKind.NISBA && arabic || ck == EntryKind.COUNTRY && pluralHead)
                    && k < reads.size()) {
                Readings.Read nx = reads.get(k);
                Gazetteer.Hit prevHit = k > 0 ? reads.get(k - 1).hit() : null;
                if (nx.entry().kind() != ck || prevHit == null || !coordinatedNisba(toks, prevHit, nx.hit(), arabic)) break;
                // a state's name right before another phrase heads it (وزراء خارجية روسيا والصين قوات ...); an Arabic
                // adjective follows its noun and heads nothing (القوات الهندية والباكستانية القصف: both states' forces)
                if (ck == EntryKind.COUNTRY && k + 1 < reads.size() && reads.get(k + 1).hit().first() == nx.hit().last() + 1
                        && reads.get(k + 1).hit().analysis().prefix().isEmpty()) break; // it heads its own phrase
                out.add(elliptical(doc, m, nx));
                k++;
            }
        }
        datedStates(doc, out, locations, sentenceOf);
        return reads;
    }

    /**
     * States that changed ({@link StateHistory}): a state, capital, adjective, place or group is coded with the state
     * its territory belonged to on the sentence's date (else the publication date), as a person is coded by the role
     * held then: جوبا in 2008 → SDN, in 2015 → SSD; no date, today's code. A stated year or month counts as its last
     * day: a period that contains the change has days of the new state, and a sentence that names only the year of
     * the change is most often about the change itself (منذ استقلال جنوب السودان عام 2011 → SSD). One map lookup per
     * mention; a date is looked for only for the few changed codes. References, pronouns and the context copy the
     * dated codes.
     */
    private void datedStates(AnalyzedDocument doc, List<Mention> out, List<Location> locations, int[] sentenceOf) {
        StateHistory history = lexicon.history();
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.person() != null || !history.changes(m.actor().country())) continue;
            out.set(i, history.atDate(m, stateDateFor(doc, sentenceOf, m.firstToken())));
        }
        for (int i = 0; i < locations.size(); i++) {
            Location l = locations.get(i);
            if (!history.changes(l.code())) continue;
            locations.set(i, history.atDate(l, stateDateFor(doc, sentenceOf, l.firstToken())));
        }
    }

    /** The date a state's code is looked up for: the end of the period the sentence states nearest, else publication. */
    private static LocalDate stateDateFor(AnalyzedDocument doc, int[] sentenceOf, int token) {
        String v = dateValueFor(doc, doc.sentences().get(sentenceOf[token]), token);
        return v != null ? parseEnd(v) : doc.document().published();
    }

    /**
     * A sector noun with a possessive suffix (قواتها its forces، حكومته its government; English its forces, their
     * government, his army) belongs to the actor the pronoun refers to ({@link PronounResolver}): via "coref". A relational noun (نظيره his counterpart) names the
     * other party: its state comes only from its own adjective (نظيره العماني), never from the context.
     */
    private static List<Mention> possessives(AnalyzedDocument doc, List<Mention> ms, List<Readings.Read> reads) {
        boolean arabic = "ar".equals(doc.lang());
        List<Token> toks = doc.tokens();
        java.util.Map<Integer, Readings.Read> byToken = new java.util.HashMap<>();
        java.util.Map<Integer, String> pronoun = new java.util.HashMap<>();
        for (Readings.Read r : reads) {
            int f = r.hit().first();
            if (arabic && r.hit().analysis().hasSuffix()) {
                byToken.put(f, r);
                pronoun.put(f, r.hit().analysis().suffix());
            } else if (!arabic && f > 0 && EN_POSSESSIVES.contains(toks.get(f - 1).norm())) {
                byToken.put(f, r); // its forces, their government, his army
                pronoun.put(f, toks.get(f - 1).norm());
            } else if (!arabic && f > 2 && toks.get(f - 1).norm().equals("'s") && COUNTRY_NOUNS.contains(toks.get(f - 2).norm())
                    && toks.get(f - 3).norm().equals("the")) {
                byToken.put(f, r); // the country's troops, the nation's army
                pronoun.put(f, COUNTRY_REF);
            }
        }
        if (byToken.isEmpty()) return ms;
        PronounResolver pr = new PronounResolver(doc, ms);
        List<Mention> out = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            Readings.Read r = byToken.get(m.firstToken());
            if (r == null || !"agent".equals(m.via())) {
                out.add(m);
                continue;
            }
            if (r.entry().relational()) {
                out.add(m.withActor(m.actor(), "relational"));
                continue;
            }
            if (!arabic && !INSTITUTION_SECTORS.contains(m.actor().sector())) {
                out.add(m);
                continue;
            }
            if (COUNTRY_REF.equals(pronoun.get(m.firstToken()))) {
                Mention c = subjectState(doc, ms, m);
                out.add(c == null ? m : m.withActor(new Actor(c.actor().country(), m.actor().sector(), null, null), "coref"));
                continue;
            }
            List<Mention> ante = pr.antecedent(m.firstToken(), PronounResolver.wanted(pronoun.get(m.firstToken())), Set.of());
            if (ante.isEmpty()) {
                out.add(m);
                continue;
            }
            Mention a = ante.get(0);
            out.add(m.withActor(new Actor(a.actor().country(), m.actor().sector(), a.actor().org(), null), "coref"));
        }
        return out;
    }

    /** "the country's", "the nation's": a reference to a state, resolved by {@link #subjectState}. */
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");
    private static final String COUNTRY_REF = "the country's";

    /**
     * The state "the country's troops" refers to: the first state named as a subject (not after a preposition, not a
     * possessor of another noun) earlier in its sentence, else in the previous sentence (South Korea immediately
     * returned fire ... All of the country's troops were placed on alert → KOR); null when there is none.
     */
    private static Mention subjectState(AnalyzedDocument doc, List<Mention> ms, Mention m) {
        List<Token> toks = doc.tokens();
        Sentence cur = null;
        for (Sentence s : doc.sentences()) if (s.firstToken() <= m.firstToken() && m.firstToken() < s.endToken()) cur = s;
        if (cur == null) return null;
        for (int round = 0; round < 2; round++) {
            Sentence s = round == 0 ? cur : cur.index() > 0 ? doc.sentences().get(cur.index() - 1) : null;
            if (s == null) return null;
            int end = round == 0 ? m.firstToken() : s.endToken();
            for (Mention c : ms) {
                if (c.firstToken() < s.firstToken() || c.actor().country() == null || c.oblique()) continue;
                if (c.firstToken() >= end) break;
                String sec = c.actor().sector();
                if (sec != null && !INSTITUTION_SECTORS.contains(sec) || "place".equals(c.via())) continue;
                if (c.lastToken() + 1 < toks.size() && toks.get(c.lastToken() + 1).norm().equals("'s") && sec == null) continue;
                // envoys travel: "the country's" beside a delegation from Washington is the host's
                if (EN_DELEGATES.contains(toks.get(c.firstToken()).norm())) continue;
                return c;
            }
        }
        return null;
    }

    /** True when reading {@code rb} continues the noun phrase of reading {@code ra}. */
    private static boolean joins(List<Token> toks, String raw, Readings.Read ra, Readings.Read rb, boolean arabic) {
        Gazetteer.Hit a = ra.hit();
        Gazetteer.Hit b = rb.hit();
        if (toks.get(b.first()).newlineBefore()) return false;
        if (b.analysis().hasSuffix()) return false;
        // a noun with a possessive is complete (قواتها); only "his Omani counterpart" (نظيره العماني) takes an adjective
        if (a.analysis().hasSuffix() && !(ra.entry().relational() && rb.entry().kind() == EntryKind.NISBA)) return false;
        if (!b.analysis().prefix().isEmpty()) return false; // وروسيا، لروسيا start a new phrase
        if (b.first() == a.last() + 1) return true;
        if (arabic && b.first() == a.last() + 2 && ra.entry().kind() == EntryKind.AGENT && rb.entry().kind() == EntryKind.NISBA
                && adjectiveBetween(toks.get(a.last()), toks.get(a.last() + 1))) {
            return true; // وكالة الأنباء الرسمية السورية، شركة أمنية أميركية: one adjective between noun and state
        }
        if (arabic && b.first() == a.last() + 2 && ra.entry().kind() == EntryKind.AGENT && a.first() == a.last()
                && (NAMED_HEADS.contains(toks.get(a.last()).norm()) || NAMED_HEADS.contains(a.analysis().stem()) && !a.analysis().article())
                && rb.entry().kind() == EntryKind.NISBA && partyName(toks.get(a.last()), toks.get(a.last() + 1), toks.get(b.first()))) {
            return true; // حزب الغد المصري، وزارة الطاقة السودانية، وزير النفط العراقي: one word names the party or portfolio
        }
        if (arabic && rb.entry().kind() == EntryKind.PERSON && ra.entry().kind() == EntryKind.AGENT && b.first() > a.last() + 1
                && b.first() <= a.last() + 3 && honorificsBetween(toks, a.last() + 1, b.first())) {
            return true; // الرئيس الدكتور حسن شيخ محمود، الرئيس الانتقالي الكابتن إبراهيم تراوري: a title between office and name
        }
        // a state's adjective before its aircraft or ships named by model and role: two Russian Tu-95 nuclear-capable
        // strategic bombers, Chinese H-6 bombers, US F-16 fighter jets (at most five such words, then a military noun)
        if (!arabic && ra.entry().kind() == EntryKind.NISBA && rb.entry().kind() == EntryKind.AGENT && "MIL".equals(rb.entry().sector())
                && b.first() > a.last() + 1 && b.first() <= a.last() + 10) {
            int words = 0;
            for (int j = a.last() + 1; j < b.first(); j++) {
                Token t = toks.get(j);
                String w = t.norm().toLowerCase(java.util.Locale.ROOT);
                boolean hyphen = w.equals("-") && j > a.last() + 1 && j + 1 < b.first();
                if (!hyphen && !(t.isWord() || t.kind() == Token.Kind.NUMBER)) return false;
                if (!hyphen && ++words > 5) return false;
                if (!hyphen && !(w.chars().anyMatch(Character::isDigit) || EQUIPMENT_QUALIFIERS.containsAll(java.util.Arrays.asList(w.split("-")))
                        || t.isWord() && Character.isUpperCase(raw.charAt(t.start())) && w.length() <= 3)) return false;
            }
            return true;
        }
        if (!arabic && b.first() == a.last() + 2) {
            String mid = toks.get(a.last() + 1).norm();
            return mid.equals("'s") || mid.equals("of") || mid.equals("from") && delegationFrom(toks, ra, rb);
        }
        if (!arabic && b.first() == a.last() + 3 && toks.get(a.last() + 1).norm().equals("of") && toks.get(a.last() + 2).norm().equals("the")) {
            return true;
        }
        // a possessor before the name or qualifier of its force or body: France's Operation Barkhane troops, Russia's
        // Wagner fighters, Iran's elite forces (at most three such words, then the sector noun)
        if (!arabic && rb.entry().kind() == EntryKind.AGENT && b.first() > a.last() + 2 && b.first() <= a.last() + 5
                && toks.get(a.last() + 1).norm().equals("'s") && ra.entry().kind() != EntryKind.AGENT) {
            for (int j = a.last() + 2; j < b.first(); j++) {
                Token t = toks.get(j);
                if (!t.isWord() || !(Character.isUpperCase(raw.charAt(t.start())) || POSSESSED_QUALIFIERS.contains(t.norm()))) return false;
            }
            return true;
        }
        return false;
    }

    /**
     * English: a state's adjective before an ethnic group's name is where the group lives, and names the party, as
     * PETRARCH codes the first actor word and PLOVER annotators code residents: Bosnian Serbs → BIH, Iraqi Kurds,
     * Bosnian Serb forces. Not before a nationality of residence, where the adjective is the origin: Chinese
     * Americans, Turkish Cypriots ({@link #EN_RESIDENCE_HEADS}).
     */
    private static boolean ethnicGroupOf(Readings.Read code, Readings.Read r) {
        GazetteerEntry c = code.entry(), e = r.entry();
        if (c.kind() != EntryKind.NISBA || e.kind() != EntryKind.NISBA || c.code() == null || c.code().equals(e.code())) return false;
        if (r.hit().first() != code.hit().last() + 1 || People.ORG_CODES.contains(c.code()) || People.ORG_CODES.contains(e.code())) return false;
        String cs = c.surface(), es = e.surface();
        return !(cs.endsWith("s") && !cs.endsWith("ss")) && !EN_RESIDENCE_HEADS.contains(es);
    }

    /**
     * English: "ethnic" before a people's name makes it an ethnic group, not that state's people (ethnic Albanians in
     * Macedonia, ethnic Turks, ethnic Serb rebels): the mention keeps its sector (civilians for the bare people) and
     * loses the state, which the context then gives (the place they are in, the document's state).
     */
    private static Mention ethnic(List<Token> toks, Group grp, Mention m) {
        if (grp.person != null || grp.code == null || grp.code.entry().kind() != EntryKind.NISBA || m.firstToken() == 0
                || !toks.get(m.firstToken() - 1).norm().equalsIgnoreCase("ethnic")) return m;
        Actor a = m.actor();
        return m.withActor(new Actor(null, a.sector() != null ? a.sector() : "CVL", null, null), "agent");
    }

    /** Nationalities of residence: an adjective before them names the origin (Chinese Americans, Turkish Cypriots). */
    private static final Set<String> EN_RESIDENCE_HEADS = Set.of("American", "Americans", "Canadian", "Canadians",
            "Australian", "Australians", "Cypriot", "Cypriots", "Briton", "Britons", "Kosovar", "Kosovars");

    /**
     * Words that may stand between a state's adjective and its aircraft or ships: roles and qualifiers (strategic,
     * nuclear-capable); model designators (Tu-95, H-6) pass by their digits or a short capitalized prefix.
     */
    private static final Set<String> EQUIPMENT_QUALIFIERS = Set.of("strategic", "nuclear", "capable", "long", "range",
            "fighter", "combat", "stealth", "attack", "reconnaissance", "surveillance", "early", "warning", "military",
            "naval", "navy", "air", "force", "guided", "missile", "heavy", "strike", "transport", "patrol", "spy", "unmanned");

    /** Lower-case words that may stand between a possessor and its force or body (Iran's elite forces, Russia's own troops). */
    private static final Set<String> POSSESSED_QUALIFIERS = Set.of("own", "elite", "special", "armed", "regular", "top",
            "paramilitary", "national", "federal", "military", "navy", "naval", "border", "riot", "security", "intelligence",
            // the government's standing: Iraq's interim government, Mali's transitional authorities
            "interim", "transitional", "provisional", "caretaker", "new", "ruling", "central");

    /** Honorifics and ranks that stand between an office and a name (الرئيس الدكتور ...); normalized. */
    private static final Set<String> AR_HONORIFICS = Set.of("\u0627\u0644\u062F\u0643\u062A\u0648\u0631", // الدكتور
            "\u0627\u0644\u062F\u0643\u062A\u0648\u0631\u0647", "\u062F", "\u0627\u0644\u0645\u0647\u0646\u062F\u0633", // الدكتورة د المهندس
            "\u0627\u0644\u0634\u064A\u062E", "\u0627\u0644\u0633\u064A\u062F", "\u0627\u0644\u0633\u064A\u062F\u0647", // الشيخ السيد السيدة
            "\u0627\u0644\u062D\u0627\u062C", "\u0627\u0644\u0644\u0648\u0627\u0621", "\u0627\u0644\u0641\u0631\u064A\u0642", // الحاج اللواء الفريق
            "\u0627\u0644\u0639\u0645\u064A\u062F", "\u0627\u0644\u0643\u0627\u0628\u062A\u0646", "\u0627\u0644\u0627\u0633\u062A\u0627\u0630", // العميد الكابتن الأستاذ
            "\u0627\u0644\u0642\u0627\u0636\u064A", "\u0627\u0644\u0645\u0641\u062F\u064A"); // القاضي المفدى

    /** Tokens {@code from} (inclusive) to {@code to} (exclusive) are honorifics, or the dot of an abbreviation (د.). */
    private static boolean honorificsBetween(List<Token> toks, int from, int to) {
        boolean any = false;
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (t.newlineBefore()) return false;
            if (t.norm().equals(".") && any) continue;
            if (!AR_HONORIFICS.contains(t.norm())) return false;
            any = true;
        }
        return any;
    }

    /**
     * A state adjective right after another one and joined to it by a coordinator: والبريطانية after القوات
     * الأمريكية, "and British" after "US". English: "US and British troops" is grouped from the right, so only
     * Arabic (where the noun comes first) reaches here with a following adjective.
     */
    private static boolean coordinatedNisba(List<Token> toks, Gazetteer.Hit a, Gazetteer.Hit b, boolean arabic) {
        if (toks.get(b.first()).newlineBefore()) return false;
        if (!arabic) {
            // the foreign ministers of Egypt and Jordan
            if (b.first() != a.last() + 2) return false;
            String c = toks.get(a.last() + 1).norm();
            return c.equals("and") || c.equals(",") || c.equals("or");
        }
        if (b.first() == a.last() + 1) return b.analysis().prefix().equals("\u0648");
        return b.first() == a.last() + 2 && toks.get(a.last() + 1).norm().equals("\u0648") && b.analysis().prefix().isEmpty();
    }

    /** The mention of an adjective that shares the noun of the mention before it (والبريطانية → GBR MIL). */
    private static Mention elliptical(AnalyzedDocument doc, Mention head, Readings.Read nisba) {
        Gazetteer.Hit h = nisba.hit();
        Token ft = doc.tokens().get(h.first());
        int start = doc.normalized().rawStart(ft.normStart() + h.analysis().stemStart());
        int end = doc.tokens().get(h.last()).end();
        Actor a = new Actor(nisba.entry().code(), head.actor().sector(), null, null);
        String via = nisba.entry().kind() == EntryKind.NISBA ? "adjective" : "gazetteer";
        return new Mention(start, end, doc.text().substring(start, end), a, via, h.first(), h.last(), head.oblique(),
                head.gender(), false, null, nisba.ambiguous());
    }

    /**
     * English: the sector noun a bare state or adjective shares with the adjective phrase coordinated after it (US
     * and British warplanes; Russian, Iranian and Turkish officials), or null.
     */
    private static GazetteerEntry sharedAgent(List<Token> toks, List<Readings.Read> reads, int k, Gazetteer.Hit prev) {
        while (k < reads.size()) {
            Readings.Read r = reads.get(k);
            int gap = r.hit().first() - prev.last() - 1;
            if (gap != 1) return null;
            String c = toks.get(prev.last() + 1).norm();
            if (!c.equals("and") && !c.equals("or") && !c.equals(",")) return null;
            EntryKind kind = r.entry().kind();
            if (kind != EntryKind.NISBA && kind != EntryKind.COUNTRY) return null;
            if (k + 1 < reads.size()) {
                Readings.Read nx = reads.get(k + 1);
                if (nx.entry().kind() == EntryKind.AGENT && nx.hit().first() == r.hit().last() + 1) return nx.entry();
            }
            prev = r.hit();
            k++;
        }
        return null;
    }

    /** English counts before a people noun: "thousands of", "dozens of" (with of), or a number. */
    private static final Set<String> EN_COUNTS_OF = Set.of("thousands", "hundreds", "dozens", "millions", "tens", "scores",
            "batch", "contingent", "group", "groups", "unit", "units", "column", "convoy", "detachment", "squad", "team", "number");
    private static final Set<String> EN_NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "twenty", "dozen", "hundred", "thousand");

    /** A count right before token {@code i} (3 Chinese, three Chinese) or a count and "of" (thousands of Chinese). */
    private static boolean countedBefore(List<Token> toks, int i) {
        if (i < 1) return false;
        Token p = toks.get(i - 1);
        if (p.kind() == Token.Kind.NUMBER || EN_NUMBER_WORDS.contains(p.norm())) return !toks.get(i).newlineBefore();
        if (!p.norm().equals("of") || i < 2) return false;
        return countOf(toks.get(i - 2));
    }

    /** English words after a people noun that show it ends its phrase (three Japanese were killed). */
    private static final Set<String> EN_AFTER_NOUN = Set.of("were", "are", "was", "is", "have", "had", "has", "will", "would",
            "took", "who", "and", "or", "in", "at", "on", "from", "to", "outside", "across", "near", "living", "working");

    /**
     * The word after an English adjective may continue its noun phrase (two Chinese H-6 bombers, three Japanese
     * tourists): true unless punctuation, a verb in -ed or a word of {@link #EN_AFTER_NOUN} follows.
     */
    private static boolean nounAfter(List<Token> toks, String raw, int last) {
        if (last + 1 >= toks.size()) return false;
        Token t = toks.get(last + 1);
        if (t.isPunct()) return false;
        String w = raw.substring(t.start(), t.end());
        if (!w.isEmpty() && !Character.isLowerCase(w.charAt(0))) return true;
        return !(EN_AFTER_NOUN.contains(w) || w.endsWith("ed"));
    }

    /** An English count or unit before "of": a number, thousands, dozens, a batch, contingent, group, convoy ... */
    private static boolean countOf(Token q) {
        return q.kind() == Token.Kind.NUMBER || EN_COUNTS_OF.contains(q.norm()) || EN_NUMBER_WORDS.contains(q.norm());
    }

    private static final Set<String> EN_POSSESSIVES = Set.of("its", "their", "his", "her");
    private static final Set<String> INSTITUTION_SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");

    /** "Former" after an Arabic sector noun (الرئيس الأمريكي السابق) and before an English one (former President). */
    private static final Set<String> FORMER_AR = Set.of("\u0627\u0644\u0633\u0627\u0628\u0642", // السابق
            "\u0627\u0644\u0633\u0627\u0628\u0642\u0647", "\u0627\u0644\u0627\u0633\u0628\u0642", // السابقة الأسبق
            "\u0627\u0644\u0633\u0627\u0628\u0642\u0648\u0646", "\u0627\u0644\u0633\u0627\u0628\u0642\u064A\u0646"); // السابقون السابقين
    private static final Set<String> FORMER_EN = Set.of("former", "ex", "ex-");

    private static boolean formerBefore(List<Token> toks, int i, boolean arabic) {
        if (arabic || i == 0) return false;
        String p = toks.get(i - 1).norm();
        if (p.equals("-") && i >= 2) p = toks.get(i - 2).norm();
        return FORMER_EN.contains(p);
    }

    /**
     * An Arabic adjective that may stand between a sector noun and a state's adjective: it agrees with the noun in
     * definiteness and has an adjective's ending (ـي، ـية، ـيين، ـيون: الرسمية، أمنية، المركزي، الانتقالية).
     */
    private static boolean adjectiveBetween(Token noun, Token w) {
        if (!w.isWord() || !w.isArabic() || w.newlineBefore()) return false;
        String n = w.norm();
        boolean nounDefinite = noun.norm().startsWith("\u0627\u0644");
        boolean definite = n.startsWith("\u0627\u0644");
        if (nounDefinite != definite) return false;
        return n.length() > 4 && (n.endsWith("\u064A") || n.endsWith("\u064A\u0647") || n.endsWith("\u064A\u064A\u0646")
                || n.endsWith("\u064A\u0648\u0646"));
    }

    /** Sector nouns completed by one genitive word before their state's adjective: حزب، وزارة، وزير، وزيرة (normalized). */
    private static final Set<String> NAMED_HEADS = Set.of("\u062D\u0632\u0628", "\u0648\u0632\u0627\u0631\u0647",
            "\u0648\u0632\u064A\u0631", "\u0648\u0632\u064A\u0631\u0647");

    /**
     * The one-word name of a party (or a ministry's portfolio) between حزب (وزارة، وزير) and the state's adjective (حزب الغد المصري): a definite word that is
     * no adjective of its own, after an indefinite حزب, before a definite adjective.
     */
    private static boolean partyName(Token noun, Token name, Token nisba) {
        if (!name.isWord() || !name.isArabic() || name.newlineBefore() || noun.norm().startsWith("\u0627\u0644")) return false;
        String n = name.norm();
        return n.startsWith("\u0627\u0644") && n.length() > 3 && nisba.norm().startsWith("\u0627\u0644") && !adjectiveBetween(noun, name);
    }

    /** Nouns of places inside a state (مدينة، مدن، بلدة، قرية، محافظة، ولاية، منطقة، مناطق، إقليم، أراضي، مخيم), normalized. */
    private static final Set<String> PLACE_NOUNS = Set.of("\u0645\u062F\u064A\u0646\u0647", "\u0645\u062F\u0646",
            "\u0628\u0644\u062F\u0647", "\u0628\u0644\u062F\u0627\u062A", "\u0642\u0631\u064A\u0647", "\u0642\u0631\u064A",
            "\u0645\u062D\u0627\u0641\u0638\u0647", "\u0648\u0644\u0627\u064A\u0647", "\u0645\u0646\u0637\u0642\u0647",
            "\u0645\u0646\u0627\u0637\u0642", "\u0627\u0642\u0644\u064A\u0645", "\u0627\u0631\u0627\u0636\u064A",
            "\u0645\u062E\u064A\u0645", "\u062C\u0632\u064A\u0631\u0647", "\u062C\u0632\u0631"); // مخيم جزيرة جزر

    /** English nouns of people sent to speak for a state: "a delegation from Washington" is the US's. */
    private static final Set<String> EN_DELEGATES = Set.of("delegation", "delegations", "team", "envoy", "envoys",
            "official", "officials", "diplomat", "diplomats", "negotiator", "negotiators", "representative", "representatives");

    /**
     * English "a delegation from Washington", "two officials from Iran": an indefinite or counted envoy noun before
     * "from" and a state or its capital is that state's (not "withdrew its diplomats from Kyiv", where the state is
     * where they leave).
     */
    private static boolean delegationFrom(List<Token> toks, Readings.Read ra, Readings.Read rb) {
        Gazetteer.Hit a = ra.hit();
        EntryKind kb = rb.entry().kind();
        if (ra.entry().kind() != EntryKind.AGENT || a.first() != a.last() || !EN_DELEGATES.contains(toks.get(a.last()).norm())
                || !(kb == EntryKind.COUNTRY || kb == EntryKind.CAPITAL)) return false;
        if (a.first() == 0) return false;
        Token d = toks.get(a.first() - 1);
        return d.norm().equals("a") || d.norm().equals("an") || d.kind() == Token.Kind.NUMBER || EN_DELEGATE_OPENERS.contains(d.norm());
    }

    private static final Set<String> EN_DELEGATE_OPENERS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "several", "senior");

    /**
     * English "Presidents Maduro and Ali", "Prime Ministers Modi and Sharif": after a plural title, its first holder
     * and "and", one or two capitalized words that no gazetteer entry reads are the surname of the one person who
     * held that title on the sentence's date (null when none or several did, or the words go on as a longer name).
     */
    private Mention secondTitleHolder(AnalyzedDocument doc, List<Token> toks, String raw, Group grp, List<Readings.Read> reads,
                                      int k, Mention m) {
        String title = grp.agent.surface().toLowerCase(java.util.Locale.ROOT);
        if (grp.reads.get(0).entry() != grp.agent || !title.endsWith("s") || title.endsWith("ss")) return null;
        int and = m.lastToken() + 1;
        if (and + 1 >= toks.size() || !toks.get(and).norm().equals("and")) return null;
        int f = and + 1, l = f;
        if (k < reads.size() && reads.get(k).hit().first() == f) return null; // a name the gazetteer reads: its own mention
        if (!capitalized(toks, raw, f)) return null;
        if (capitalized(toks, raw, f + 1)) l = f + 1;
        if (capitalized(toks, raw, l + 1)) return null;
        String surname = toks.get(l).norm();
        String id = lexicon.people().holderBySurname(surname, title.substring(0, title.length() - 1),
                dateFor(doc, sentenceAt(doc, f), f));
        if (id == null) return null;
        Actor a = lexicon.people().resolve(id, dateFor(doc, sentenceAt(doc, f), f));
        if (a == null) return null;
        int start = toks.get(f).start(), end = toks.get(l).end();
        return new Mention(start, end, raw.substring(start, end), a, "gazetteer", f, l, false, 'm', false, id, false);
    }

    private static boolean capitalized(List<Token> toks, String raw, int i) {
        if (i >= toks.size() || !toks.get(i).isWord() || toks.get(i).newlineBefore()) return false;
        return Character.isUpperCase(raw.charAt(toks.get(i).start()));
    }

    private static Sentence sentenceAt(AnalyzedDocument doc, int tok) {
        for (Sentence s : doc.sentences()) if (s.firstToken() <= tok && tok < s.endToken()) return s;
        return doc.sentences().get(doc.sentences().size() - 1);
    }

    /** English speech verbs after which "the general", "the minister" is the speaker. */
    private static final Set<String> EN_SPEECH_VERBS = Set.of("said", "says", "told", "added", "stated", "declared");

    /** English nouns for a party's ally or proxy: "X's ally", "an ally of X" name another party than X. */
    private static final Set<String> EN_ALLIES = Set.of("ally", "allies", "proxy", "proxies");

    /**
     * English: the phrase from the possessor at {@code head} to token {@code last} is the possessor of an ally
     * ("Israel's militia ally", "Iran's proxies") or follows "ally of" / "allies of" ("a close ally of Russia").
     */
    private static boolean allyOf(List<Token> toks, Gazetteer.Hit head, int last) {
        if (last + 2 < toks.size() && toks.get(last + 1).norm().equals("'s") && EN_ALLIES.contains(toks.get(last + 2).norm())) return true;
        if (last + 1 < toks.size() && EN_ALLIES.contains(toks.get(last + 1).norm()) && head.last() < last
                && toks.get(head.last() + 1).norm().equals("'s")) return true;
        int f = head.first();
        return f >= 2 && toks.get(f - 1).norm().equals("of") && EN_ALLIES.contains(toks.get(f - 2).norm());
    }

    /** English place nouns a state's adjective may qualify (a South Korean island, Pakistani cities), lower case. */
    private static final Set<String> EN_PLACE_NOUNS = Set.of("city", "cities", "town", "towns", "village", "villages",
            "island", "islands", "province", "provinces", "region", "territory", "soil", "waters", "airspace", "port", "camp",
            "republic", "enclave", "exclave");

    /**
     * English: a locative preposition before the phrase at token {@code i}, over an article and up to two lower-case
     * adjectives (in the remote Pakistani region, near a South Korean island, across Iraqi cities).
     */
    private static boolean locativeAhead(List<Token> toks, String raw, int i) {
        int p = i - 1;
        for (int n = 0; p >= 0 && n < 3; n++, p--) {
            Token t = toks.get(p);
            if (!t.isWord()) return false;
            String w = t.norm();
            if (EN_LOCATIVE.contains(w) || EN_LOCATIVE_MORE.contains(w)) return true;
            if (!(w.equals("the") || w.equals("a") || w.equals("an")) && !Character.isLowerCase(raw.charAt(t.start()))) return false;
        }
        return false;
    }

    private static final Set<String> EN_LOCATIVE_MORE = Set.of("across", "throughout", "around", "off", "within", "from");

    /**
     * The place noun that a state's adjective at token {@code i} qualifies, right before it or with one adjective
     * between (مدن باكستانية، المنطقة القبلية الباكستانية), or -1.
     */
    private static int placeNounBefore(List<Token> toks, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
            Token t = toks.get(j);
            if (!t.isWord() || t.newlineBefore() && j != i - 1) return -1;
            for (Analysis a : t.analyses()) if (!a.hasSuffix() && PLACE_NOUNS.contains(a.stem())) return j;
            if (j == i - 1 && j > 0 && adjectiveBetween(toks.get(j - 1), t)) continue;
            return -1;
        }
        return -1;
    }

    /** A preposition of place or a direction right before token {@code i}: في البصرة، شمال العراق، in Mosul. */
    /**
     * True when the place after في / in follows an envoy (سفيرها في مدريد، the ambassador in Madrid): the capital names
     * the host state, the party a recall or summons concerns, so it stays a mention as well as a location.
     */
    private static boolean envoyBefore(List<Token> toks, int i, boolean arabic) {
        if (i < 2 || !toks.get(i - 2).isWord()) return false;
        Token t = toks.get(i - 2);
        if (!arabic) return EN_ENVOYS.contains(t.norm().toLowerCase(java.util.Locale.ROOT));
        for (Analysis a : t.analyses()) {
            String st = a.stem();
            for (String e : AR_ENVOYS) if (st.startsWith(e)) return true;
        }
        return false;
    }

    private static final Set<String> EN_ENVOYS = Set.of("ambassador", "ambassadors", "envoy", "envoys", "chargé", "charge");
    /**
     * Stems of envoy nouns, with their suffixes and plurals (سفير، سفيرها، سفراء، مبعوث، القائم بالأعمال). Not a mission
     * (سفارتها في بغداد، the embassy in Baghdad): an embassy's city is where it stands, not a party.
     */
    private static final List<String> AR_ENVOYS = java.util.stream.Stream.of("سفير", "سفراء", "مبعوث", "بالأعمال")
            .map(org.tawazun.text.Normalizer::normalizeString).toList();

    private static boolean locativeBefore(List<Token> toks, int i, boolean arabic) {
        if (i == 0) return false;
        Token p = toks.get(i - 1);
        if (!p.isWord()) return false;
        if (!arabic) return EN_LOCATIVE.contains(p.norm()) || i >= 2 && p.norm().equals("the") && EN_LOCATIVE.contains(toks.get(i - 2).norm());
        for (Analysis a : p.analyses()) {
            if (a.hasSuffix()) continue;
            if (AR_LOCATIVE.contains(a.stem()) && !a.article() || AR_DIRECTION.contains(a.stem())) return true;
        }
        return false;
    }

    /**
     * A dateline: a place that opens a line and is followed by a dash or a parenthesis (بغداد ـ أ ف ب، LONDON
     * (Reuters) -). A colon does not count: "طهران: ..." in a headline attributes a statement to the state.
     */
    private static boolean isDateline(AnalyzedDocument doc, Group grp) {
        List<Token> toks = doc.tokens();
        int first = grp.reads.get(0).hit().first();
        if (first != 0 && !toks.get(first).newlineBefore()) return false;
        // after the place: nothing, or a date (SEOUL, Nov 12 (Reuters) -; بغداد 12 نوفمبر (أ ف ب) -), then the mark
        for (int j = grp.reads.get(grp.reads.size() - 1).hit().last() + 1; j < toks.size(); j++) {
            Token t = toks.get(j);
            if (t.newlineBefore()) return false;
            String n = t.norm();
            if (n.equals("-") || n.equals("(") || n.equals("\u2013") || n.equals("\u2014")) return true;
            if (n.equals(",") || n.equals(".") || n.equals("\u060C") || inDate(doc, j)) continue;
            // the tatweel dash (بغداد ـ أ ف ب) is dropped by normalization: look at the raw text before the token
            return rawDash(doc.text(), toks.get(j - 1).end(), t.start());
        }
        return false;
    }

    private static boolean inDate(AnalyzedDocument doc, int token) {
        if (!doc.has(org.tawazun.pipeline.Layer.DATES)) return false;
        for (DateMention d : doc.dates()) if (d.firstToken() <= token && token <= d.lastToken()) return true;
        return false;
    }

    private static boolean rawDash(String raw, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '\u0640' || c == '-' || c == '\u2013' || c == '\u2014') return true;
        }
        return false;
    }

    /**
     * The date a person's role is looked up for: the date the sentence states (the nearest to the name, at day,
     * month or year precision; a month counts as its 15th, a year as 1 July), else the publication date.
     */
    private static LocalDate dateFor(AnalyzedDocument doc, Sentence s, int token) {
        String v = dateValueFor(doc, s, token);
        return v != null ? parse(v) : doc.document().published();
    }

    /** The value of the date the sentence states nearest the token (one {@link #parse} reads), or null. */
    private static String dateValueFor(AnalyzedDocument doc, Sentence s, int token) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        if (doc.has(org.tawazun.pipeline.Layer.DATES)) {
            for (DateMention d : doc.dates()) {
                if (d.firstToken() < s.firstToken() || d.firstToken() >= s.endToken()) continue;
                String v = d.date().value();
                int dist = Math.abs(d.firstToken() - token);
                if (parse(v) != null && (dist < bestDist || dist == bestDist && d.firstToken() > token)) {
                    best = v;
                    bestDist = dist;
                }
            }
        }
        return best;
    }

    static LocalDate parse(String v) {
        if (v == null) return null;
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(v);
            if (v.matches("\\d{4}-\\d{2}")) return LocalDate.parse(v + "-15");
            if (v.matches("\\d{4}")) return LocalDate.parse(v + "-07-01");
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** The last day of the period a date value names (a day: itself; a month: its last day; a year: 31 December). */
    static LocalDate parseEnd(String v) {
        LocalDate d = parse(v);
        if (d == null || v.length() == 10) return d;
        return v.length() == 7 ? d.withDayOfMonth(d.lengthOfMonth()) : LocalDate.of(d.getYear(), 12, 31);
    }

    /** Readings of one noun phrase. */
    private static final class Group {
        final boolean arabic;
        final List<Readings.Read> reads = new ArrayList<>(3);
        Readings.Read code;       // state, capital, adjective, place, org, group or region
        Readings.Read person;
        GazetteerEntry agent;     // the last agent: the sector of the phrase
        GazetteerEntry firstAgent;
        boolean former;           // السابق، former: an office no longer held (sector ELI), unless a named person's dated role says otherwise
        boolean counted;          // English: a count before the adjective makes it a noun (thousands of Chinese)
        boolean speaker;          // English: "the general said": a definite ambiguous sector noun before a speech verb is the noun

        Group(boolean arabic) {
            this.arabic = arabic;
        }

        boolean accepts(Readings.Read r) {
            GazetteerEntry e = r.entry();
            switch (e.kind()) {
                case PERSON:
                    return person == null && !adjectiveOnly();
                case AGENT:
                    // Arabic: the agent noun heads the phrase (قوات روسيا, not روسيا قوات); English: the adjective
                    // or possessor comes first (Russia's army, Russian troops)
                    // and only a construct head takes another noun: an indefinite noun without the plural or dual
                    // ending (زعيم الحزب، مسلحو الحركة; not مسلحون مهندسين: two phrases)
                    if (arabic) return code == null && person == null && constructHead() && !adjectiveOnly();
                    return person == null;
                default:
                    if (person != null || adjectiveOnly() && e.kind() != EntryKind.NISBA) return false;
                    // Arabic: a definite noun heads no construct: الوزير عمان is a noun and its object, not "Amman's
                    // minister" (وزير خارجية روسيا، شرطة البصرة are constructs); an adjective still agrees (الوزير الروسي)
                    if (arabic && code == null && e.kind() != EntryKind.NISBA && lastAgentDefinite() && !adjectiveLike(r)) return false;
                    // an adjective agrees in number: a human plural (مسلحون) takes a plural adjective (أمريكيون), so a
                    // singular after it is another phrase (خطف مسلحون أميركيا: gunmen kidnapped an American)
                    // (in a construct the adjective may agree with the last noun: رجال الأمن المركزي المصري)
                    if (arabic && e.kind() == EntryKind.NISBA && agent != null && agent.gender() == 'p'
                            && agent.surface().indexOf(' ') < 0 && (e.gender() == 'm' || e.gender() == 'f')) return false;
                    if (code == null) return true;
                    GazetteerEntry c = code.entry();
                    if (!arabic && ethnicGroupOf(code, r)) return true;
                    // the same state again: its adjective (البنتاغون الأمريكي) or one of its organs (the US State Department)
                    return e.code() != null && e.code().equals(c.code())
                            && (e.kind() == EntryKind.NISBA || e.kind() == EntryKind.CAPITAL && e.sector() != null);
            }
        }

        /**
         * A state's name that has an adjective's form (السعودية is both Saudi Arabia and "Saudi", feminine): after a
         * definite feminine sector noun it is the adjective (السفارة السعودية، السلطات السعودية), not a genitive; after
         * a masculine one it is the object (زار الوزير السعودية).
         */
        boolean adjectiveLike(Readings.Read r) {
            if (r.entry().kind() != EntryKind.COUNTRY || r.hit().first() != r.hit().last() || agent == null || agent.gender() != 'f') return false;
            String n = r.hit().analysis().stem();
            return r.hit().analysis().article() ? n.endsWith("\u064A\u0647") // the article split off: سعوديه
                    : n.startsWith("\u0627\u0644") && n.endsWith("\u064A\u0647");
        }

        /** The last sector noun takes only an adjective (الهجوم الإسرائيلي; قصف غزة is no mention). */
        boolean adjectiveOnly() {
            return agent != null && agent.adjectiveOnly();
        }

        /** The last noun can head a construct: no article, no sound plural or dual ending (ون، ين، ان). */
        boolean constructHead() {
            Readings.Read last = reads.get(reads.size() - 1);
            if (last.entry().kind() != EntryKind.AGENT || last.hit().analysis().article()) return false;
            String[] w = org.tawazun.text.Normalizer.normalize(last.entry().surface()).norm().split("\\s+");
            String lw = w[w.length - 1];
            if (lw.startsWith("\u0627\u0644")) return false;
            return !(lw.endsWith("\u0648\u0646") || lw.endsWith("\u064A\u0646") || lw.endsWith("\u0627\u0646"));
        }

        /** The last sector noun of the phrase so far ends in a word with the article (الوزير، وزارة الخارجية). */
        boolean lastAgentDefinite() {
            Readings.Read last = reads.get(reads.size() - 1);
            if (last.entry().kind() != EntryKind.AGENT) return false;
            String surface = last.entry().surface();
            String[] w = org.tawazun.text.Normalizer.normalize(surface).norm().split("\\s+");
            String lw = w[w.length - 1];
            return lw.startsWith("\u0627\u0644") || last.hit().analysis().article() && w.length == 1;
        }

        void add(Readings.Read r) {
            reads.add(r);
            GazetteerEntry e = r.entry();
            switch (e.kind()) {
                case PERSON -> person = r;
                case AGENT -> {
                    // the last noun gives the sector: in English it heads the phrase (Russian army spokesman); in an
                    // Arabic construct the later noun says whose member the first is (متحدث باسم الجيش → MIL,
                    // زعيم الحزب → PTY); the first Arabic noun still gives the gender
                    if (firstAgent == null) firstAgent = e;
                    agent = e;
                }
                default -> {
                    // an organ (the State Department) is more precise than its state's name or adjective before it
                    if (code == null || e.kind() == EntryKind.CAPITAL && e.sector() != null && code.entry().kind() != EntryKind.CAPITAL) code = r;
                }
            }
        }

        int lastToken() {
            return reads.get(reads.size() - 1).hit().last();
        }

        /** Only a state's adjective: no sector noun, no person. */
        boolean onlyAdjective() {
            return code != null && person == null && agent == null && code.entry().kind() == EntryKind.NISBA && isAlpha3(code.entry().code());
        }

        private static boolean isAlpha3(String c) {
            return c.length() == 3 && !People.ORG_CODES.contains(c);
        }

        /** Only a state, capital or place: no sector noun, no person (a candidate location). */
        boolean onlyPlaces() {
            if (code == null || person != null || agent != null) return false;
            EntryKind k = code.entry().kind();
            return k == EntryKind.COUNTRY || k == EntryKind.CAPITAL || k == EntryKind.PLACE;
        }

        Mention toMention(AnalyzedDocument doc, People people, LocalDate date, boolean asPlace) {
            Gazetteer.Hit first = reads.get(0).hit();
            Gazetteer.Hit last = reads.get(reads.size() - 1).hit();
            GazetteerEntry c = code == null ? null : code.entry();
            Actor actor;
            String via;
            String personId = null;
            if (person != null) {
                personId = person.entry().code();
                actor = people.resolve(personId, date);
                if (actor == null) return null;
                if (c != null && actor.country() == null && actor.org() == null) actor = codeActor(c, null);
                via = "gazetteer";
            } else if (c != null) {
                if (c.kind() == EntryKind.NISBA && agent == null && !isPluralNoun(c) && !counted
                        && !isPluralNoun(reads.get(reads.size() - 1).entry())) return null;
                actor = codeActor(c, agent != null ? agent.sector() : null);
                via = c.kind() == EntryKind.CAPITAL ? "metonym" : c.kind() == EntryKind.NISBA ? "adjective" : "gazetteer";
                if (asPlace) {
                    // a city, or a capital where something happens (في موسكو): the state as a place, not its government
                    actor = new Actor(c.code(), null, null, null);
                    via = "place";
                }
            } else if (agent != null) {
                if (reads.size() == 1 && agent.ambiguous() && !speaker) return null; // a bare ambiguous noun: بالقوة، الأمن
                actor = new Actor(null, agent.sector(), null, null);
                via = "agent";
            } else {
                return null;
            }
            if (agent != null && person == null && actor.sector() == null) actor = actor.withSector(agent.sector());
            if (former && person == null && agent != null) actor = actor.withSector("ELI");
            var nt = doc.normalized();
            Token ft = doc.tokens().get(first.first());
            int start = nt.rawStart(ft.normStart() + first.analysis().stemStart());
            int end = doc.tokens().get(last.last()).end();
            char gender = firstAgent != null && arabic ? firstAgent.gender()
                    : c != null ? c.gender() : person != null ? (person.entry().gender() == '?' ? 'm' : person.entry().gender()) : '?';
            boolean ambiguous = code != null && code.ambiguous() || person != null && person.ambiguous();
            return new Mention(start, end, doc.text().substring(start, end), actor, via, first.first(), last.last(),
                    first.analysis().hasPrefix('\u0628') || first.analysis().hasPrefix('\u0644') || first.analysis().hasPrefix('\u0643'),
                    gender, false, personId, ambiguous);
        }

        private boolean isPluralNoun(GazetteerEntry nisba) {
            if (arabic) return nisba.gender() == 'p' || nisba.gender() == 'd'; // الروس; أميركيان "two Americans"
            String s = nisba.surface();
            return s.endsWith("s") && !s.endsWith("ss");
        }

        private static Actor codeActor(GazetteerEntry e, String agentSector) {
            String sector = agentSector != null ? agentSector : e.sector();
            return switch (e.kind()) {
                case ORG -> new Actor(null, sector, e.code(), e.name());
                case GROUP -> new Actor(e.code(), e.sector() != null ? e.sector() : sector, null, e.name());
                case NISBA -> People.ORG_CODES.contains(e.code()) ? new Actor(null, sector, e.code(), null) : new Actor(e.code(), sector, null, null);
                default -> new Actor(e.code(), sector, null, null);
            };
        }
    }

    /** The span stands alone between quotation marks: «...», "...", “...”. */
    private static boolean quoted(String raw, int start, int end) {
        int i = start - 1, j = end;
        while (i >= 0 && Character.isWhitespace(raw.charAt(i))) i--;
        while (j < raw.length() && Character.isWhitespace(raw.charAt(j))) j++;
        if (i < 0 || j >= raw.length()) return false;
        char a = raw.charAt(i), b = raw.charAt(j);
        return a == '\u00AB' && b == '\u00BB' || a == '"' && b == '"' || a == '\u201C' && b == '\u201D';
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

    private static final String MIN = "\u0645\u0646"; // من
    private static final String FI = "\u0641\u064A"; // في

    /** Members of a body (مصدر، مسؤول، متحدث، عضو، جندي ...), normalized, singular and plural. */
    private static final Set<String> MEMBER_WORDS = Set.of("\u0645\u0635\u062F\u0631", "\u0645\u0635\u0627\u062F\u0631", // مصدر مصادر
            "\u0645\u0633\u0648\u0648\u0644", "\u0645\u0633\u0648\u0648\u0644\u0647", "\u0645\u0633\u0648\u0648\u0644\u0648\u0646", // مسؤول مسؤولة مسؤولون
            "\u0645\u0633\u0648\u0648\u0644\u064A\u0646", "\u0645\u062A\u062D\u062F\u062B", "\u0645\u062A\u062D\u062F\u062B\u0647", // مسؤولين متحدث متحدثة
            "\u0646\u0627\u0637\u0642", "\u0639\u0636\u0648", "\u0627\u0639\u0636\u0627\u0621", "\u0642\u064A\u0627\u062F\u064A", // ناطق عضو اعضاء قيادي
            "\u0636\u0627\u0628\u0637", "\u0636\u0628\u0627\u0637", "\u062C\u0646\u062F\u064A", "\u062C\u0646\u0648\u062F", // ضابط ضباط جندي جنود
            "\u0645\u062A\u0637\u0648\u0639", "\u0645\u062A\u0637\u0648\u0639\u064A\u0646", "\u0645\u0648\u0638\u0641", "\u0645\u0648\u0638\u0641\u0648"); // متطوع متطوعين موظف موظفو

    /** A member word, bare or in the accusative (مصدرا، جنديا) or with و. */
    private static boolean member(Token t) {
        if (!t.isWord()) return false;
        for (Analysis a : t.analyses()) {
            if (a.hasSuffix() || a.article()) continue;
            String st = a.stem();
            if (MEMBER_WORDS.contains(st) || st.endsWith("\u0627") && MEMBER_WORDS.contains(st.substring(0, st.length() - 1))) return true;
        }
        return false;
    }

    /**
     * A mention with ل right after تابع(ة) / موال(ية) (الموالين لحركة طالبان، التابعة للقوات الأميركية): it says whose
     * the body before it is, so it may stand for that body as a subject (the coder asks; as an object after a verb it
     * stays oblique).
     */
    public static boolean affiliated(List<Token> toks, Mention m) {
        int p = m.firstToken() - 1;
        return p >= 0 && AFFILIATED.contains(toks.get(p).norm()) && toks.get(m.firstToken()).norm().startsWith("\u0644");
    }

    /** Words after which a mention with ل says whose the body before is: تابع(ة) ل، موال(ية) ل، التابعة ل (normalized). */
    private static final Set<String> AFFILIATED = Set.of("\u062A\u0627\u0628\u0639", "\u062A\u0627\u0628\u0639\u0647", // تابع تابعة
            "\u0627\u0644\u062A\u0627\u0628\u0639", "\u0627\u0644\u062A\u0627\u0628\u0639\u0647", // التابع التابعة
            "\u0627\u0644\u062A\u0627\u0628\u0639\u064A\u0646", "\u062A\u0627\u0628\u0639\u064A\u0646", // التابعين تابعين
            "\u0645\u0648\u0627\u0644", "\u0645\u0648\u0627\u0644\u064A\u0647", "\u0627\u0644\u0645\u0648\u0627\u0644\u064A", // موال موالية الموالي
            "\u0627\u0644\u0645\u0648\u0627\u0644\u064A\u0647", "\u0627\u0644\u0645\u0648\u0627\u0644\u064A\u0646", // الموالية الموالين
            "\u0645\u0648\u0627\u0644\u064A\u0646", "\u0645\u0648\u0627\u0644\u0648\u0646", "\u0627\u0644\u0645\u0648\u0627\u0644\u0648\u0646"); // موالين موالون الموالون

    /** Count words before a partitive من (عدد، قوة، عناصر، عشرات، أحد ...), normalized. */
    private static final Set<String> COUNT_WORDS = Set.of("\u0639\u062F\u062F", "\u0642\u0648\u0647", // عدد قوة
            "\u0639\u0646\u0627\u0635\u0631", "\u0627\u0641\u0631\u0627\u062F", "\u0645\u062C\u0645\u0648\u0639\u0647", // عناصر افراد مجموعة
            "\u0639\u0634\u0631\u0627\u062A", "\u0645\u0626\u0627\u062A", "\u0627\u0644\u0627\u0641", "\u0627\u0644\u0648\u0641", // عشرات مئات الاف الوف
            "\u0627\u062D\u062F", "\u0627\u062D\u062F\u0649", "\u0627\u062D\u062F\u064A", "\u0628\u0639\u0636", // احد احدى بعض
            "\u0648\u062D\u062F\u0647", "\u062F\u0648\u0631\u064A\u0647", "\u0641\u0631\u064A\u0642"); // وحدة دورية فريق

    /** A number or a count word, with or without و (وثلاثة، وعدد). */
    private static boolean count(Token t) {
        if (t.kind() == Token.Kind.NUMBER) return true;
        for (Analysis a : t.analyses()) if (!a.hasSuffix() && !a.article() && COUNT_WORDS.contains(a.stem())) return true;
        return COUNT_WORDS.contains(t.norm());
    }

    /** شمال، جنوب، شرق، غرب، وسط and their adjectives, bare or with a proclitic (بشمال، وجنوب). */
    public static boolean directionNoun(Token t) {
        if (!t.isWord()) return false;
        for (Analysis a : t.analyses()) if (!a.hasSuffix() && !a.article() && AR_DIRECTION.contains(a.stem())) return true;
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
                // partitive من after a count names the group itself (قوة من الشرطة العراقية، ثلاثة من جنوده)
                if (arabic && p > 0 && pt.norm().equals(MIN) && count(toks.get(p - 1))) obl = false;
                // a member of a body speaks for it (مصدر في وزارة الخارجية، جندي في الجيش الأميركي): the body is no place
                if (arabic && p > 0 && pt.norm().equals(FI) && member(toks.get(p - 1))) obl = false;
                // English: "of" after a count or a unit names the group itself (the last contingent of France's troops,
                // thousands of Chinese, a group of Israeli settlers), as partitive من does in Arabic
                if (!arabic && p > 0 && pt.norm().equals("of") && countOf(toks.get(p - 1))) obl = false;
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
