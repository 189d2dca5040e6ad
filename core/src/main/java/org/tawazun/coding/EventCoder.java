package org.tawazun.coding;

import org.tawazun.model.Actor;
import org.tawazun.model.DateMention;
import org.tawazun.model.Event;
import org.tawazun.model.EventDate;
import org.tawazun.model.Mention;
import org.tawazun.model.Sentence;
import org.tawazun.model.Span;
import org.tawazun.ontology.CameoCode;
import org.tawazun.ontology.Ontology;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.text.Analysis;
import org.tawazun.text.FunctionWords;
import org.tawazun.text.NormalizedText;
import org.tawazun.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns pattern matches into PLOVER events: fills the roles the pattern left open (the subject after a verb,
 * the subject before it, the genitive or possessive agent of a verbal noun), resolves pronouns to the nearest
 * compatible actor that is not the other party, decides modality and date, and keeps one event per distinct
 * claim in a sentence.
 */
public final class EventCoder {
    /**
     * Types whose participants act together (meet, agree, cooperate): when such an event has several coordinated
     * actors and no recipient ("China and Russia held talks"), the first named is the actor and the others the
     * recipients, as the annotation guideline and the eval's direction-free matching expect.
     */
    static final java.util.Set<org.tawazun.ontology.PloverType> RECIPROCAL = java.util.EnumSet.of(
            org.tawazun.ontology.PloverType.CONSULT, org.tawazun.ontology.PloverType.AGREE,
            org.tawazun.ontology.PloverType.COOPERATE);

    /**
     * Types where several coordinated actors with no recipient act on each other: they meet, agree, cooperate,
     * agree a ceasefire, clash ("اتفقت قرغيزستان وطاجيكستان على وقف لإطلاق النار"). Verbal acts and protests are
     * not split: "X and Y condemned the attack" is a compound actor.
     */
    static final java.util.Set<org.tawazun.ontology.PloverType> SPLIT_WHEN_ALONE = java.util.EnumSet.of(
            org.tawazun.ontology.PloverType.CONSULT, org.tawazun.ontology.PloverType.AGREE,
            org.tawazun.ontology.PloverType.COOPERATE, org.tawazun.ontology.PloverType.RETREAT,
            org.tawazun.ontology.PloverType.ASSAULT);

    /**
     * Types coded even when the text names no state or organization as actor (a bombing, a demonstration,
     * arrests): their parties may be bare sector nouns (protesters, police). Every other type needs a coded actor.
     */
    static final java.util.Set<org.tawazun.ontology.PloverType> ACTOR_OPTIONAL = java.util.EnumSet.of(
            org.tawazun.ontology.PloverType.PROTEST, org.tawazun.ontology.PloverType.ASSAULT,
            org.tawazun.ontology.PloverType.COERCE);

    /**
     * Meetings and cooperation take two parties; an agreement may be one-sided (PLOVER codes a pledge or a decision
     * to act as AGREE: "agreed to reopen its borders").
     */
    static final java.util.Set<org.tawazun.ontology.PloverType> NEEDS_SECOND_PARTY = java.util.EnumSet.of(
            org.tawazun.ontology.PloverType.CONSULT, org.tawazun.ontology.PloverType.COOPERATE);

    /** The other-party fallback for directed events ({@code -Dtawazun.otherparty=off} turns it off to measure it). */
    private static final boolean OTHER_PARTY = !"off".equals(System.getProperty("tawazun.otherparty"));

    private final PatternLexicon lexicon;
    private final org.tawazun.actor.Gazetteer guard;
    /** States that changed: the codes the role rules read from words alone (a flag's adjective, a nationality) are dated too. */
    private final org.tawazun.actor.StateHistory history;
    private final org.tawazun.actor.MentionFinder finder;

    /**
     * A coder for one language. The gazetteer serves as the segmentation guard: a word it knows is never cut into
     * clitics to fit a pattern.
     */
    public EventCoder(PatternLexicon lexicon, org.tawazun.actor.ActorLexicon actors) {
        this.lexicon = lexicon;
        this.guard = actors.gazetteer(lexicon.lang());
        this.history = actors.history();
        this.finder = new org.tawazun.actor.MentionFinder(actors);
    }

    public List<Event> code(AnalyzedDocument doc) {
        boolean arabic = "ar".equals(lexicon.lang());
        FunctionWords fw = FunctionWords.forLang(lexicon.lang());
        List<Token> toks = doc.tokens();
        List<Mention> mentions = doc.mentions();
        Map<Integer, List<Mention>> byFirst = new HashMap<>();
        Map<Integer, List<Mention>> byLast = new HashMap<>();
        for (Mention m : mentions) {
            byFirst.computeIfAbsent(m.firstToken(), k -> new ArrayList<>(1)).add(m);
            byLast.computeIfAbsent(m.lastToken(), k -> new ArrayList<>(1)).add(m);
        }
        PatternMatcher matcher = new PatternMatcher(lexicon, fw, toks, doc.normalized(), mentions, byFirst, byLast, guard);
        if (doc.has(org.tawazun.pipeline.Layer.NUMBERS)) {
            java.util.BitSet starts = new java.util.BitSet(toks.size());
            java.util.BitSet ends = new java.util.BitSet(toks.size());
            for (var n : doc.numbers()) {
                starts.set(n.firstToken());
                ends.set(n.lastToken());
            }
            matcher.numbers(starts, ends);
        }
        Roles roles = new Roles(doc, mentions, byFirst, fw, arabic, t -> lexicon.isWordOf("relative", t), matcher::oblique,
                t -> lexicon.isWordOf("victim_verb", t), t -> lexicon.isWordOf("victims", t),
                t -> lexicon.isWordOf("attack_n", t) || lexicon.isWordOf("strike", t),
                w -> lexicon.isFormOf("attack_n", w) || lexicon.isFormOf("strike", w) || lexicon.isFormOf("suffered", w),
                w -> history.codeOn(guard.stateOf(w), doc.document().published()), w -> lexicon.isFormOf("circumstantial", w));
        roles.measures(t -> lexicon.isWordOf("measure", t));
        // the places the document is set in, found again only when an attack or protest needs them (Roles.scene)
        java.util.function.Supplier<List<org.tawazun.actor.Location>> places = new java.util.function.Supplier<>() {
            private List<org.tawazun.actor.Location> found;

            @Override
            public List<org.tawazun.actor.Location> get() {
                if (found == null) found = finder.locations(doc);
                return found;
            }
        };
        List<Event> out = new ArrayList<>();
        Ontology onto = Ontology.get();
        AnalyzedDocument.Trace trace = doc.trace();
        java.util.BitSet inDates = new java.util.BitSet(toks.size());
        for (DateMention d : doc.dates()) inDates.set(d.firstToken(), d.lastToken() + 1);
        // words inside a name are no modality markers (لولا دا سيلفا is Lula, not "were it not for")
        java.util.BitSet named = new java.util.BitSet(toks.size());
        for (Mention m : mentions) if (m.actor().name() != null) named.set(m.firstToken(), m.lastToken() + 1);
        for (Sentence s : doc.sentences()) {
            Set<String> seen = new HashSet<>();
            List<int[]> spans = new ArrayList<>();
            List<PatternMatcher.Match> matches = matcher.match(s, inDates);
            // more specific patterns first (more words of their own), then longer matches: they carry more of the
            // sentence's structure; a shorter match whose trigger lies inside an accepted one is then skipped
            matches.sort((a, b) -> slots(a) != slots(b) ? Integer.compare(slots(b), slots(a))
                    : a.pattern().words() != b.pattern().words() ? Integer.compare(b.pattern().words(), a.pattern().words())
                    : Integer.compare(b.last() - b.first(), a.last() - a.first()));
            for (PatternMatcher.Match m : matches) {
                Pattern p = m.pattern();
                String noProtest = arabic && p.type() == org.tawazun.ontology.PloverType.PROTEST ? notAProtest(m, s, toks) : null;
                if (noProtest != null) {
                    if (trace != null) trace.note(s.index(), "rejected " + p.id() + ": " + noProtest);
                    continue;
                }
                Roles.Assigned r = roles.assign(m, s, places);
                PatternMatcher.Match cause = arabic && p.casualty() ? causeBeforeComma(m, matches, toks) : null;
                if (cause != null) {
                    Roles.Assigned c = roles.assign(cause, s, places);
                    r = new Roles.Assigned(c.actor(), c.recipient(), c.how() + " (the parties of the attack the casualties follow)");
                }
                if (p.type() == org.tawazun.ontology.PloverType.PROTEST) r = roles.protesters(m, s, r);
                if (arabic && r.recipient().isEmpty() && !r.actor().isEmpty()) r = proposalAuthor(m, s, r, toks, doc.text());
                if (arabic && p.id().startsWith(WAR_PATTERNS)) {
                    Roles.Assigned waged = warWager(m, s, r, toks, doc.text());
                    if (waged == null) {
                        if (trace != null) trace.note(s.index(), "rejected " + p.id() + ": the war condemned is not named by the adjective of a state waging it on someone");
                        continue;
                    }
                    r = waged;
                }
                // a protest's crowd does not take the state it protests against (Roles.stateProtestedOnly)
                if (ACTOR_OPTIONAL.contains(p.type()) && !(p.type() == org.tawazun.ontology.PloverType.PROTEST
                        && roles.stateProtestedOnly(m, s))) r = localize(r, s, mentions);
                if (p.type() == org.tawazun.ontology.PloverType.PROTEST) r = protestTarget(r, s, mentions, toks, arabic, roles);
                boolean mutual = false;
                if (SPLIT_WHEN_ALONE.contains(p.type()) && r.recipient().isEmpty() && distinctCodes(r.actor()) > 1) {
                    r = splitReciprocal(r);
                    // parties that release or exchange prisoners together release each other's: both directions
                    mutual = p.type() == org.tawazun.ontology.PloverType.RETREAT && "release".equals(p.mode());
                }
                mutual |= mutualAct(cause != null ? cause : m, r, toks);
                if (p.type() == org.tawazun.ontology.PloverType.ASSAULT || p.type() == org.tawazun.ontology.PloverType.PROTEST) {
                    r = roles.scene(m, s, r, places);
                }
                if (p.type() == org.tawazun.ontology.PloverType.COERCE) r = roles.coercerOfPlace(m, s, r, places);
                if ((Roles.DIRECTED.contains(p.type()) || arabic && p.type() == org.tawazun.ontology.PloverType.RETREAT) && r.recipient().isEmpty() && !r.actor().isEmpty() && !p.has(Element.Kind.RECIPIENT)
                        && OTHER_PARTY) {
                    List<Mention> other = roles.otherParty(m, s, r.actor());
                    if (!other.isEmpty()) r = new Roles.Assigned(r.actor(), other, r.how() + "; the document's other party");
                }
                if (!arabic) r = roles.domestic(m, s, r, places);
                if (arabic && p.type() == org.tawazun.ontology.PloverType.RETREAT && p.noInfer() && r.actor().isEmpty()
                        && !r.recipient().isEmpty() && OTHER_PARTY) {
                    // prisoners returned home (عودة 116 أسيرا إلى أراضي كييف) were released by the other side: the
                    // document's other party, seen from the side they return to
                    List<Mention> other = roles.otherParty(m, s, r.recipient());
                    if (!other.isEmpty()) r = new Roles.Assigned(other, r.recipient(), "the document's other party (the side they return from)");
                }
                if (arabic && p.type() == org.tawazun.ontology.PloverType.COERCE && OTHER_PARTY) r = coercerOfGovernment(m, s, r, roles);
                if (arabic && p.type() == org.tawazun.ontology.PloverType.ASSAULT && OTHER_PARTY) r = attackerOfVictims(m, s, r, roles, mentions);
                if (NEEDS_SECOND_PARTY.contains(p.type()) && r.recipient().isEmpty()) {
                    if (trace != null) trace.note(s.index(), "rejected " + p.id() + ": a meeting or cooperation needs a second party");
                    continue;
                }
                if (arabic && p.type() == org.tawazun.ontology.PloverType.CONSULT && stalledTalks(m, s, toks)) {
                    if (trace != null) trace.note(s.index(), "rejected " + p.id() + ": talks said to be stalled, suspended or frozen are not talks held");
                    continue;
                }
                if (arabic && p.type() == org.tawazun.ontology.PloverType.REQUEST && callsOnOwnPublic(r)) {
                    if (trace != null) trace.note(s.index(), "rejected " + p.id() + ": a call on the actor's own citizens is a domestic instruction, not a request to another party");
                    continue;
                }
                if (r.actor().isEmpty() && !ACTOR_OPTIONAL.contains(p.type())) {
                    if (trace != null) trace.note(s.index(), "rejected " + p.id() + " at '" + toks.get(m.anchor()).norm() + "': no actor");
                    continue;
                }
                if (p.has(Element.Kind.RECIPIENT) && r.recipient().isEmpty()) {
                    if (trace != null) trace.note(s.index(), "rejected " + p.id() + ": recipient is the actor itself or unresolved");
                    continue;
                }
                if (p.lead() && !opensListItem(toks, m.anchor(), s.firstToken(), inDates)) {
                    if (trace != null) trace.note(s.index(), "rejected " + p.id() + ": a bare verbal noun reports an event only at the head of a list item or headline");
                    continue;
                }
                if (p.casualty()) {
                    Token mishap = lexicon.firstOf("mishap", toks, s.firstToken(), s.endToken());
                    if (mishap != null) {
                        if (trace != null) trace.note(s.index(), "rejected " + p.id() + ": the sentence gives a mishap as the cause ('" + mishap.norm() + "')");
                        continue;
                    }
                }
                org.tawazun.model.Modality mod = Modality.of(toks, s.firstToken(), m.anchor(), m.reading(), m.imperfect(),
                        m.verbal(), fw, arabic, lexicon::isImperfectVerb,
                        t -> lexicon.isWordOf("relative", t),
                        matcher.startsWithVerb(m) ? m.first() : s.firstToken(),
                        t -> lexicon.hasStemIn("event_noun", t), t -> lexicon.hasStemIn("time_gap", t), matcher::counted,
                        named::get);
                boolean announced = false;
                if (p.promise() && r.how().contains(Roles.INFINITIVE_SUBJECT)) {
                    // "Pakistan would allow India to deliver wheat": India announced nothing; the act keeps its own pattern
                    if (trace != null) trace.note(s.index(), "rejected " + p.id() + ": its actor is allowed or asked to act, and announced nothing");
                    continue;
                }
                if (p.promise()) {
                    if (mod == org.tawazun.model.Modality.FUTURE || mod == org.tawazun.model.Modality.HYPOTHETICAL) {
                        mod = org.tawazun.model.Modality.ASSERTED; // the announcement of the act is the event
                        announced = true;
                    } else if (mod == org.tawazun.model.Modality.ASSERTED) {
                        if (trace != null) trace.note(s.index(), "rejected " + p.id() + ": it is a threat only when announced for the future or on a condition");
                        continue;
                    }
                }
                // a trigger inside an accepted match is part of that claim (اعتمد على X لتزويدها), unless it is a
                // claim of its own that is not asserted (هدد بفرض عقوبات: the threatened sanctions), such as the
                // announcement of a future act (will impose sanctions: the threat beside the future sanction)
                if (mod == org.tawazun.model.Modality.ASSERTED && !announced && insideAccepted(spans, m.anchor())) {
                    if (trace != null) trace.note(s.index(), "skipped " + p.id() + ": its trigger is part of a longer match");
                    continue;
                }
                String key = p.type() + "|" + codes(r.actor()) + "|" + codes(r.recipient()) + "|" + mod;
                if (!seen.add(key)) {
                    if (trace != null) trace.note(s.index(), "merged " + p.id() + ": same claim as an earlier pattern");
                    continue;
                }
                spans.add(new int[]{m.first(), m.last()});
                EventDate date = date(doc, s, m.anchor());
                if (mod == org.tawazun.model.Modality.ASSERTED && longBefore(date, doc.document().published())) {
                    mod = org.tawazun.model.Modality.HISTORICAL;
                }
                CameoCode cc = onto.cameo(p.cameo());
                Token at = toks.get(m.anchor());
                Span trigger = triggerSpan(doc.normalized(), at, m.reading(), doc.text());
                out.add(new Event(doc.document().id(), null, doc.lang(), p.type(), p.mode(), p.contexts(), p.cameo(),
                        cc.goldstein(), onto.score(p.type(), p.mode()), onto.quadClass(p.type()),
                        r.actor(), r.recipient(), date, mod, s.index(), s.start(), s.end(), trigger, p.id(),
                        quantities(doc, s, m, inDates)));
                if (mutual && seen.add(p.type() + "|" + codes(r.recipient()) + "|" + codes(r.actor()) + "|" + mod)) {
                    out.add(new Event(doc.document().id(), null, doc.lang(), p.type(), p.mode(), p.contexts(), p.cameo(),
                            cc.goldstein(), onto.score(p.type(), p.mode()), onto.quadClass(p.type()),
                            r.recipient(), r.actor(), date, mod, s.index(), s.start(), s.end(), trigger, p.id(),
                            quantities(doc, s, m, inDates)));
                }
                if (trace != null) {
                    String over = m.last() > m.first()
                            ? " over '" + doc.text().substring(toks.get(m.first()).start(), toks.get(m.last()).end()) + "'" : "";
                    trace.note(s.index(), "fired " + p.id() + " [" + p.text() + "] at '" + trigger.text() + "'" + over + ": "
                            + codes(r.actor()) + " -> " + codes(r.recipient()) + " (" + mod.json() + "; actor " + r.how() + ")");
                }
            }
        }
        out = reactionsToTheSentencesEvent(out, toks, trace);
        out = respondersToRequests(out, trace);
        out = withoutPartialCopies(out, trace);
        out.sort((a, b) -> a.sentenceIndex() != b.sentenceIndex() ? Integer.compare(a.sentenceIndex(), b.sentenceIndex())
                : Integer.compare(a.trigger().start(), b.trigger().start()));
        List<Event> numbered = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) numbered.add(out.get(i).withId(doc.document().id() + "#" + (i + 1)));
        return numbered;
    }

    /** How many words after a protest match its purpose of support or joy may stand (تظاهر المئات ... تأييدا لقرار). */
    private static final int RALLY_PURPOSE_WINDOW = 10;

    /**
     * Why an Arabic PROTEST match is no protest, or null when it may be one:
     * <ul>
     *   <li>the gathering verb (class {@code protest_v}: تجمع، تظاهر، اعتصم) can only be read with a pronoun suffix
     *       (تجمعهم): these verbs take no object, so the word is a noun (their gathering) or another verb (جمعهم, to
     *       bring them together), not a report that a crowd gathered;</li>
     *   <li>it is followed right away by a sound plural in the genitive (موقع تجمع المتظاهرين): the crowd is its
     *       genitive, so the word is the verbal noun of a construct (the protesters' gathering), not a verb, whose
     *       subject would be nominative (تجمع المتظاهرون);</li>
     *   <li>the count word the match ends on counts vehicles (تجمعت مئات السيارات: a traffic jam);</li>
     *   <li>the rally's stated purpose is support or joy (تأييدا ل، احتفالا ب، للتعبير عن فرحهم) and the sentence names
     *       nothing it is against or demands (احتجاجا، ضد، تنديدا، طالب): PLOVER's PROTEST is collective dissent
     *       against a target, and a rally for a decision or a government is none.</li>
     * </ul>
     */
    private String notAProtest(PatternMatcher.Match m, Sentence s, List<Token> toks) {
        Token verb = toks.get(m.first());
        if (lexicon.hasStemIn("protest_v", verb)) {
            if (objectPronounOnly(verb)) return "a gathering verb takes no object pronoun ('" + verb.norm() + "' is a noun or جمع, to bring together)";
            if (m.first() + 1 < s.endToken() && genitivePlural(toks.get(m.first() + 1))) {
                return "a genitive plural right after '" + verb.norm() + "' makes it a verbal noun in construct (تجمع المتظاهرين)";
            }
        }
        if (m.last() + 1 < s.endToken() && lexicon.hasStemIn("crowd", toks.get(m.last()))
                && lexicon.hasStemIn("vehicles", toks.get(m.last() + 1))) {
            return "the count is of vehicles, not people ('" + toks.get(m.last() + 1).norm() + "')";
        }
        if (rallyOfSupport(m, s, toks)) return "a rally of support or joy that names nothing it is against";
        return null;
    }

    /**
     * True when every reading of the word that is a gathering verb carries a pronoun suffix other than ه, which is
     * also the folded ة of a noun (تظاهرة, a demonstration, reads as تظاهر + ه).
     */
    private boolean objectPronounOnly(Token t) {
        if (lexicon.isFormOf("protest_v", t.norm())) return false;
        boolean any = false;
        for (Analysis a : t.analyses()) {
            if (!lexicon.isFormOf("protest_v", a.stem())) continue;
            if (a.suffix().isEmpty() || a.suffix().equals("\u0647")) return false;
            any = true;
        }
        return any;
    }

    /** A sound masculine plural of the crowd class in the genitive or accusative (المتظاهرين، محتجين، المواطنين). */
    private boolean genitivePlural(Token t) {
        return t.isArabic() && t.norm().endsWith("\u064A\u0646") && lexicon.hasStemIn("crowd", t);
    }

    /**
     * True when, within {@link #RALLY_PURPOSE_WINDOW} words after the match and before punctuation, the rally's purpose
     * is support or joy (class {@code rally_for}; or التعبير عن + class {@code rally_joy}), and no word of the
     * sentence says what the crowd is against or demands (class {@code rally_against}).
     */
    private boolean rallyOfSupport(PatternMatcher.Match m, Sentence s, List<Token> toks) {
        boolean support = false;
        int end = Math.max(m.last(), m.anchor());
        for (int j = m.first(), after = 0; j < s.endToken(); j++) {
            Token t = toks.get(j);
            if (j > end && (t.isPunct() || ++after > RALLY_PURPOSE_WINDOW)) break;
            if (t.isPunct()) continue;
            if (lexicon.isWordOf("rally_for", t)
                    || j >= 2 && lexicon.hasStemIn("rally_joy", t) && toks.get(j - 1).norm().equals(AN)
                    && toks.get(j - 2).norm().endsWith(TA3BIR)) {
                support = true;
                break;
            }
        }
        if (!support) return false;
        for (int j = s.firstToken(); j < s.endToken(); j++) if (lexicon.hasStemIn("rally_against", toks.get(j))) return false;
        return true;
    }

    private static final String AN = org.tawazun.text.Normalizer.normalizeString("\u0639\u0646");
    private static final String TA3BIR = org.tawazun.text.Normalizer.normalizeString("\u062A\u0639\u0628\u064A\u0631");

    /** How many words after talks their predicate "stalled" may stand (المفاوضات بشأن الملف النووي مع واشنطن متوقفة). */
    private static final int STALLED_REACH = 9;

    /**
     * True when the talks or meeting an Arabic CONSULT is read from are said to be stalled, not held: a halt right
     * before the noun (توقف المفاوضات، تعليق المحادثات، تعثرت المفاوضات; class {@code stalled_head}), or an indefinite
     * predicate of class {@code stalled} after it in its clause (لا تزال المفاوضات مع واشنطن متوقفة). The definite
     * adjective is an attribute, and the talks may be resumed (استئناف المفاوضات المتوقفة): that is no halt; a relative
     * clause after the noun (المفاوضات التي كانت متوقفة) ends the search too.
     */
    private boolean stalledTalks(PatternMatcher.Match m, Sentence s, List<Token> toks) {
        int a = m.anchor();
        Token t = toks.get(a);
        if (!lexicon.hasStemIn("talks", t) && !lexicon.hasStemIn("meeting", t)) return false;
        if (a > s.firstToken() && lexicon.isWordOf("stalled_head", toks.get(a - 1))) return true;
        int end = Math.min(s.endToken(), a + 1 + STALLED_REACH);
        for (int j = a + 1; j < end; j++) {
            Token w = toks.get(j);
            if (w.isPunct() || lexicon.isWordOf("relative", w)) return false;
            if (lexicon.isWordOf("stalled", w)) return true;
        }
        return false;
    }

    /**
     * True when a request is addressed only to the actor's own public: civilians (المواطنين، السكان، the residents) of
     * the state the actor belongs to (الجيش اللبناني ... مطالبا المواطنين بالتزام توجيهات الوحدات العسكرية). That is
     * a state instructing its people, not a demand on another party.
     */
    private static boolean callsOnOwnPublic(Roles.Assigned r) {
        if (r.actor().isEmpty() || r.recipient().isEmpty()) return false;
        Set<String> own = new HashSet<>();
        for (Mention a : r.actor()) {
            if (a.actor().country() == null || "CVL".equals(a.actor().sector())) return false;
            own.add(a.actor().country());
        }
        for (Mention v : r.recipient()) {
            if (!"CVL".equals(v.actor().sector()) || !own.contains(v.actor().country())) return false;
        }
        return true;
    }

    /** Sectors of a state's armed forces and guards. */
    private static final Set<String> FORCES = Set.of("MIL", "COP");

    /**
     * An attack whose victims are of one state with no attacker named (قالت نيودلهي إن 20 جنديا هنديا قتلوا خلال
     * المشاجرة; أن عنصرا من حرس الحدود قتل; مقتل الأتراك): in a document about one dyad (Roles.otherParty: the other
     * state clearly dominates), the attacker is the document's other party, seen from the victims' state. The victims
     * must be named as that state's: by their own mention, or, when the recipient is only the place where it happened,
     * by a mention of that state's forces in the sentence; a bombing in a city (انفجار في بغداد) gets no attacker.
     */
    private static Roles.Assigned attackerOfVictims(PatternMatcher.Match m, Sentence s, Roles.Assigned r, Roles roles,
                                                    List<Mention> mentions) {
        if (!r.actor().isEmpty() || r.recipient().isEmpty()) return r;
        for (Mention v : r.recipient()) {
            String c = v.actor().country();
            if (c == null || "place".equals(v.via()) && !forcesNamed(c, s, mentions)) return r;
        }
        List<Mention> other = roles.otherParty(m, s, r.recipient());
        return other.isEmpty() ? r : new Roles.Assigned(other, r.recipient(), "the document's other party (victims of one state, no attacker named)");
    }

    /** True when the sentence names the soldiers, police or guards of the state (جنديا هنديا، حرس الحدود → KGZ). */
    private static boolean forcesNamed(String country, Sentence s, List<Mention> mentions) {
        for (Mention x : mentions) {
            if (x.firstToken() < s.firstToken() || x.lastToken() >= s.endToken()) continue;
            if (country.equals(x.actor().country()) && x.actor().sector() != null && FORCES.contains(x.actor().sector())) return true;
        }
        return false;
    }

    /**
     * Coercion of a state's government body with no coercer named (اقتحام السفارة المكسيكية لاعتقال ...; a headline
     * that leaves the raider to the text): a state does not raid or seize its own embassy, so the coercer is the
     * document's other party, seen from the body's state. Only when every recipient is a government body of one
     * state; an arrest of a citizen, an opponent or a bare sector names no second state, and no one is guessed.
     */
    private static Roles.Assigned coercerOfGovernment(PatternMatcher.Match m, Sentence s, Roles.Assigned r, Roles roles) {
        if (!r.actor().isEmpty() || r.recipient().isEmpty()) return r;
        for (Mention v : r.recipient()) if (v.actor().country() == null || !"GOV".equals(v.actor().sector())) return r;
        List<Mention> other = roles.otherParty(m, s, r.recipient());
        return other.isEmpty() ? r : new Roles.Assigned(other, r.recipient(), "the document's other party (a state's government body coerced, no coercer named)");
    }

    /**
     * The attack whose casualties a clause reports when the casualty verb has no subject of its own, right after a
     * comma that closes the attack's clause (تبادل جديد لإطلاق النار على الحدود بين البلدين، أوقع أربعة قتلى; غارة
     * إسرائيلية على خان يونس، أسفرت عن مقتل): the verb's subject is that attack, so its parties are the attack's.
     * The attack's match must end at most four words before the comma, with no punctuation between.
     */
    private static PatternMatcher.Match causeBeforeComma(PatternMatcher.Match m, List<PatternMatcher.Match> matches, List<Token> toks) {
        int comma = m.anchor() - 1;
        if (comma < 1 || !toks.get(comma).isPunct() || !(toks.get(comma).norm().equals(",") || toks.get(comma).norm().equals("،"))) return null;
        PatternMatcher.Match best = null;
        for (PatternMatcher.Match c : matches) {
            if (c.pattern().type() != org.tawazun.ontology.PloverType.ASSAULT || c.pattern().casualty() || c.pattern().noInfer()) continue;
            if (c.last() >= comma || c.last() < comma - 5) continue;
            boolean punct = false;
            for (int j = c.last() + 1; j < comma; j++) punct |= toks.get(j).isPunct();
            if (punct) continue;
            if (best == null || c.last() > best.last() || c.last() == best.last() && slots(c) > slots(best)) best = c;
        }
        return best;
    }

    /**
     * The author of a proposal the event backs, accepts or rejects, named by a state's adjective on it, which is no
     * mention of its own (دعمه مقترح الحكم الذاتي المغربي، رفضت المبادرة المصرية): a word of class {@code proposal}
     * in the match, or right after it, and within three words after it the adjective. Only for support, agreement and
     * rejection with no recipient, and not the actor's own state.
     */
    private Roles.Assigned proposalAuthor(PatternMatcher.Match m, Sentence s, Roles.Assigned r, List<Token> toks, String raw) {
        org.tawazun.ontology.PloverType t = m.pattern().type();
        if (t != org.tawazun.ontology.PloverType.SUPPORT && t != org.tawazun.ontology.PloverType.AGREE
                && t != org.tawazun.ontology.PloverType.REJECT) return r;
        int end = Math.min(s.endToken(), Math.max(m.last(), m.anchor()) + 2);
        for (int j = m.first(); j < end; j++) {
            if (toks.get(j).isPunct()) return r;
            if (!lexicon.hasStemIn("proposal", toks.get(j))) continue;
            for (int k = j + 1; k < Math.min(s.endToken(), j + 4); k++) {
                Token w = toks.get(k);
                if (!w.isWord()) return r;
                String code = null;
                for (Analysis a : w.analyses()) if (code == null) code = guard.stateOf(a.form());
                if (code == null) continue;
                for (Mention a : r.actor()) if (code.equals(a.actor().country())) return r;
                Mention x = new Mention(w.start(), w.end(), raw.substring(w.start(), w.end()),
                        new org.tawazun.model.Actor(code, null, null, null), "adjective", k, k, true, '?', false);
                return new Roles.Assigned(r.actor(), List.of(x), r.how() + "; the proposal's adjective names its author");
            }
            return r;
        }
        return r;
    }

    /** The patterns that condemn a war, whose recipient only {@link #warWager} gives (ar:accuse.war:N). */
    private static final String WAR_PATTERNS = "ar:accuse.war:";
    /** حرب and على (normalized). */
    private static final String HARB = org.tawazun.text.Normalizer.normalizeString("\u062D\u0631\u0628"),
            ALA = org.tawazun.text.Normalizer.normalizeString("\u0639\u0644\u0649");

    /**
     * The state that wages the war an ACCUSE condemns, named by its adjective right after the war noun with على and
     * the side attacked at most three words later (المدين للحرب الإسرائيلية المستعرة على غزة → ISR; ندد بالحرب
     * الروسية على أوكرانيا → RUS): the recipient, replacing any the fallbacks found. A war's adjective without على
     * names where it is fought, not who wages it (الحرب الأوكرانية), so then there is no wager and null is returned,
     * as when the wager is the actor's own state.
     */
    private Roles.Assigned warWager(PatternMatcher.Match m, Sentence s, Roles.Assigned r, List<Token> toks, String raw) {
        int end = Math.min(s.endToken(), Math.max(m.last(), m.anchor()) + 1);
        for (int j = m.first(); j < end; j++) {
            boolean war = false;
            for (Analysis a : toks.get(j).analyses()) war |= !a.hasSuffix() && a.stem().equals(HARB);
            if (!war || j + 2 >= s.endToken()) continue;
            Token w = toks.get(j + 1);
            String code = null;
            for (Analysis a : w.analyses()) if (code == null && a.article()) code = guard.stateOf(a.form());
            if (code == null) return null;
            for (Mention a : r.actor()) if (code.equals(a.actor().country())) return null;
            for (int k = j + 2; k < Math.min(s.endToken(), j + 5); k++) {
                Token t = toks.get(k);
                if (!t.isWord()) return null;
                if (!t.norm().equals(ALA)) continue;
                Mention x = new Mention(w.start(), w.end(), raw.substring(w.start(), w.end()),
                        new org.tawazun.model.Actor(code, "MIL", null, null), "adjective", j + 1, j + 1, true, '?', false);
                return new Roles.Assigned(r.actor(), List.of(x), r.how() + "; the war's adjective names who wages it (الحرب الإسرائيلية على)");
            }
            return null;
        }
        return null;
    }

    /**
     * An act two sides do to each other, by its trigger (class {@code mutual}: تبادل البلدان إطلاق النار، تبادلت
     * الشرطة إطلاق النار مع مسلحين): an exchange of fire is an attack of each side on the other, so the event is
     * coded in both directions, like a release of prisoners by coordinated parties.
     */
    private boolean mutualAct(PatternMatcher.Match m, Roles.Assigned r, List<Token> toks) {
        return m.pattern().type() == org.tawazun.ontology.PloverType.ASSAULT && !r.actor().isEmpty() && !r.recipient().isEmpty()
                && lexicon.isWordOf("mutual", toks.get(m.anchor()));
    }

    /**
     * A party named only by its sector (الحكومة، المعارضة، مسلحون; the police) is of the one country the sentence
     * names, when it names exactly one (احتجاجات المعارضة ضد الحكومة في تايلاند: the Thai opposition and
     * government), as event coders default a bare agent to the state where the event takes place. Only for protests,
     * attacks and coercion, whose parties may be bare sectors; other types need a named actor.
     */
    private static Roles.Assigned localize(Roles.Assigned r, Sentence s, List<Mention> mentions) {
        if (!hasBareSector(r.actor()) && !hasBareSector(r.recipient())) return r;
        String only = Roles.onlyCountry(s, mentions);
        if (only == null) return r;
        return new Roles.Assigned(localized(r.actor(), only), localized(r.recipient(), only), r.how());
    }

    /**
     * A protest with no target named is directed at the state where it takes place (PLOVER and CAMEO code a domestic
     * protest against its government): when the sentence names one country, a mention of it becomes the recipient.
     * A state or government the coder took as the actor of a protest (a crowd protests, a state does not) is that
     * target (تجمع مئات المتظاهرين ... مطالبين الحكومة التركية).
     */
    private static Roles.Assigned protestTarget(Roles.Assigned r, Sentence s, List<Mention> mentions, List<Token> toks, boolean arabic, Roles roles) {
        if (!r.recipient().isEmpty()) return r;
        String only = Roles.onlyCountry(s, mentions);
        for (Mention m : mentions) {
            if (only == null) break;
            if (m.firstToken() < s.firstToken() || m.lastToken() >= s.endToken() || !only.equals(m.actor().country())) continue;
            // the side the protest supports (تضامنا مع سكان غزة) is not its target
            if (Roles.supported(toks, m, s.firstToken(), arabic)) continue;
            // nor the side a war or attack it condemns was waged on (منددة بالعدوان على غزة)
            if (roles.attacked(m)) continue;
            if (!r.actor().contains(m)) return new Roles.Assigned(r.actor(), List.of(m), r.how());
        }
        boolean state = !r.actor().isEmpty();
        // the state itself or its government; a people noun (الإسرائيليون، Israelis: read from an adjective) is a crowd
        for (Mention a : r.actor()) state &= a.actor().sector() == null && !"adjective".equals(a.via()) || "GOV".equals(a.actor().sector());
        return state ? new Roles.Assigned(List.of(), r.actor(), r.how() + "; a state is the target of a protest") : r;
    }


    private static boolean hasBareSector(List<Mention> ms) {
        for (Mention m : ms) if (!m.hasCode() && m.actor().sector() != null) return true;
        return false;
    }

    private static List<Mention> localized(List<Mention> ms, String country) {
        if (!hasBareSector(ms)) return ms;
        List<Mention> out = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            Actor a = m.actor();
            out.add(!m.hasCode() && a.sector() != null
                    ? m.withActor(new Actor(country, a.sector(), null, a.name()), m.via()) : m);
        }
        return out;
    }

    /** The most quantities attached to one event. */
    private static final int MAX_QUANTITIES = 3;

    /**
     * The numbers the sentence states next to the event, with what they count (troops, casualties, money, tons):
     * numbers in the trigger's clause, from four words before the trigger to ten after it, that are not part of a date
     * or of an actor's name. The counted noun is the word right after the number (قتل 12 مدنيا، 3 طائرات، 52 طنا;
     * 2,000 troops, $1 billion).
     */
    private static List<org.tawazun.model.Quantity> quantities(AnalyzedDocument doc, Sentence s, PatternMatcher.Match m,
                                                              java.util.BitSet inDates) {
        if (!doc.has(org.tawazun.pipeline.Layer.NUMBERS)) return List.of();
        List<Token> toks = doc.tokens();
        int from = Math.max(s.firstToken(), m.anchor() - 4), to = Math.min(s.endToken() - 1, Math.max(m.last(), m.anchor() + 10));
        List<org.tawazun.model.Quantity> out = new ArrayList<>(2);
        for (var n : doc.numbers()) {
            if (n.firstToken() < from || n.lastToken() > to || inDates.get(n.firstToken())) continue;
            if (crossesClause(toks, Math.min(n.firstToken(), m.anchor()), Math.max(n.lastToken(), m.anchor()))) continue;
            String unit = n.unit();
            if (unit.isEmpty() && n.lastToken() + 1 < s.endToken()) {
                Token next = toks.get(n.lastToken() + 1);
                if (next.isWord()) unit = next.preferred().stem();
            }
            out.add(n.toQuantity(unit.isEmpty() ? null : unit));
            if (out.size() == MAX_QUANTITIES) break;
        }
        return out;
    }

    private static boolean crossesClause(List<Token> toks, int a, int b) {
        for (int j = a; j <= b; j++) {
            String n = toks.get(j).norm();
            if (toks.get(j).isPunct() && (n.equals(";") || n.equals(":") || n.equals("."))) return true;
        }
        return false;
    }

    /** How many roles a match's slots filled: a match that names the recipient beats one that does not. */
    private static int slots(PatternMatcher.Match m) {
        return (m.actor() != null ? 1 : 0) + (m.recipient() != null ? 1 : 0);
    }

    private static boolean insideAccepted(List<int[]> spans, int token) {
        for (int[] sp : spans) if (token >= sp[0] && token <= sp[1]) return true;
        return false;
    }

    private static int distinctCodes(List<Mention> ms) {
        Set<String> s = new HashSet<>();
        for (Mention m : ms) if (m.actor().code() != null) s.add(m.actor().code());
        return s.size();
    }

    /** First-named actor acts; the others become recipients. */
    private static Roles.Assigned splitReciprocal(Roles.Assigned r) {
        String first = r.actor().get(0).actor().code();
        List<Mention> act = new ArrayList<>();
        List<Mention> rec = new ArrayList<>();
        for (Mention m : r.actor()) (first != null && first.equals(m.actor().code()) ? act : rec).add(m);
        return new Roles.Assigned(act, rec, r.how() + ", reciprocal");
    }

    static String codes(List<Mention> ms) {
        Set<String> s = new LinkedHashSet<>();
        for (Mention m : ms) {
            String c = m.actor().code();
            s.add(c == null ? "?" : c);
        }
        return String.join("+", s);
    }

    /** The trigger's span without its clitics (وأرسلت → أرسلت). */
    private static Span triggerSpan(NormalizedText nt, Token t, Analysis a, String raw) {
        int start = nt.rawStart(t.normStart() + a.stemStart());
        int end = t.end();
        return new Span(raw.substring(start, end), start, end);
    }

    /**
     * True when the sentence dates the event more than a year before the article was published: the article recalls
     * it as background (اغتيل السادات عام 1981), it does not report it.
     */
    static boolean longBefore(EventDate date, LocalDate published) {
        if (date == null || published == null || !"text".equals(date.source())) return false;
        String v = date.value();
        LocalDate end;
        try {
            end = switch (date.precision()) {
                case "day" -> LocalDate.parse(v);
                case "month" -> java.time.YearMonth.parse(v).atEndOfMonth();
                case "year" -> LocalDate.of(Integer.parseInt(v), 12, 31);
                case "decade" -> LocalDate.of(Integer.parseInt(v.substring(0, 4)) + 9, 12, 31);
                default -> null;
            };
        } catch (RuntimeException e) {
            return false;
        }
        return end != null && end.isBefore(published.minusYears(1));
    }

    /** The date stated in the sentence nearest the trigger (after it first), else the publication date. */
    private static EventDate date(AnalyzedDocument doc, Sentence s, int anchor) {
        DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateMention d : doc.dates()) {
            if (d.firstToken() < s.firstToken() || d.lastToken() >= s.endToken() || d.date().value().startsWith("--")) continue;
            int dist = d.firstToken() > anchor ? d.firstToken() - anchor : 2 * (anchor - d.lastToken()) + 1;
            if (dist < bestDist) {
                bestDist = dist;
                best = d;
            }
        }
        if (best != null) return best.date();
        LocalDate pub = doc.document().published();
        return pub == null ? null : new EventDate(pub.toString(), "day", "publication");
    }

    /**
     * True when the anchor is the first word after a date or day number and a colon or dash: the head of an item of a
     * dated list («* 21 مايو 2005: اغتيال ...»، «ـ 20: تفجير انتحاري ...»). A colon after other words introduces a
     * quotation (قال الوزير: هجوم الأمس لن يمر), not a list item.
     */
    static boolean opensListItem(List<Token> toks, int anchor, int sentenceStart, java.util.BitSet inDates) {
        if (anchor < sentenceStart + 2) return false;
        Token t = toks.get(anchor - 1);
        if (!t.isPunct()) return false;
        String n = t.norm();
        if (!(n.equals(":") || n.equals("-") || n.equals("\u2013") || n.equals("\u2014") || n.equals("\u0640"))) return false;
        int d = anchor - 2;
        if (toks.get(d).isPunct() && toks.get(d).norm().equals(")") && d > sentenceStart) d--; // 2005) or (أيار)
        return inDates.get(d) || toks.get(d).kind() == Token.Kind.NUMBER;
    }

    /**
     * One claim per sentence: an event whose parties are all among those of another event of the same type and
     * modality in the same sentence, with fewer of them, is the same claim seen by a pattern that found less of it
     * (تبادل جديد لإطلاق النار ... أوقع أربعة قتلى: TJK -> KGZ and TJK -> nobody); it is dropped.
     */
    static List<Event> withoutPartialCopies(List<Event> events, AnalyzedDocument.Trace trace) {
        List<Event> kept = new ArrayList<>(events.size());
        for (Event e : events) {
            boolean partial = false;
            for (Event o : events) {
                if (o == e || o.sentenceIndex() != e.sentenceIndex() || o.type() != e.type() || o.modality() != e.modality()) continue;
                List<String> ea = e.actorCodes(), er = e.recipientCodes(), oa = o.actorCodes(), or = o.recipientCodes();
                if (oa.containsAll(ea) && or.containsAll(er) && ea.size() + er.size() < oa.size() + or.size()) {
                    partial = true;
                    break;
                }
            }
            if (partial) {
                if (trace != null) trace.note(e.sentenceIndex(), "merged " + e.pattern() + ": its parties are part of another claim of the sentence");
            } else {
                kept.add(e);
            }
        }
        return kept;
    }

    /** Types whose recipient may be the author of an act the same sentence told just before (a reaction to it). */
    private static final java.util.Set<org.tawazun.ontology.PloverType> REACTIONS = java.util.EnumSet.of(
            org.tawazun.ontology.PloverType.ACCUSE, org.tawazun.ontology.PloverType.REJECT,
            org.tawazun.ontology.PloverType.SUPPORT);

    /** Words that refer back to the act just told: وهو ما نددت به، الأمر الذي أدانته; which, a move X condemned. */
    private static final java.util.Set<String> BACK_REFERENCE = java.util.Set.of("ما", "وهو", "وهي", "وهذا", "الأمر",
            "which", "move", "step", "decision").stream().map(org.tawazun.text.Normalizer::normalizeString)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A condemnation, rejection or endorsement with no recipient that refers back to an act the same sentence told
     * before it (احتجاز الحرس الثوري الإيراني ناقلة نفط، وهو ما نددت به الولايات المتحدة; Beijing moved a rig into the
     * waters, a move Hanoi has condemned) is directed at that act's author.
     */
    static List<Event> reactionsToTheSentencesEvent(List<Event> events, List<Token> toks, AnalyzedDocument.Trace trace) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Event r = e;
            if (REACTIONS.contains(e.type()) && e.recipientCodes().isEmpty() && refersBack(toks, e)) {
                Event act = null;
                for (Event o : events) {
                    if (o == e || o.sentenceIndex() != e.sentenceIndex() || o.trigger().start() >= e.trigger().start()) continue;
                    if (o.actorCodes().isEmpty() || e.actorCodes().containsAll(o.actorCodes())) continue;
                    if (act == null || o.trigger().start() > act.trigger().start()) act = o;
                }
                if (act != null) {
                    r = e.withRecipient(act.actor());
                    if (trace != null) trace.note(e.sentenceIndex(), e.pattern() + ": recipient the author of the act it reacts to ("
                            + act.pattern() + ")");
                }
            }
            out.add(r);
        }
        return out;
    }

    /**
     * A request told as what an act responds to (`ar:request.response:N`: أرسلت مصر مساعدات إلى السودان استجابة لطلب
     * الحكومة السودانية) with no recipient is addressed to the one who responds: the actor of the nearest other event
     * of the same sentence whose actor is another party.
     */
    static List<Event> respondersToRequests(List<Event> events, AnalyzedDocument.Trace trace) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Event r = e;
            if (e.pattern().startsWith("ar:request.response:") && e.recipientCodes().isEmpty()) {
                Event act = null;
                for (Event o : events) {
                    if (o == e || o.sentenceIndex() != e.sentenceIndex() || o.actorCodes().isEmpty()) continue;
                    if (e.actorCodes().containsAll(o.actorCodes())) continue;
                    if (act == null || Math.abs(o.trigger().start() - e.trigger().start()) < Math.abs(act.trigger().start() - e.trigger().start())) act = o;
                }
                if (act != null) {
                    r = e.withRecipient(act.actor());
                    if (trace != null) trace.note(e.sentenceIndex(), e.pattern() + ": recipient the actor of the act that responds (" + act.pattern() + ")");
                }
            }
            out.add(r);
        }
        return out;
    }

    /** True when a back-reference word stands at most three words before the event's trigger. */
    private static boolean refersBack(List<Token> toks, Event e) {
        int anchor = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == e.trigger().start()) {
                anchor = i;
                break;
            }
        }
        for (int j = anchor - 1, words = 0; j >= 0 && words < 3; j--) {
            Token t = toks.get(j);
            if (t.isPunct()) break;
            words++;
            if (BACK_REFERENCE.contains(t.norm().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }
}
