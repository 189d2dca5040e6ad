package org.tawazun.coding;

import org.tawazun.model.Mention;
import org.tawazun.model.Sentence;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.text.Analysis;
import org.tawazun.text.FunctionWords;
import org.tawazun.text.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns actor and recipient to a match. What the pattern bound comes first; the actor a pattern leaves open is
 * found by these rules, in order:
 * <ol>
 *   <li>Arabic verb–subject order: the noun phrase the matcher found right after the trigger (أرسلت كوريا
 *       الشمالية جنودًا), bound before these rules run;</li>
 *   <li>the agent of a verbal noun: a genitive right after it (زيارة بوتين) or its possessive suffix (دعمها);</li>
 *   <li>the nearest actor before the trigger in the sentence that no preposition governs (الصين، رغم ...، بدأت في
 *       فرض عقوبات; China imposed sanctions);</li>
 *   <li>when nothing in the sentence precedes the trigger, the first such actor of the previous sentence.</li>
 * </ol>
 * Pronoun suffixes resolve to the nearest earlier actor of compatible gender and number that is not the other
 * party (تزويدها: not the supplier itself). The actor is never also the recipient.
 */
final class Roles {
    record Assigned(List<Mention> actor, List<Mention> recipient, String how) {
    }

    private final AnalyzedDocument doc;
    private final List<Mention> mentions;
    private final Map<Integer, List<Mention>> byFirst;
    private final FunctionWords fw;
    private final boolean arabic;
    private final List<Token> toks;
    private final java.util.function.Predicate<Token> relative;
    private final java.util.function.Predicate<Mention> oblique;
    private final java.util.function.Predicate<Token> victimVerb, victimNoun, attackNoun;
    /** An attack noun's stem without its suffix (غارات of غاراتها, اعتداءات of اعتداءاتها). */
    private final java.util.function.Predicate<String> attackStem;
    /** The state a word names as a state, capital or adjective (Japan, American), or null. */
    private final java.util.function.Function<String, String> stateOf;

    Roles(AnalyzedDocument doc, List<Mention> mentions, Map<Integer, List<Mention>> byFirst, FunctionWords fw, boolean arabic,
          java.util.function.Predicate<Token> relative, java.util.function.Predicate<Mention> oblique,
          java.util.function.Predicate<Token> victimVerb, java.util.function.Predicate<Token> victimNoun,
          java.util.function.Predicate<Token> attackNoun, java.util.function.Predicate<String> attackStem,
          java.util.function.Function<String, String> stateOf, java.util.function.Predicate<String> circumstantial) {
        this.circumstantial = circumstantial;
        this.attackStem = attackStem;
        this.stateOf = stateOf;
        this.victimVerb = victimVerb;
        this.victimNoun = victimNoun;
        this.attackNoun = attackNoun;
        this.relative = relative;
        this.oblique = oblique;
        this.doc = doc;
        this.mentions = mentions;
        this.byFirst = byFirst;
        this.fw = fw;
        this.arabic = arabic;
        this.toks = doc.tokens();
        for (org.tawazun.model.DateMention d : doc.dates()) dates.set(d.firstToken(), d.lastToken() + 1);
    }

    /** Arabic circumstantial participles (class {@code circumstantial}: مطالبا، داعية، محذرا), normalized forms. */
    private final java.util.function.Predicate<String> circumstantial;

    /** Tokens inside date expressions. */
    private final java.util.BitSet dates = new java.util.BitSet();

    Assigned assign(PatternMatcher.Match m, Sentence s, java.util.function.Supplier<List<org.tawazun.actor.Location>> places) {
        boolean codedOnly = !EventCoder.ACTOR_OPTIONAL.contains(m.pattern().type());
        List<Mention> act = explicit(m.actor(), codedOnly);
        List<Mention> rec = explicit(m.recipient(), codedOnly);
        String how = act.isEmpty() ? "none" : "pattern slot";
        // the victims after a victim verb are its subject when the verb is read as a passive (قتل ثلاثة جنود), but a
        // verb with the plural ending agrees with a subject before it and is active (المسلحون ... اختطفوا سبعة جنود)
        boolean passive = passive(m, s) || m.subjectIsRecipient() && !pluralActive(m);
        if (m.subjectIsRecipient()) {
            if (rec.isEmpty()) rec = codedOnly ? coded(m.subject().mentions()) : new ArrayList<>(m.subject().mentions());
        } else if (act.isEmpty() && m.subject() != null) {
            act = codedOnly ? coded(m.subject().mentions()) : m.subject().mentions();
            how = "subject after the verb";
        }
        if (act.isEmpty() && m.actor() != null && m.actor().isPronoun()) {
            act = pronoun(m.actor(), rec, s);
            how = "pronoun";
        }
        if (rec.isEmpty() && m.recipient() != null && m.recipient().isPronoun() && !act.isEmpty()) {
            rec = pronoun(m.recipient(), act, s);
        }
        if (arabic && m.pattern().type() == org.tawazun.ontology.PloverType.ASSAULT && m.verbal() && act.isEmpty()
                && rec.isEmpty() && m.subject() == null && victimVerb.test(toks.get(m.anchor())) && noObjectAfter(m.anchor(), s)) {
            List<Mention> victim = subjectRightBefore(m, s);
            if (!victim.isEmpty()) {
                rec = victim;
                passive = true;
                how = "none (the subject before a verb with no object is its victim)";
            }
        }
        if (passive && act.isEmpty() && !m.subjectIsRecipient()) {
            // a passive names its agent after "by" (من قبل، على يد) and its patient as the subject before it
            List<Mention> agent = agentAfter(m, s, codedOnly);
            if (!agent.isEmpty()) {
                act = agent;
                how = "agent of the passive";
            }
            if (rec.isEmpty() && !m.pattern().has(org.tawazun.coding.Element.Kind.RECIPIENT)) {
                Inferred patient = infer(m, s, act, false);
                if (!patient.mentions.isEmpty()) rec = patient.mentions;
            }
        }
        if (passive && !act.isEmpty() && rec.isEmpty()) rec = englishPassivePatient(m, s, act);
        if (act.isEmpty() && !m.pattern().noInfer() && !passive) {
            Inferred inf = infer(m, s, rec, codedOnly);
            act = inf.mentions;
            how = inf.how;
        }
        if (rec.isEmpty() && m.recipient() != null && m.recipient().isPronoun()) {
            rec = pronoun(m.recipient(), act, s);
        }
        if (act.isEmpty() && m.pattern().type() == org.tawazun.ontology.PloverType.ASSAULT) {
            // the attack's own adjective names the attacker even where a rule took it as the patient (تم شن ضربة
            // جوية أميركية على ...; قتلوا جراء ضربة جوية أميركية)
            List<Mention> attacker = attackAdjective(m, s, List.of());
            if (!attacker.isEmpty()) {
                act = attacker;
                rec = new ArrayList<>(rec);
                rec.removeAll(attacker);
                how = "the nationality of the attack (غارة إسرائيلية)";
            } else {
                attacker = attackPossessive(m, s, rec, places);
                if (!attacker.isEmpty()) {
                    act = attacker;
                    how = "the possessive of the attack (غاراتها، اعتداءاتها)";
                }
            }
        }
        if (rec.isEmpty() && !act.isEmpty() && !m.pattern().has(org.tawazun.coding.Element.Kind.RECIPIENT) && !m.subjectIsRecipient()
                && !EventCoder.NEEDS_SECOND_PARTY.contains(m.pattern().type())) {
            List<Mention> after = firstAfter(m, s, act);
            if (!after.isEmpty()) rec = after;
        }
        if (!act.isEmpty() && !rec.isEmpty()) {
            List<Mention> kept = new ArrayList<>(rec.size());
            for (Mention r : rec) if (r.actor().code() == null || allowed(r, act)) kept.add(r);
            rec = kept;
        }
        return new Assigned(act, rec, how);
    }

    /**
     * The parties of an attack or a protest that the sentence names only by the scene, after {@link #assign},
     * {@link #protesters} and the coder's own fallbacks (docs/data.md, "Roles of attacks and protests"):
     * <ol>
     *   <li>a protest without an actor: the crowd the pattern names, or a party right after it (تجمع متظاهرون
     *       أفغان، تظاهر عشرات من أعضاء حزب ...);</li>
     *   <li>a protest with no coded recipient: what it is against (احتجاجا على، ضد، مطالبين باستقالة), else the state
     *       whose building it stands before or goes to ({@link #protestSite}: أمام السفارة الأردنية → JOR);</li>
     *   <li>no recipient with a state: the first state, organization or group named after the trigger in its clause,
     *       also when the actor is unknown (انفجار عبوة استهدف دورية للجيش الأميركي → USA; مظاهرات ضد وجود القوات
     *       الإثيوبية → ETH), not the agent after على يد / من قبل;</li>
     *   <li>an attack whose victims still have no state: the state of the place where it happened, the one nearest
     *       the trigger (مقتل 18 شخصا في العراق، انفجار في بعقوبة → IRQ), else the one state other than the
     *       attacker's that the sentence names; victims named by a sector (مسلحين، مدنيين) get that state;</li>
     *   <li>a protest whose crowd has no state, or that names no crowd: the state where it takes place, else the one
     *       state the sentence names (متظاهرون في لندن → GBR; Anti-Japan protests erupt in China → CHN; students
     *       throughout Indonesia demand reforms → IDN, with IDN also the target of a domestic protest).</li>
     * </ol>
     * Annotators of attacks code the victims' state, and for local victims the state where the attack happened; of
     * protests, the protesters' state, which is most often the state where they protest.
     */
    Assigned scene(PatternMatcher.Match m, Sentence s, Assigned r, java.util.function.Supplier<List<org.tawazun.actor.Location>> places) {
        org.tawazun.ontology.PloverType type = m.pattern().type();
        boolean protest = type == org.tawazun.ontology.PloverType.PROTEST;
        List<Mention> act = r.actor(), rec = r.recipient();
        String how = r.how();
        if (!protest && act.isEmpty()) {
            List<Mention> agent = agentAfter(m, s, false); // قتل ثلاثة أشخاص على يد مسلحين
            if (!agent.isEmpty()) {
                act = agent;
                how = "agent after على يد / من قبل";
            } else if (!(agent = clashedWith(m, s, rec)).isEmpty()) {
                act = agent;
                how = "the other side of the clash (خلال معركة مع)";
            }
        }
        if (protest && arabic && !act.isEmpty()) {
            // the state whose flag the protesters burn is what they protest against, never the protesters
            List<Mention> flag = flagBurned(s, List.of());
            if (!flag.isEmpty()) {
                List<Mention> kept = new ArrayList<>(act);
                kept.removeIf(a -> a.firstToken() == flag.get(0).firstToken());
                if (kept.size() < act.size()) {
                    act = kept;
                    how += "; not the state whose flag is burned";
                }
            }
        }
        boolean slot = m.pattern().has(org.tawazun.coding.Element.Kind.RECIPIENT);
        // what the protest says it is against beats the recipient a fallback found (the one state named, the first
        // state after the trigger); a recipient the pattern's own slot took stays
        boolean slotTook = m.recipient() != null && (m.recipient().isPronoun() || !m.recipient().mentions().isEmpty());
        if (protest && !slotTook && (!slot || !rec.isEmpty())) {
            List<Mention> against = protestedAgainst(m, s, act);
            if (!against.isEmpty()) {
                rec = against;
                how += "; the target the protest names (احتجاجا على، ضد، a burned flag)";
            }
        }
        if (protest && !slotTook && !anyCoded(rec)) {
            List<Mention> site = protestSite(m, s, act);
            if (!site.isEmpty()) {
                rec = site;
                how += "; the state whose building the protest goes to (أمام السفارة الأميركية، إلى مقر رئيس الوزراء)";
            }
        }
        if (!anyCoded(rec) && (!slot || !rec.isEmpty())) {
            List<Mention> after = rec.isEmpty() ? victimAfter(m, s, act) : List.of();
            if (after.isEmpty() && rec.isEmpty() && !protest) after = nationalityObject(m, s);
            if (!after.isEmpty()) {
                rec = after;
                how += "; the recipient named after the trigger";
            } else if (!protest) {
                Mention place = placeOf(m, s, places.get());
                String code = place != null ? place.actor().country() : otherCountry(m, s, act);
                Mention named = code == null || place != null || !rec.isEmpty() ? place : countryMention(s, code);
                if (code != null && (named != null || !rec.isEmpty())) {
                    rec = rec.isEmpty() ? List.of(named) : localized(rec, code);
                    how += "; the victims' state is where it happened";
                }
            }
        }
        if (!protest && !arabic && act.isEmpty()) {
            // English: the attacker no one names is coded as CAMEO's unidentified armed force (UAF) of the state where
            // it struck (IRQUAF), as PETRARCH and ICEWS code unknown attackers by location; the sector keeps it apart
            // from the state's own forces for counts and the relations model
            Mention place = placeOf(m, s, places.get());
            if (place != null) {
                act = List.of(place.withActor(new org.tawazun.model.Actor(place.actor().country(), "UAF", null, null), "location"));
                how += "; an attacker the sentence does not name is coded by the state where it happened";
            }
        }
        if (protest && !anyCoded(act)) {
            // a domestic protest is coded by its state on both sides (PLOVER: Indonesian students against their
            // government, IDN -> IDN): the crowd is the state's population
            Mention place = placeOf(m, s, places.get());
            String code = place != null ? place.actor().country() : stateProtestedOnly(m, s) ? null : onlyCountry(s);
            if (code != null) {
                Mention where = place != null ? place : countryMention(s, code);
                act = !act.isEmpty() ? localized(act, code)
                        : where == null ? act : List.of(where.withActor(new org.tawazun.model.Actor(code, "CVL", null, null), where.via()));
                how += "; the protesters' state is where they protest";
            }
        }
        Assigned out = act == r.actor() && rec == r.recipient() ? r : new Assigned(act, rec, how);
        return protest ? domesticTarget(m, s, supporters(m, s, withoutOwnCrowd(m, s, out)), places) : out;
    }

    /**
     * A protest that names nothing it is against, by a crowd of one state in that state (or in no other place the
     * sentence names), is against that state: annotators and PLOVER code a domestic protest by its state on both
     * sides (تظاهر مئات الطلاب الأردنيين في عمان احتجاجا على رفع الأسعار → JOR -> JOR), whether the state is named
     * as a country or only by the place or the crowd's nationality. Not when the crowd protests abroad (مصريون في لندن),
     * is a state or its government, stands with someone (تضامنا مع، دعما ل: a SUPPORT of that side, against no one), or
     * protests something foreign (ضد الوجود العسكري الأجنبي, foreign troops).
     */
    /**
     * True when the one state the sentence names is named only as the state a protest is against, as a whole (ضد
     * الولايات المتحدة، احتجاجا على إسرائيل; the pattern's recipient slot, or a mention after ضد / احتجاجا على ..., not
     * after استقلال): a crowd
     * protests against a state from elsewhere, so it does not take that state (نظم المئات من رجال الدين في قم مسيرة ضد
     * الولايات المتحدة: the clerics are not American). A government, leader or party named there may be the crowd's
     * own (تظاهر الآلاف ضد الحكومة العراقية), so it does not count.
     */
    boolean stateProtestedOnly(PatternMatcher.Match m, Sentence s) {
        String only = onlyCountry(s);
        if (only == null) return false;
        List<Mention> slot = m.recipient() == null ? List.of() : m.recipient().mentions();
        int j = arabic ? nextMarker(m.anchor(), s.endToken(), AGAINST) : -1;
        // a region whose independence the crowd demands is of the crowd's own state (كشميريون مطالبين بالاستقلال عن الهند)
        if (j >= 0 && stemIn(toks.get(j), Set.of(INDEPENDENCE))) j = -1;
        for (Mention c : mentions) {
            if (c.firstToken() < s.firstToken() || c.lastToken() >= s.endToken() || !only.equals(c.actor().country())) continue;
            if (c.actor().sector() != null || "adjective".equals(c.via())) return false;
            if (!slot.contains(c) && (j < 0 || c.firstToken() <= j)) return false;
        }
        return true;
    }

    /** استقلال (normalized). */
    private static final String INDEPENDENCE = "\u0627\u0633\u062A\u0642\u0644\u0627\u0644";

    /** أجنبي، أجنبية، أجانب (normalized): a protest against foreign troops or meddling is not against its own state. */
    private static final Set<String> FOREIGN = Set.of(org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0623\u062C\u0646\u0628\u064A"), // أجنبي
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0623\u062C\u0646\u0628\u064A\u0629"), // أجنبية
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0623\u062C\u0627\u0646\u0628")); // أجانب

    private Assigned domesticTarget(PatternMatcher.Match m, Sentence s, Assigned r,
                                    java.util.function.Supplier<List<org.tawazun.actor.Location>> places) {
        if (anyCoded(r.recipient()) || r.actor().isEmpty()) return r;
        String code = null;
        for (Mention a : r.actor()) {
            String c = a.actor().country();
            if (c == null || code != null && !code.equals(c) || STATE_SECTORS.contains(String.valueOf(sector(a)))) return r;
            code = c;
        }
        for (int j = s.firstToken(); j < s.endToken(); j++) {
            Token t = toks.get(j);
            if (solidarity(t) || (arabic ? stemIn(t, FOREIGN) : t.norm().equalsIgnoreCase("foreign"))) return r;
        }
        // a protest against a war or an attack on another state (مظاهرات منددة بالعدوان على غزة) is not against its own
        for (Mention c : mentions) {
            if (c.firstToken() >= s.firstToken() && c.lastToken() < s.endToken() && c.actor().country() != null
                    && !code.equals(c.actor().country()) && attacked(c)) return r;
        }
        Mention place = placeOf(m, s, places.get());
        if (place != null ? !code.equals(place.actor().country()) : !code.equals(onlyCountry(s))) return r;
        // a bare institution it protests before or against (أمام دار القضاء العالي، ضد الحكومة) is that state's
        if (!r.recipient().isEmpty()) return new Assigned(r.actor(), localized(r.recipient(), code), r.how() + "; a domestic protest: its own state's");
        Mention a = r.actor().get(0);
        Mention state = place != null ? place : a.withActor(new org.tawazun.model.Actor(code, null, null, null), "context");
        return new Assigned(r.actor(), List.of(state), r.how() + "; a domestic protest is against its own state");
    }

    /**
     * Types PLOVER defines as directed at someone (a threat, an accusation, a rejection, a sanction, a demand, a
     * mobilization against): coded with no recipient, they may take the document's other party ({@link #otherParty}).
     */
    static final Set<org.tawazun.ontology.PloverType> DIRECTED = java.util.EnumSet.of(
            org.tawazun.ontology.PloverType.THREATEN, org.tawazun.ontology.PloverType.ACCUSE,
            org.tawazun.ontology.PloverType.REJECT, org.tawazun.ontology.PloverType.SANCTION,
            org.tawazun.ontology.PloverType.REQUEST, org.tawazun.ontology.PloverType.MOBILIZE);

    /** How many explicit mentions the other party needs, and how many times the next state's count. */
    private static final int OTHER_MIN = 3, OTHER_RATIO = 2;

    /** Mentions of each state named in the document (not through context or coreference), counted once. */
    private Map<String, Integer> stateCounts;

    /**
     * The other party of a directed event the sentence gives no recipient (Sudan would "respond to the aggression" in
     * an article about the UAE; ونددت الصين بالقرار after Lithuania's decision): when the document is about one dyad —
     * the actor's state is among the two states it names most, and one other state is named at least three times and
     * at least twice as often as any third — that state, as a mention of it before the trigger. Otherwise none: a
     * wrong recipient is worse than none.
     */
    List<Mention> otherParty(PatternMatcher.Match m, Sentence s, List<Mention> act) {
        String own = null;
        for (Mention a : act) {
            String c = a.actor().country();
            if (c == null || own != null && !own.equals(c)) return List.of();
            own = c;
        }
        if (own == null) return List.of();
        if (stateCounts == null) {
            stateCounts = new java.util.HashMap<>();
            for (Mention c : mentions) {
                if (c.actor().country() == null || "context".equals(c.via()) || "coref".equals(c.via())) continue;
                stateCounts.merge(c.actor().country(), 1, Integer::sum);
            }
        }
        String best = null, second = null;
        int bestN = 0, secondN = 0, ownN = stateCounts.getOrDefault(own, 0), above = 0;
        for (Map.Entry<String, Integer> e : stateCounts.entrySet()) {
            if (e.getValue() > ownN) above++;
            if (e.getKey().equals(own)) continue;
            int n = e.getValue();
            if (n > bestN) {
                second = best;
                secondN = bestN;
                best = e.getKey();
                bestN = n;
            } else if (n > secondN) {
                second = e.getKey();
                secondN = n;
            }
        }
        if (best == null || above > 1 || bestN < OTHER_MIN || bestN < OTHER_RATIO * secondN) return List.of();
        Mention named = null;
        for (Mention c : mentions) {
            if (c.firstToken() >= m.anchor() && named != null) break;
            if (best.equals(c.actor().country()) && !"context".equals(c.via()) && !"coref".equals(c.via())) named = c;
        }
        if (named == null) return List.of();
        return List.of(named.withActor(new org.tawazun.model.Actor(best, null, null, null), "context"));
    }

    /**
     * What a protest is against: احتجاجا على، تنديدا ب، ضد، رفضا ل، بسبب، مناهضة ل، معادية ل, and the leader or government
     * it wants gone: باستقالة، برحيل، بإسقاط، بإقالة (normalized, without clitics and article).
     */
    private static final Set<String> AGAINST = Set.of("\u0627\u062D\u062A\u062C\u0627\u062C\u0627", // احتجاجا
            "\u0627\u062D\u062A\u062C\u0627\u062C", "\u062A\u0646\u062F\u064A\u062F\u0627", // احتجاج تنديدا
            "\u0636\u062F", "\u0627\u0633\u062A\u0646\u0643\u0627\u0631\u0627", // ضد استنكارا
            "\u0628\u0633\u0628\u0628", "\u0631\u0641\u0636\u0627", // بسبب (the grievance) رفضا
            "\u0645\u0646\u0627\u0647\u0636\u0647", "\u0645\u0646\u0627\u0647\u0636", "\u0645\u0646\u0627\u0647\u0636\u064A\u0646", // مناهضة مناهض مناهضين
            "\u0645\u0639\u0627\u062F\u064A\u0647", "\u0645\u0639\u0627\u062F\u064A\u0646", // معادية معادين
            // demanding that a leader or government go: باستقالة، برحيل، بإسقاط، بإقالة (the leader's state)
            "\u0627\u0633\u062A\u0642\u0627\u0644\u0647", "\u0631\u062D\u064A\u0644", // استقالة رحيل
            "\u0627\u0633\u0642\u0627\u0637", "\u0627\u0642\u0627\u0644\u0647", // إسقاط إقالة
            // demanding a region's independence is against the state it belongs to (لاستقلال التبت → CHN)
            "\u0627\u0633\u062A\u0642\u0644\u0627\u0644"); // استقلال

    /** How far after احتجاجا على / ضد the protested party may stand. */
    private static final int AGAINST_REACH = 10;

    /**
     * The party a protest is against, after احتجاجا على / للاحتجاج على / تنديدا ب / ضد later in the trigger's sentence (to
     * its end or the next protest trigger's clause boundary): the first state, organization or group within ten
     * words that is not the protesters' own party and not a crowd or civilians (المتظاهرون، مدنيين; a nationality
     * stays: إساءة أحد الفرنسيين → FRA) (احتجاجا على زيارة بوش → USA; ضد وجود القوات الإثيوبية → ETH).
     */
    private List<Mention> protestedAgainst(PatternMatcher.Match m, Sentence s, List<Mention> act) {
        if (!arabic) return englishAgainst(m, s, act);
        int j = nextMarker(m.anchor(), s.endToken(), AGAINST);
        if (j < 0) return flagBurned(s, act);
        Mention adjective = stateAdjective(j + 1, Math.min(s.endToken(), j + 1 + AGAINST_REACH));
        for (Mention c : mentions) {
            if (c.firstToken() <= j) continue;
            if (c.firstToken() > j + AGAINST_REACH || c.firstToken() >= s.endToken()) break;
            if (adjective != null && adjective.firstToken() < c.firstToken()) return List.of(adjective);
            if (attacked(c)) continue;
            List<Mention> leader = ledBy(c, s);
            if (!leader.isEmpty() && allowed(leader.get(0), act)) return leader;
            // people (the protesters, the victims of what is protested) are not what a protest is against
            if (c.hasCode() && allowed(c, act) && !"CVL".equals(c.actor().sector())) return group(c);
        }
        return adjective != null ? List.of(adjective) : List.of();
    }

    /**
     * A state's adjective that no mention holds, on a noun of what is protested (احتجاجا على الاستيطان الإسرائيلي → ISR;
     * ضد الاحتلال الأمريكي → USA; على العملية العسكرية التركية → TUR; التجربة النووية الكورية الشمالية → PRK, the
     * two-word adjective before the one-word one): the first word from {@code from} to {@code end}, before a comma,
     * semicolon, colon or full stop, that follows another word and is read as a state's adjective; null if none.
     * It may be the protesters' own state: a protest against its own state's policy is a domestic one (فرنسيون ضد
     * السياسة الفرنسية في أفريقيا → FRA, not Africa). A nationality on people (شاب مصري) is a mention of its own,
     * which the caller weighs as people, not as a target.
     */
    private Mention stateAdjective(int from, int end) {
        java.util.BitSet held = new java.util.BitSet();
        for (Mention c : mentions) {
            if (c.lastToken() < from) continue;
            if (c.firstToken() >= end) break;
            held.set(c.firstToken(), c.lastToken() + 1);
        }
        for (int k = from + 1; k < end; k++) {
            Token t = toks.get(k);
            if (t.isPunct() && ",;:.".indexOf(t.norm().charAt(0)) >= 0) return null;
            if (held.get(k) || !t.isWord() || !toks.get(k - 1).isWord()) continue;
            String code = null;
            int last = k;
            if (k + 1 < end && !held.get(k + 1) && toks.get(k + 1).isWord()) {
                code = stateOf.apply(t.norm() + " " + toks.get(k + 1).norm());
                if (code != null) last = k + 1;
            }
            for (Analysis a : t.analyses()) {
                if (code != null) break;
                code = stateOf.apply(a.form());
            }
            if (code == null) continue;
            Token e = toks.get(last);
            return new Mention(t.start(), e.end(), doc.text().substring(t.start(), e.end()),
                    new org.tawazun.model.Actor(code, null, null, null), "adjective", k, last, true, '?', false);
        }
        return null;
    }

    /** Flags (علم، أعلام), normalized. */
    private static final Set<String> FLAGS = Set.of(org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0639\u0644\u0645"), // علم
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0623\u0639\u0644\u0627\u0645"), // أعلام
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0623\u0639\u0644\u0627\u0645\u0627")); // أعلاما

    /** Burning, trampling or tearing a flag: the verbs' written forms and their verbal nouns (حرق، إحراق، دوس، تمزيق). */
    private static final Set<String> DESECRATE = desecrate();

    private static Set<String> desecrate() {
        Set<String> out = new HashSet<>();
        out.addAll(org.tawazun.lang.ar.ArabicVerbs.inflect("\u0623\u062D\u0631\u0642", "\u064A\u062D\u0631\u0642").keySet()); // أحرق يحرق
        out.addAll(org.tawazun.lang.ar.ArabicVerbs.inflect("\u062D\u0631\u0642", "\u064A\u062D\u0631\u0642").keySet()); // حرق يحرق
        out.addAll(org.tawazun.lang.ar.ArabicVerbs.inflect("\u062F\u0627\u0633", "\u064A\u062F\u0648\u0633").keySet()); // داس يدوس
        out.addAll(org.tawazun.lang.ar.ArabicVerbs.inflect("\u0645\u0632\u0642", "\u064A\u0645\u0632\u0642").keySet()); // مزق يمزق
        for (String n : new String[] {"\u0625\u062D\u0631\u0627\u0642", "\u062F\u0648\u0633", "\u062A\u0645\u0632\u064A\u0642"}) { // إحراق دوس تمزيق
            out.add(org.tawazun.lang.ar.ArabicNormalizer.normalize(n));
        }
        return Set.copyOf(out);
    }

    /**
     * A protest that burns, tramples or tears a state's flag is against that state (أحرق متظاهرون أعلام إسرائيل → ISR;
     * أحرقوا الأعلام الأميركية → USA): in the trigger's sentence, a flag noun at most two words after such a verb, and
     * the state named in the two words after the flag, not the protesters' own.
     */
    private List<Mention> flagBurned(Sentence s, List<Mention> act) {
        for (int j = s.firstToken(); j < s.endToken(); j++) {
            if (!stemIn(toks.get(j), FLAGS)) continue;
            boolean burned = false;
            for (int b = j - 1; b >= Math.max(s.firstToken(), j - 3) && !burned; b--) {
                if (toks.get(b).isPunct()) break;
                burned = stemIn(toks.get(b), DESECRATE);
            }
            if (!burned) continue;
            for (Mention c : mentions) {
                if (c.firstToken() <= j) continue;
                if (c.firstToken() > j + 2 || c.firstToken() >= s.endToken()) break;
                if (c.actor().country() != null && allowed(c, act)) return group(c);
            }
            // the flag's adjective, which is no mention of its own (العلم الأمريكي، أعلاما دنماركية)
            if (j + 1 < s.endToken()) {
                Token t = toks.get(j + 1);
                for (Analysis a : t.analyses()) {
                    String code = stateOf.apply(a.form());
                    if (code == null) continue;
                    Mention x = new Mention(t.start(), t.end(), doc.text().substring(t.start(), t.end()),
                            new org.tawazun.model.Actor(code, null, null, null), "adjective", j + 1, j + 1, true, '?', false);
                    if (allowed(x, act)) return List.of(x);
                    break;
                }
            }
        }
        return List.of();
    }

    private static boolean stemIn(Token t, Set<String> words) {
        for (Analysis a : t.analyses()) if (words.contains(a.stem())) return true;
        return false;
    }

    /**
     * The first word from {@code from} (inclusive) to {@code end} (exclusive) whose stem, without a pronoun suffix, is
     * one of {@code words}, before a semicolon, colon or full stop; -1 if none.
     */
    private int nextMarker(int from, int end, Set<String> words) {
        for (int j = from; j < end; j++) {
            Token t = toks.get(j);
            if (t.isPunct() && ";:.".indexOf(t.norm().charAt(0)) >= 0) return -1;
            for (Analysis a : t.analyses()) if (words.contains(a.stem()) && !a.hasSuffix()) return j;
        }
        return -1;
    }

    /** Where a protest stands or goes: أمام، قرب، قبالة، مقابل، محيط، عند، إلى، نحو (normalized, without clitics). */
    private static final Set<String> SITE = Set.of("\u0627\u0645\u0627\u0645", "\u0642\u0631\u0628", // امام قرب
            "\u0642\u0628\u0627\u0644\u0647", "\u0645\u0642\u0627\u0628\u0644", // قباله مقابل
            "\u0645\u062D\u064A\u0637", "\u0639\u0646\u062F", // محيط عند
            "\u0627\u0644\u064A", "\u0646\u062D\u0648"); // الي نحو

    /** How far after the trigger the site may be named, and how many words (مقر، مبنى) may stand between it and its owner. */
    private static final int SITE_REACH = 12, SITE_GAP = 2;

    /**
     * The state whose building or office a protest stands before or goes to, within twelve words after the trigger
     * in its sentence (to a semicolon, colon or full stop): a state or one of its institutions (not a crowd, a group
     * or an organization) named right after أمام / قرب / إلى / نحو, or after one or two words there (أمام السفارة
     * الأميركية → USA; توجه المتظاهرون ... الى مقر رئيس الوزراء البريطاني → GBR). Annotators code such a protest as
     * directed at that state.
     */
    private List<Mention> protestSite(PatternMatcher.Match m, Sentence s, List<Mention> act) {
        if (!arabic) return List.of();
        int end = Math.min(s.endToken(), Math.max(m.anchor(), m.last()) + SITE_REACH + 1);
        for (int j = nextMarker(m.anchor() + 1, end, SITE); j >= 0; j = nextMarker(j + 1, end, SITE)) {
            for (Mention c : mentions) {
                if (c.firstToken() <= j) continue;
                if (c.firstToken() > j + 1 + SITE_GAP || c.firstToken() >= s.endToken()) break;
                if (c.actor().country() == null || !STATE_SECTORS.contains(String.valueOf(c.actor().sector()))) break;
                if (allowed(c, act)) return group(c);
                break;
            }
            // a building named by its state's adjective alone (أمام مكتب المصالح الأمريكية، أمام المركز الثقافي الفرنسي)
            Mention adjective = stateAdjective(j + 1, Math.min(end, j + 2 + SITE_GAP));
            if (adjective != null && allowed(adjective, act)) return List.of(adjective);
        }
        return List.of();
    }

    /**
     * English "anti-X" on the protest or its crowd, within three words of the match (anti-Japan protests, anti-China
     * protesters, anti-American demonstrators): X's state is what the protest is against.
     */
    private List<Mention> antiPrefix(PatternMatcher.Match m, Sentence s, List<Mention> act) {
        String raw = doc.text();
        for (int j = Math.max(s.firstToken(), m.first() - 3); j <= Math.min(s.endToken() - 1, Math.max(m.last(), m.anchor()) + 3); j++) {
            Token t = toks.get(j);
            String w = raw.substring(t.start(), t.end());
            int start;
            if (w.length() > 5 && w.regionMatches(true, 0, "anti-", 0, 5)) {
                start = t.start() + 5;
            } else if (w.equalsIgnoreCase("anti") && j + 2 < s.endToken() && toks.get(j + 1).norm().equals("-")) {
                t = toks.get(j + 2);
                start = t.start();
            } else {
                continue;
            }
            String code = stateOf.apply(raw.substring(start, t.end()));
            if (code == null) continue;
            Mention x = new Mention(start, t.end(), raw.substring(start, t.end()), new org.tawazun.model.Actor(code, null, null, null),
                    "adjective", j, j, true, '?', false);
            if (allowed(x, act)) return List.of(x);
        }
        return List.of();
    }

    /**
     * English: what a protest is against, "anti-X" near the trigger ({@link #antiPrefix}), else a state's adjective
     * on the rule or presence it opposes, named after "independence from" or "against" later in the sentence
     * (demanding independence from Indonesian rule → IDN; against the American presence → USA): an adjective no
     * mention holds (a named party after the trigger is found by the recipient rules).
     */
    private List<Mention> englishAgainst(PatternMatcher.Match m, Sentence s, List<Mention> act) {
        List<Mention> anti = antiPrefix(m, s, act);
        if (!anti.isEmpty()) return anti;
        String raw = doc.text();
        for (int j = m.anchor() + 1; j + 1 < s.endToken(); j++) {
            String w = toks.get(j).norm().toLowerCase(java.util.Locale.ROOT);
            boolean marker = w.equals("against") || w.equals("from") && toks.get(j - 1).norm().equalsIgnoreCase("independence");
            if (!marker) continue;
            int k = j + 1;
            if (k < s.endToken() && DETERMINERS.contains(toks.get(k).norm().toLowerCase(java.util.Locale.ROOT))) k++;
            if (k + 1 >= s.endToken() || byFirst.containsKey(k) || !toks.get(k + 1).isWord()) continue;
            Token t = toks.get(k);
            String code = stateOf.apply(raw.substring(t.start(), t.end()));
            if (code == null) continue;
            Mention x = new Mention(t.start(), t.end(), raw.substring(t.start(), t.end()), new org.tawazun.model.Actor(code, null, null, null),
                    "adjective", k, k, true, '?', false);
            if (allowed(x, act)) return List.of(x);
        }
        return List.of();
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "continued", "continuing");

    /** A state and its institutions ("null": the state itself), as opposed to groups inside it. */
    private static final Set<String> STATE_SECTORS = Set.of("null", "GOV", "MIL", "COP", "SPY", "JUD", "LEG");

    /**
     * The crowd a protest's organizer sends (دفعت المعارضة بآلاف المتظاهرين) is not what the protest is against: with no
     * recipient slot, civilians inside the match are no recipient. What is left without one is a domestic protest,
     * directed at the state of its organizer when that is a party, an opposition or a group (LBN OPP -> LBN).
     */
    private Assigned withoutOwnCrowd(PatternMatcher.Match m, Sentence s, Assigned r) {
        if (m.pattern().has(org.tawazun.coding.Element.Kind.RECIPIENT) || r.recipient().isEmpty()) return r;
        List<Mention> rec = new ArrayList<>(r.recipient());
        rec.removeIf(c -> c.firstToken() >= m.first() && c.lastToken() <= m.last() && "CVL".equals(sector(c)));
        if (rec.size() == r.recipient().size()) return r;
        Mention state = rec.isEmpty() ? domestic(r.actor(), s) : null;
        if (state != null) rec.add(state);
        return new Assigned(r.actor(), rec, r.how() + (state != null ? "; its own crowd is no recipient: a domestic protest" : "; its own crowd is no recipient"));
    }

    /** The state of a protest's organizer that is a party, an opposition or a group of one state, as a mention of it in the sentence. */
    private Mention domestic(List<Mention> act, Sentence s) {
        String code = null;
        for (Mention a : act) {
            String c = a.actor().country();
            if (c == null || code != null && !code.equals(c) || STATE_SECTORS.contains(String.valueOf(a.actor().sector()))) return null;
            code = c;
        }
        return code == null ? null : countryMention(s, code);
    }

    /** Words for a party's supporters (أنصار، مناصري، مؤيدي), normalized. */
    private static final Set<String> SUPPORTERS = Set.of(
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0623\u0646\u0635\u0627\u0631"), // أنصار
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0645\u0646\u0627\u0635\u0631\u064A"), // مناصري
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0645\u0646\u0627\u0635\u0631\u0648"), // مناصرو
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0645\u0624\u064A\u062F\u064A"), // مؤيدي
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0645\u0624\u064A\u062F\u0648")); // مؤيدو

    /**
     * Protesters who are a party's supporters (متظاهرون من أنصار المعارضة، مؤيدو الحكومة) protest as that party's side:
     * a recipient named right after أنصار / مؤيدي is the actor when the actor is only a crowd of civilians or was found
     * outside the match (تحرك مناصري تيار المستقبل after لبنان: the Future Movement, not Lebanon), and the
     * protest, with no other recipient, is a domestic one.
     */
    private Assigned supporters(PatternMatcher.Match m, Sentence s, Assigned r) {
        if (!arabic || r.recipient().isEmpty()) return r;
        // the actor may be a crowd of civilians, or a party found outside the match (the nearest subject before it)
        if (!outside(r.actor(), m) || r.how().startsWith("subject after the verb")) {
            for (Mention a : r.actor()) if (!"CVL".equals(sector(a))) return r;
        }
        Mention first = r.recipient().get(0);
        int j = first.firstToken() - 1;
        while (j > 0 && toks.get(j).isPunct() && "\u00AB\"(".indexOf(toks.get(j).norm().charAt(0)) >= 0) j--; // «تيار المستقبل»
        if (j < 0 || j < m.first() - 3) return r;
        boolean marker = false;
        for (Analysis a : toks.get(j).analyses()) marker |= SUPPORTERS.contains(a.form()) || SUPPORTERS.contains(a.stem());
        if (!marker) return r;
        List<Mention> side = group(first);
        List<Mention> rec = new ArrayList<>(r.recipient());
        rec.removeAll(side);
        Mention state = rec.isEmpty() ? domestic(side, s) : null;
        if (state != null) rec.add(state);
        return new Assigned(side, rec, r.how() + "; the party whose supporters protest (أنصار المعارضة)");
    }

    /**
     * Rule 1 of {@link #scene}, applied before the coder's own protest rules so that they see the crowd: a protest
     * without an actor takes the crowd the pattern names, or a party right after it, and the states it comes from
     * when من names them ({@link #origin}); an actor found outside the match yields to a crowd inside it.
     */
    Assigned protesters(PatternMatcher.Match m, Sentence s, Assigned r) {
        if (!r.actor().isEmpty()) {
            // an actor found outside the match (the nearest subject before it: استنكرت الحكومة الأردنية قيام مجموعة من
            // المتظاهرين بالتجمع) yields to the crowd the match itself names
            if (!"pattern slot".equals(r.how()) && !"subject after the verb".equals(r.how()) && outside(r.actor(), m)) {
                List<Mention> inside = crowdInside(m);
                if (!inside.isEmpty()) {
                    // a fallback may have taken that crowd as the recipient (the first party after the trigger)
                    List<Mention> rec = new ArrayList<>(r.recipient());
                    rec.removeAll(inside);
                    return new Assigned(inside, rec, "the crowd the protest names");
                }
            }
            return r;
        }
        List<Mention> crowd = crowd(m, s, r.recipient());
        if (crowd.isEmpty()) return r;
        List<Mention> from = origin(crowd);
        if (from.isEmpty()) return new Assigned(crowd, r.recipient(), "the crowd the protest names");
        List<Mention> rec = new ArrayList<>(r.recipient());
        rec.removeIf(c -> c.firstToken() >= from.get(0).firstToken() && c.firstToken() <= from.get(from.size() - 1).lastToken());
        List<Mention> act = new ArrayList<>(from.size());
        for (Mention c : from) act.add(c.withActor(new org.tawazun.model.Actor(c.actor().country(), "CVL", null, null), c.via()));
        return new Assigned(act, rec, "the crowd the protest names and the states it comes from (المتظاهرون من ألمانيا)");
    }

    /**
     * The states a crowd without a state of its own comes from, named right after it with من (جاء المتظاهرون من المانيا
     * وسويسرا وفرنسا → DEU, CHE, FRA); none when the crowd has a state or no state follows.
     */
    private List<Mention> origin(List<Mention> crowd) {
        Mention last = crowd.get(crowd.size() - 1);
        // a state the crowd got from its context (the place it protests in) yields to the one the sentence gives it
        for (Mention c : crowd) if (c.actor().country() != null && !"context".equals(c.via())) return List.of();
        int j = last.lastToken() + 1;
        if (j + 1 >= toks.size() || !"\u0645\u0646".equals(toks.get(j).norm())) return List.of(); // من
        List<Mention> at = byFirst.getOrDefault(j + 1, List.of());
        if (at.isEmpty()) return List.of();
        Mention c = at.get(0);
        if (c.actor().country() == null || c.actor().sector() != null || "place".equals(c.via())) return List.of();
        List<Mention> states = new ArrayList<>();
        for (Mention g : group(c)) if (g.actor().country() != null && g.actor().sector() == null) states.add(g);
        return states;
    }

    private static boolean outside(List<Mention> ms, PatternMatcher.Match m) {
        for (Mention c : ms) if (c.lastToken() >= m.first() && c.firstToken() <= m.last()) return false;
        return true;
    }

    /**
     * A crowd inside the match's own span, also after a partitive من (مجموعة من المتظاهرين، مئات من الطلاب).
     */
    private List<Mention> crowdInside(PatternMatcher.Match m) {
        for (Mention c : mentions) {
            if (c.firstToken() <= m.first()) continue;
            if (c.lastToken() > m.last()) break;
            if (!CROWD_SECTORS.contains(String.valueOf(sector(c)))) continue;
            if (oblique.test(c) && !"\u0645\u0646".equals(toks.get(c.firstToken() - 1).norm())) continue; // من
            return group(c);
        }
        return List.of();
    }

    /** Sectors of people who protest: a state, a government or an army is no crowd. */
    private static final Set<String> CROWD_SECTORS = Set.of("CVL", "OPP", "PTY", "LAB", "EDU", "REL", "MED", "REB", "BUS", "AGR", "NGO");

    /** The crowd of a protest: the first mention the match spans or that stands within three words after it, in its clause. */
    private List<Mention> crowd(PatternMatcher.Match m, Sentence s, List<Mention> rec) {
        int to = Math.min(s.endToken() - 1, Math.max(m.last(), m.anchor()) + 3);
        for (int j = m.anchor() + 1; j <= to; j++) {
            Token t = toks.get(j);
            if (t.isPunct() && ",;:.".indexOf(t.norm().charAt(0)) >= 0) {
                to = j - 1;
                break;
            }
        }
        for (Mention c : mentions) {
            if (c.firstToken() < m.first()) continue;
            if (c.firstToken() > to) break;
            if (rec.contains(c) || oblique.test(c) || !CROWD_SECTORS.contains(String.valueOf(sector(c)))) continue;
            return group(c);
        }
        return List.of();
    }

    /**
     * The recipient named after the trigger ({@link #firstAfter}), skipping the agent of a passive (قتل ... على يد
     * مسلحين، من قبل القوات).
     */
    private List<Mention> victimAfter(PatternMatcher.Match m, Sentence s, List<Mention> act) {
        List<Mention> after = firstAfter(m, s, act);
        if (after.isEmpty()) return after;
        int marker = agentMarker(m, s);
        return marker >= 0 && after.get(0).firstToken() > marker ? List.of() : after;
    }

    /** How many words after a victim verb its object may stand (subject and time words between: خطفوا قبل ظهر أمس أميركيا). */
    private static final int OBJECT_REACH = 6;

    /**
     * A victim named by a nationality alone, as an indefinite object (خطف مسلحون أميركيا "an American"، قتلوا فرنسيا):
     * after an Arabic victim verb (قتل، خطف، اختطف ...), before any punctuation or other mention, the first word that
     * is a state's singular adjective with the accusative ending ا (أميركي + ا; no mention of its own, as a bare
     * adjective is none). A word
     * after a participle or an adjective is the adverb (مدعومة أمريكيا "US-backed") and ends the search.
     */
    private List<Mention> nationalityObject(PatternMatcher.Match m, Sentence s) {
        if (!arabic || !m.verbal() || !victimVerb.test(toks.get(m.anchor()))) return List.of();
        int end = Math.min(s.endToken(), m.anchor() + 1 + OBJECT_REACH);
        for (int j = m.anchor() + 1; j < end; j++) {
            Token t = toks.get(j);
            if (!t.isWord()) return List.of();
            List<Mention> here = byFirst.get(j);
            if (here != null) {
                // the subject after the verb (خطف مسلحون) may come first; anything else named ends the search
                Mention h = here.get(0);
                boolean subject = m.subject() != null && !m.subjectIsRecipient() && m.subject().mentions().contains(h);
                if (h.hasCode() && !subject) return List.of();
                j = h.lastToken();
                continue;
            }
            String n = t.norm();
            if (n.length() < 4 || !n.endsWith("\u064A\u0627")) continue;
            String code = stateOf.apply(n); // the gazetteer may list the accusative (أميركيا) or not (فرنسي + ا)
            if (code == null) code = stateOf.apply(n.substring(0, n.length() - 1));
            if (code == null) continue;
            if (j > m.anchor() + 1 && adjectival(toks.get(j - 1))) return List.of();
            Mention x = new Mention(t.start(), t.end(), doc.text().substring(t.start(), t.end()),
                    new org.tawazun.model.Actor(code, null, null, null), "adjective", j, j, true, '?', false);
            return List.of(x);
        }
        return List.of();
    }

    /** A word that an adverbial nationality would qualify: a participle (مدعوم، مدعومة) or an adjective in ـي/ـية. */
    private static boolean adjectival(Token t) {
        String n = t.norm();
        String bare = n.startsWith("\u0627\u0644") ? n.substring(2) : n;
        return bare.length() > 3 && (bare.startsWith("\u0645") || bare.endsWith("\u064A") || bare.endsWith("\u064A\u0647"));
    }

    /** Nouns of fighting (معركة، معارك، اشتباك، اشتباكات، مواجهة، مواجهات، قتال), normalized. */
    private static final Set<String> CLASH_NOUNS = Set.of("\u0645\u0639\u0631\u0643\u0647", "\u0645\u0639\u0627\u0631\u0643",
            "\u0627\u0634\u062A\u0628\u0627\u0643", "\u0627\u0634\u062A\u0628\u0627\u0643\u0627\u062A",
            "\u0645\u0648\u0627\u062C\u0647\u0647", "\u0645\u0648\u0627\u062C\u0647\u0627\u062A", "\u0642\u062A\u0627\u0644");
    private static final String MA3 = "\u0645\u0639"; // مع
    /** Confronting (تصدى ل، يتصدى ل، التصدي ل), normalized: the side confronted is the other side of the fight. */
    private static final Set<String> CONFRONT = Set.of("\u062A\u0635\u062F\u064A", "\u062A\u0635\u062F\u062A", // تصدى/تصدي تصدت
            "\u062A\u0635\u062F\u0648\u0627", "\u064A\u062A\u0635\u062F\u064A", "\u062A\u062A\u0635\u062F\u064A", // تصدوا يتصدى تتصدى
            "\u064A\u062A\u0635\u062F\u0648\u0646"); // يتصدون

    /**
     * Victims who fell in a fight with a named side (مقتل أربعة جنود صينيين خلال معركة مع القوات الهندية): that side is
     * the attacker, when a fighting noun after the trigger is followed within two words by مع and a state,
     * organization or group that is not the victims' party.
     */
    private List<Mention> clashedWith(PatternMatcher.Match m, Sentence s, List<Mention> rec) {
        int k = clashWith(m, s);
        if (k < 0) return List.of();
        for (Mention c : mentions) {
            if (c.firstToken() == k + 1) return (c.hasCode() || c.actor().sector() != null) && allowed(c, rec) ? group(c) : List.of();
        }
        return List.of();
    }

    /**
     * The مع after a fighting noun that follows the trigger (خلال معركة مع، في اشتباكات مع), or a verb of confronting
     * whose next word is the side confronted with ل (عندما كان يتصدى للقوات الاسرائيلية): the token before that side;
     * else -1.
     */
    private int clashWith(PatternMatcher.Match m, Sentence s) {
        if (!arabic) return -1;
        for (int j = m.anchor() + 1; j < s.endToken() - 1; j++) {
            Token t = toks.get(j);
            if (t.isPunct() && ";:.".indexOf(t.norm().charAt(0)) >= 0) break;
            boolean confront = false;
            for (Analysis a : t.analyses()) confront |= !a.hasSuffix() && CONFRONT.contains(a.stem());
            if (confront && toks.get(j + 1).norm().startsWith("\u0644")) return j;
            boolean clash = false;
            for (Analysis a : t.analyses()) clash |= !a.hasSuffix() && CLASH_NOUNS.contains(a.stem());
            if (!clash) continue;
            for (int k = j + 1; k <= Math.min(j + 3, s.endToken() - 2); k++) {
                if (toks.get(k).norm().equals(MA3)) return k;
            }
            return -1;
        }
        return -1;
    }

    /** The first agent marker (على يد، على أيدي، من قبل; by) after the trigger in its sentence, or -1. */
    private int agentMarker(PatternMatcher.Match m, Sentence s) {
        for (int j = m.anchor() + 1; j < s.endToken(); j++) {
            if (AGENT_MARKERS.contains(toks.get(j).norm()) && (!arabic || fw.is(toks.get(j - 1), FunctionWords.Cls.PREP))) return j;
        }
        return -1;
    }

    /**
     * An Arabic arrest or seizure in the passive with no agent (تم الاستيلاء على أصولها في كوريا الجنوبية؛ تم اعتقال صحفي
     * فرنسي في طهران) is done by the authorities of the state where it happens, the place nearest the trigger, when
     * that state is not the victims' own (a domestic arrest names no second state, and no one is guessed).
     */
    Assigned coercerOfPlace(PatternMatcher.Match m, Sentence s, Assigned r, java.util.function.Supplier<List<org.tawazun.actor.Location>> places) {
        if (!arabic || !r.actor().isEmpty() || r.recipient().isEmpty() || !passive(m, s)) return r;
        Mention place = placeOf(m, s, places.get());
        if (place == null) return r;
        for (Mention v : r.recipient()) if (v.actor().country() == null || v.actor().country().equals(place.actor().country())) return r;
        return new Assigned(List.of(place), r.recipient(), "the state where it happened (a passive arrest or seizure)");
    }

    /**
     * The place nearest the trigger in its sentence (after it first, on a tie), as a mention of its state; datelines
     * aside. A place the sentence opens with (وفي بغداد أحرق متظاهرون ...; In Baghdad, ...) sets the scene of the whole
     * sentence and comes first.
     */
    private Mention placeOf(PatternMatcher.Match m, Sentence s, List<org.tawazun.actor.Location> places) {
        org.tawazun.actor.Location best = null;
        int bestDist = Integer.MAX_VALUE;
        for (org.tawazun.actor.Location l : places) {
            if (l.dateline() || l.firstToken() < s.firstToken() || l.lastToken() >= s.endToken()) continue;
            int d = opensSentence(l, s) ? -1
                    : l.firstToken() > m.anchor() ? 2 * (l.firstToken() - m.anchor()) : 2 * (m.anchor() - l.lastToken()) + 1;
            if (d < bestDist) {
                bestDist = d;
                best = l;
            }
        }
        if (best == null) return null;
        int start = toks.get(best.firstToken()).start(), end = toks.get(best.lastToken()).end();
        return new Mention(start, end, doc.text().substring(start, end), new org.tawazun.model.Actor(best.code(), null, null, null),
                "place", best.firstToken(), best.lastToken(), true, 'f', false);
    }

    /** True when the place follows only في / in (with و / and) at the start of its sentence: وفي بغداد، In Baghdad. */
    private boolean opensSentence(org.tawazun.actor.Location l, Sentence s) {
        int f = l.firstToken();
        if (f - 1 != s.firstToken() && !(f - 2 == s.firstToken() && !arabic && toks.get(s.firstToken()).norm().equalsIgnoreCase("and"))) return false;
        String w = toks.get(f - 1).norm();
        return arabic ? w.equals("\u0641\u064A") || w.equals("\u0648\u0641\u064A") : w.equalsIgnoreCase("in");
    }

    /**
     * The one state the sentence names besides a state attacker's own, or null when none or several. An attacker
     * that is no state institution (gunmen, rebels: مسلحون مجهولون اغتالوا ...) attacks people of the state named.
     */
    private String otherCountry(PatternMatcher.Match m, Sentence s, List<Mention> act) {
        // the agent's phrase and the other side of a clash name the attacker's side (على يد مسلحين من حركة طالبان)
        int marker = agentMarker(m, s), with = clashWith(m, s);
        if (with >= 0 && (marker < 0 || with < marker)) marker = with;
        Set<String> own = new HashSet<>();
        for (Mention a : act) if (a.actor().country() != null && STATE_SECTORS.contains(String.valueOf(a.actor().sector()))) own.add(a.actor().country());
        String only = null;
        for (Mention c : mentions) {
            if (c.firstToken() < s.firstToken() || c.lastToken() >= s.endToken()) continue;
            if (marker >= 0 && c.firstToken() > marker) break;
            String k = c.actor().country();
            if (k == null || own.contains(k)) continue;
            if (only == null) only = k;
            else if (!only.equals(k)) return null;
        }
        return only;
    }

    /** The one state the sentence's mentions name, or null when none or several. */
    private String onlyCountry(Sentence s) {
        return onlyCountry(s, mentions);
    }

    /** The one state the mentions inside sentence {@code s} name, or null when none or several. */
    static String onlyCountry(Sentence s, List<Mention> mentions) {
        String only = null;
        for (Mention c : mentions) {
            if (c.firstToken() < s.firstToken() || c.lastToken() >= s.endToken() || c.actor().country() == null) continue;
            if (only == null) only = c.actor().country();
            else if (!only.equals(c.actor().country())) return null;
        }
        return only;
    }

    /** A mention of the sentence that names {@code code}, as the state itself, or null. */
    private Mention countryMention(Sentence s, String code) {
        for (Mention c : mentions) {
            if (c.firstToken() < s.firstToken() || c.lastToken() >= s.endToken() || !code.equals(c.actor().country())) continue;
            return c.withActor(new org.tawazun.model.Actor(code, null, null, null), "context");
        }
        return null;
    }

    private static boolean anyCoded(List<Mention> ms) {
        for (Mention c : ms) if (c.hasCode()) return true;
        return false;
    }

    /** Bare sector mentions (مسلحين، مدنيين) given {@code code} as their state; others unchanged. */
    private static List<Mention> localized(List<Mention> ms, String code) {
        List<Mention> out = new ArrayList<>(ms.size());
        for (Mention c : ms) {
            org.tawazun.model.Actor a = c.actor();
            out.add(!c.hasCode() ? c.withActor(new org.tawazun.model.Actor(code, a.sector(), null, a.name()), "context") : c);
        }
        return out;
    }

    /** An Arabic verb trigger with the masculine plural ending (اختطفوا، يقتلون): active, its subject stands before it. */
    private boolean pluralActive(PatternMatcher.Match m) {
        if (!arabic || !m.verbal()) return false;
        String n = toks.get(m.anchor()).norm();
        return n.length() > 4 && (n.endsWith("\u0648\u0627") || m.imperfect() && n.endsWith("\u0648\u0646"));
    }

    /**
     * Arabic writes the passive of قتل، أصيب، خطف like the active (قُتل): a victim verb with no object right after it
     * (a preposition, a conjunction, punctuation or the end follows: ثلاثة جنود قتلوا في هجوم، جنديا أميركيا قتل
     * وأصيب آخرون) has its victim as the subject before it.
     */
    private boolean noObjectAfter(int anchor, Sentence s) {
        int j = TimePhrase.skip(toks, anchor + 1, s.endToken(), dates);
        if (j >= s.endToken()) return true;
        Token t = toks.get(j);
        if (t.isPunct()) return !t.norm().equals("\u00AB") && !t.norm().equals("\"");
        if (byFirst.containsKey(j) || t.kind() == Token.Kind.NUMBER || victimNoun.test(t)) return false;
        if (fw.is(t, FunctionWords.Cls.PREP)) return true;
        for (Analysis a : t.analyses()) {
            if (a.hasPrefix('\u0648') || a.hasPrefix('\u0628')) return true; // وأصيب، برصاص
        }
        return false;
    }

    /** The free mention (with its conjuncts) that ends at most three words before the trigger, in its clause. */
    private List<Mention> subjectRightBefore(PatternMatcher.Match m, Sentence s) {
        int from = reportedClauseStart(m.anchor(), s);
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention c = mentions.get(k);
            if (c.lastToken() >= m.anchor()) continue;
            if (c.firstToken() < from || c.lastToken() < m.anchor() - 3) break;
            for (int j = c.lastToken() + 1; j < m.anchor(); j++) if (toks.get(j).isPunct()) return List.of();
            if (oblique.test(c) || isPossessor(c)) return List.of();
            return groupEndingAt(k);
        }
        return List.of();
    }

    /**
     * The attacker a nationality adjective names on an attack noun in the trigger's clause (ضربة جوية أميركية،
     * الغارات الإسرائيلية; Israeli air raids): a coded mention read from an adjective that starts with an attack
     * noun or follows one within two words.
     */
    private List<Mention> attackAdjective(PatternMatcher.Match m, Sentence s, List<Mention> rec) {
        int from = m.first(), to = s.endToken();
        for (int j = m.anchor() + 1; j < s.endToken(); j++) {
            Token t = toks.get(j);
            if (t.isPunct() && ",;:.".indexOf(t.norm().charAt(0)) >= 0) {
                to = j;
                break;
            }
        }
        for (Mention c : mentions) {
            if (c.firstToken() < from || !"adjective".equals(c.via()) || !c.hasCode()) continue;
            if (c.firstToken() >= to) break;
            if (!allowed(c, rec)) continue;
            // Arabic: the noun comes first (غارة إسرائيلية); English: the adjective (an Israeli airstrike)
            int last = arabic ? c.firstToken() : Math.min(s.endToken() - 1, c.lastToken() + 1);
            for (int j = Math.max(s.firstToken(), c.firstToken() - 2); j <= last; j++) {
                if (attackNoun.test(toks.get(j))) return List.of(c);
            }
        }
        return List.of();
    }

    /**
     * The attacker a possessive suffix on an attack noun of the match names (راح ضحية اعتداءاتها، بعد غاراتها على):
     * the pronoun's antecedent.
     */
    private List<Mention> attackPossessive(PatternMatcher.Match m, Sentence s, List<Mention> rec,
                                           java.util.function.Supplier<List<org.tawazun.actor.Location>> places) {
        if (!arabic) return List.of();
        int to = Math.min(s.endToken() - 1, Math.max(m.last(), m.anchor()) + 2); // راح ضحية غاراتها: the noun may follow the match
        for (int j = m.first(); j <= to; j++) {
            Token t = toks.get(j);
            if (t.isPunct()) break;
            for (Analysis a : t.analyses()) {
                if (a.hasSuffix() && isThirdPerson(a.suffix()) && attackStem.test(a.stem())) {
                    // a city or a place after في is where attacks happen, not who makes them (قصف غزة، وراح ضحية غاراتها)
                    List<Mention> exclude = new ArrayList<>(rec);
                    for (Mention c : mentions) {
                        if (c.lastToken() < j && ("place".equals(c.via()) || oblique.test(c) || located(c, places.get()))) exclude.add(c);
                    }
                    List<Mention> p = pronoun(PatternMatcher.Binding.pronoun(j, a.suffix()), exclude, s);
                    if (!p.isEmpty()) return p;
                }
            }
        }
        return List.of();
    }

    /**
     * The mention is a place the text is set in, or is joined by و to one (في قطاع غزة والضفة الغربية).
     */
    private boolean located(Mention c, List<org.tawazun.actor.Location> places) {
        for (org.tawazun.actor.Location l : places) {
            if (l.firstToken() == c.firstToken() && l.mention()) return true;
            if (l.lastToken() + 1 == c.firstToken() && c.start() > toks.get(c.firstToken()).start()
                    && toks.get(c.firstToken()).norm().charAt(0) == '\u0648') return true;
        }
        return false;
    }

    /** Words that introduce the agent of a passive: by; من قبل، على يد، على أيدي. */
    private static final Set<String> AGENT_MARKERS = Set.of("by", "\u0642\u0628\u0644", "\u064A\u062F", "\u0627\u064A\u062F\u064A");

    /**
     * The agent of a passive trigger: the mention right after "by" (the Russian security forces) or من قبل / على يد
     * within ten words after the trigger, in its clause.
     */
    private List<Mention> agentAfter(PatternMatcher.Match m, Sentence s, boolean codedOnly) {
        int end = Math.min(s.endToken(), Math.max(m.last(), m.anchor()) + 11);
        for (int j = m.anchor() + 1; j < end; j++) {
            Token t = toks.get(j);
            if (t.isPunct() && ",;:.".indexOf(t.norm().charAt(0)) >= 0 || fw.is(t, FunctionWords.Cls.BOUNDARY)) break;
            // a passive of another verb on the way owns the by-phrase (an attempt to assassinate X was thwarted by police)
            if (!arabic && j > m.anchor() + 1 && fw.is(t, FunctionWords.Cls.PASSIVE_AUX)) break;
            if (!AGENT_MARKERS.contains(t.norm())) continue;
            if (arabic && (j == 0 || !fw.is(toks.get(j - 1), FunctionWords.Cls.PREP))) continue; // من قبل، على يد
            int k = j + 1;
            if (!arabic && k < end && fw.is(toks.get(k), FunctionWords.Cls.DET)) k++;
            for (int i = 0; i < mentions.size(); i++) {
                Mention c = mentions.get(i);
                if (c.firstToken() < k) continue;
                if (c.firstToken() > k + 1) break;
                if (codedOnly && !c.hasCode()) break;
                return group(c);
            }
            break;
        }
        return List.of();
    }

    /**
     * English: a recipient left open in a sentence about one state (after {@link #assign}, {@link #scene} and the
     * document's other party), filled in by its own rules in order:
     * <ol>
     *   <li>a measure over a population (a curfew, a state of emergency, martial law: class {@code measure}) is
     *       directed at the place where it applies, a place named after the match in its clause (imposed a curfew in
     *       Hebron → PSE), else at the actor's own state when the sentence names no other (Sudan lifted the state of
     *       emergency in West Darfur → SDN);</li>
     *   <li>the first party after the trigger in its clause named by its sector alone (rebels, demonstrators, the
     *       opposition newspaper, President ...) is of the actor's state, when the sentence names no other state
     *       (the government accepted demands from rebels; police opened fire to disperse demonstrators): the domestic
     *       events PLOVER codes X → X, as event coders default a bare agent to the state where the event happens.
     *       Envoys and peacekeepers, who come from elsewhere, are left alone.</li>
     * </ol>
     */
    Assigned domestic(PatternMatcher.Match m, Sentence s, Assigned r, java.util.function.Supplier<List<org.tawazun.actor.Location>> places) {
        if (arabic || !r.recipient().isEmpty() || r.actor().isEmpty()) return r;
        boolean slot = m.pattern().has(org.tawazun.coding.Element.Kind.RECIPIENT);
        if (!slot) {
            List<Mention> host = peacekeepingHost(m, s);
            if (!host.isEmpty() && allowed(host.get(0), r.actor())) {
                return new Assigned(r.actor(), host, r.how() + "; a peacekeeping force is directed at the state it serves in");
            }
        }
        String own = null;
        for (Mention a : r.actor()) {
            String c = a.actor().country();
            if (c == null || own != null && !own.equals(c)) return r;
            own = c;
        }
        int[] clause = clauseAfter(m, s);
        if (measure != null && !slot) {
            for (int j = m.first(); j <= m.last(); j++) {
                if (!measure.test(toks.get(j))) continue;
                for (org.tawazun.actor.Location l : places.get()) {
                    if (l.dateline() || l.firstToken() <= m.last() || l.firstToken() >= clause[1]) continue;
                    int start = toks.get(l.firstToken()).start(), end = toks.get(l.lastToken()).end();
                    Mention where = new Mention(start, end, doc.text().substring(start, end),
                            new org.tawazun.model.Actor(l.code(), null, null, null), "place", l.firstToken(), l.lastToken(), true, 'f', false);
                    return new Assigned(r.actor(), List.of(where), r.how() + "; a curfew or emergency is directed at the place where it applies");
                }
                Mention state = own.equals(onlyCountry(s)) ? countryMention(s, own) : null;
                if (state == null) return r;
                return new Assigned(r.actor(), List.of(state), r.how() + "; a curfew or emergency is directed at the actor's own state");
            }
        }
        if (!own.equals(onlyCountry(s))) return r;
        for (org.tawazun.actor.Location l : places.get()) {
            // a place of another state in the sentence (arrested 40 people in Mogadishu) is not about one state
            if (!l.dateline() && l.firstToken() >= s.firstToken() && l.lastToken() < s.endToken() && !own.equals(l.code())) return r;
        }
        // a pattern's own slot offers only what it bound, and not a party after "from" (demands from rebels: theirs)
        List<Mention> candidates = !slot ? mentions : m.recipient() == null || m.recipient().isPronoun() ? List.of() : m.recipient().mentions();
        for (Mention c : candidates) {
            if (c.firstToken() < clause[0]) continue;
            if (c.firstToken() >= clause[1]) break;
            if (slot && fromBetween(m.anchor(), c.firstToken())) return r;
            if (c.hasCode()) return r; // a named party comes first: the fallbacks have judged it
            if (c.actor().sector() == null || FOREIGN_NOUNS.contains(toks.get(c.lastToken()).norm().toLowerCase(java.util.Locale.ROOT))) return r;
            List<Mention> rec = localized(group(c), own);
            if (!allowed(rec.get(0), r.actor())) return r;
            return new Assigned(r.actor(), rec, r.how() + "; a party named by its sector in a sentence about one state is of that state");
        }
        org.tawazun.ontology.PloverType type = m.pattern().type();
        if (!slot && (type == org.tawazun.ontology.PloverType.ASSAULT || type == org.tawazun.ontology.PloverType.COERCE)
                && countedAfter(clause)) {
            // the state's own police or army arresting or killing a number of people no one places elsewhere: its own
            Mention state = STATE_BODIES.contains(String.valueOf(r.actor().get(0).actor().sector())) ? countryMention(s, own) : null;
            if (state != null) return new Assigned(r.actor(), List.of(state), r.how() + "; people a state's own forces arrest or kill in a sentence about that state alone are its own");
        }
        return r;
    }

    private boolean fromBetween(int from, int to) {
        for (int j = from + 1; j < to; j++) if (toks.get(j).norm().equalsIgnoreCase("from")) return true;
        return false;
    }

    /** Sectors of a state's own bodies that arrest and shoot. */
    private static final Set<String> STATE_BODIES = Set.of("GOV", "MIL", "COP", "SPY", "JUD");

    /** English number words that count the people an act is done to (arresting 12, killing one person). */
    private static final Set<String> EN_COUNTS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "dozens", "hundreds", "thousands", "scores", "several", "at");

    /** True when the clause after the trigger opens with a count (arresting 12, killing at least three people). */
    private boolean countedAfter(int[] clause) {
        if (clause[0] >= clause[1]) return false;
        Token t = toks.get(clause[0]);
        return t.kind() == Token.Kind.NUMBER || EN_COUNTS.contains(t.norm().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * English: the state a peacekeeping force or mission named after the trigger serves in (contribute troops to a
     * peacekeeping force in Liberia; extend the mandate of the peacekeepers in Lebanon): a state after "in", at most
     * three words after peacekeeping / peacekeepers / peace-keeping, before the end of the clause (, ; : . or a
     * boundary word), as PLOVER codes peacekeeping as directed at the host.
     */
    private static final Set<String> PEACEKEEPING = Set.of("peacekeeping", "peacekeepers", "peacekeeper",
            "peace-keeping", "peace-keepers", "peace-keeper");

    private List<Mention> peacekeepingHost(PatternMatcher.Match m, Sentence s) {
        for (int j = m.anchor() + 1; j < s.endToken(); j++) {
            Token t = toks.get(j);
            if (t.isPunct() && ",;:.".indexOf(t.norm().charAt(0)) >= 0 || fw.is(t, FunctionWords.Cls.BOUNDARY)) return List.of();
            String w = t.norm().toLowerCase(java.util.Locale.ROOT);
            boolean pk = PEACEKEEPING.contains(w)
                    || (w.equals("keeping") || w.equals("keepers")) && j >= 2 && toks.get(j - 2).norm().equalsIgnoreCase("peace");
            if (!pk) continue;
            for (int k = j + 1; k <= j + 4 && k + 1 < s.endToken(); k++) {
                if (!toks.get(k).norm().equalsIgnoreCase("in")) continue;
                List<Mention> here = byFirst.get(k + 1 < s.endToken() && toks.get(k + 1).norm().equalsIgnoreCase("the") ? k + 2 : k + 1);
                if (here == null || here.get(0).actor().country() == null || here.get(0).actor().sector() != null) return List.of();
                List<Mention> states = new ArrayList<>(group(here.get(0)));
                states.removeIf(x -> x.actor().country() == null); // a speaker after a comma is no conjunct
                return states;
            }
        }
        return List.of();
    }

    /** Curfews, states of emergency, martial law (class {@code measure}), set by the coder; null: none. */
    private java.util.function.Predicate<Token> measure;

    void measures(java.util.function.Predicate<Token> measure) {
        this.measure = measure;
    }

    /** Sector nouns of people who come from another state: envoys and peacekeepers are no domestic party. */
    private static final Set<String> FOREIGN_NOUNS = Set.of("ambassador", "ambassadors", "envoy", "envoys", "diplomat",
            "diplomats", "mediator", "mediators", "delegation", "delegations", "peacekeepers", "observers", "monitors",
            "inspectors", "negotiator", "negotiators");

    /**
     * The clause after a trigger, where {@link #firstAfter} looks for the recipient: from the word after the trigger
     * (and after a subject that follows it, and a comma after that) to the next . ; : , or boundary, speech,
     * complementizer or relative word, or for a protest a word of solidarity (تضامنا مع), at most
     * {@link #RECIPIENT_REACH} words on; {from, stop}.
     */
    private int[] clauseAfter(PatternMatcher.Match m, Sentence s) {
        int from = m.anchor() + 1;
        if (m.subject() != null && !m.subject().isPronoun()) {
            from = Math.max(from, m.subject().lastToken() + 1);
            if (from < s.endToken() && toks.get(from).norm().equals(",")) from++;
        }
        int to = Math.min(s.endToken(), from + RECIPIENT_REACH);
        for (int j = from; j < to; j++) {
            Token t = toks.get(j);
            if (t.norm().equals(",") && dates.get(j - 1)) continue; // اليوم الجمعة، ناقلة: the comma closes a date
            if (t.isPunct() && ",;:.".indexOf(t.norm().charAt(0)) >= 0 || fw.is(t, FunctionWords.Cls.BOUNDARY)
                    || fw.is(t, FunctionWords.Cls.SPEECH) || fw.is(t, FunctionWords.Cls.COMPLEMENTIZER) || relative.test(t)
                    || m.pattern().type() == org.tawazun.ontology.PloverType.PROTEST && solidarity(t)) {
                return new int[]{from, j};
            }
        }
        return new int[]{from, to};
    }

    /** بلاد (country), normalized. */
    private static final String BILAD = org.tawazun.text.Normalizer.normalizeString("\u0628\u0644\u0627\u062F");

    /** How many tokens after the match the fallback recipient may stand. */
    private static final int RECIPIENT_REACH = 12;

    /**
     * The recipient a pattern without a slot leaves open: the first actor named after the trigger in its clause (a
     * state, organization or named group, with its conjuncts) that is not the actor's party, object or oblique
     * (rejected an Indian proposal; threatened to cut off electricity to Nakhichevan; complained to the UN over
     * Israeli air raids). The clause ends at . ; : , or a clause-boundary word; a reported clause (said that ...) or
     * a relative clause (which, الذي) that starts after the match belongs to another predicate, so it stops there too.
     * Meetings and cooperation are left alone: their second party must be stated (a slot or coordinated actors).
     */
    private List<Mention> firstAfter(PatternMatcher.Match m, Sentence s, List<Mention> act) {
        int[] clause = clauseAfter(m, s);
        int from = clause[0], stop = clause[1];
        for (int k = 0; k < mentions.size(); k++) {
            Mention c = mentions.get(k);
            if (c.firstToken() < from) continue;
            if (c.firstToken() >= stop) break;
            List<Mention> leader = ledBy(c, s);
            if (!leader.isEmpty() && allowed(leader.get(0), act)) return leader;
            if (!c.hasCode() || !allowed(c, act)) continue;
            if (m.pattern().type() == org.tawazun.ontology.PloverType.PROTEST && (venue(c) || attacked(c))) continue;
            // a directed act is not addressed to the actor's own people named in what it demands or condemns
            // (طالبت طوكيو بالإفراج عن المواطن الياباني: the addressee is who holds him, not the citizen)
            if (arabic && DIRECTED.contains(m.pattern().type()) && sameCountry(c, act)) continue;
            return group(c);
        }
        return List.of();
    }

    /** على (normalized). */
    private static final String ALA = org.tawazun.text.Normalizer.normalizeString("\u0639\u0644\u0649");

    /**
     * A party named right after على that follows a war or attack noun within three words (الحرب على العراق، العدوان
     * على غزة، الهجمات الإسرائيلية على القرى): the side attacked, which a protest stands with, not the one it is
     * against (that is the attacker, when named: العدوان الإسرائيلي على غزة → ISR).
     */
    boolean attacked(Mention c) {
        if (!arabic || c.firstToken() < 2 || !ALA.equals(toks.get(c.firstToken() - 1).norm())) return false;
        for (int k = c.firstToken() - 2; k >= Math.max(0, c.firstToken() - 4); k--) {
            Token t = toks.get(k);
            if (t.isPunct()) return false;
            for (Analysis a : t.analyses()) if (!a.hasSuffix() && attackStem.test(a.stem())) return true; // الحرب، العدوان
        }
        return false;
    }

    /**
     * A capital read as its government (الرباط → MAR GOV) that stands after في or the clitic ب is where a protest takes
     * place, not what it is against (خرج آلاف المغاربة في مسيرة بالرباط تضامنا مع ...); before a building (أمام
     * الكرملين) it is the target.
     */
    private boolean venue(Mention c) {
        if (!arabic || !"metonym".equals(c.via())) return false;
        Token t = toks.get(c.firstToken());
        if (c.start() > t.start()) return doc.text().substring(t.start(), c.start()).endsWith("\u0628"); // ب
        if (c.firstToken() == 0) return false;
        String w = toks.get(c.firstToken() - 1).norm();
        return w.equals("\u0641\u064A") || w.equals("\u0648\u0641\u064A"); // في وفي
    }

    /**
     * Words of solidarity and support (تضامنا مع، دعما ل، تأييدا ل، مؤيدة ل; in solidarity with, in support of): a
     * protest's party named after them is the side it supports, not the one it is against.
     */
    private static final Set<String> SOLIDARITY = Set.of(org.tawazun.lang.ar.ArabicNormalizer.normalize("\u062A\u0636\u0627\u0645\u0646\u0627"), // تضامنا
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u062A\u0636\u0627\u0645\u0646"), // تضامن
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u062F\u0639\u0645\u0627"), // دعما
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u062A\u0623\u064A\u064A\u062F\u0627"), // تأييدا
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0645\u0624\u064A\u062F\u0629"), // مؤيدة
            org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0645\u0624\u064A\u062F\u064A\u0646"), // مؤيدين
            "solidarity", "support");

    private boolean solidarity(Token t) {
        return solidarity(t, arabic);
    }

    static boolean solidarity(Token t, boolean arabic) {
        if (!arabic) return SOLIDARITY.contains(t.norm().toLowerCase(java.util.Locale.ROOT));
        for (Analysis a : t.analyses()) if (!a.hasSuffix() && SOLIDARITY.contains(a.stem())) return true;
        return false;
    }

    /** True when a word of solidarity stands at most three words before the mention (تضامنا مع سكان غزة). */
    static boolean supported(List<Token> toks, Mention c, int sentenceStart, boolean arabic) {
        for (int j = c.firstToken() - 1; j >= Math.max(sentenceStart, c.firstToken() - 4); j--) {
            if (toks.get(j).isPunct()) return false;
            if (solidarity(toks.get(j), arabic)) return true;
        }
        return false;
    }

    private static boolean sameCountry(Mention c, List<Mention> act) {
        String cc = c.actor().country();
        if (cc == null) return false;
        for (Mention a : act) if (cc.equals(a.actor().country())) return true;
        return false;
    }

    /** بقيادة، تقودها، يقودها، تتزعمها (normalized): "led by". */
    private static final Set<String> LED_BY = Set.of("\u0628\u0642\u064A\u0627\u062F\u0647", // بقيادة
            "\u062A\u0642\u0648\u062F\u0647\u0627", "\u064A\u0642\u0648\u062F\u0647\u0627", // تقودها يقودها
            "\u062A\u062A\u0632\u0639\u0645\u0647\u0627", "\u0628\u0632\u0639\u0627\u0645\u0647"); // تتزعمها بزعامة

    /**
     * Forces of a coalition named by who leads them (قوات التحالف بقيادة أميركية، قوات التحالف التي تقودها الولايات
     * المتحدة): the leader, when "led by" stands at most three words after a sector mention without its own state (or
     * with one the context gave).
     */
    private List<Mention> ledBy(Mention c, Sentence s) {
        if (!arabic || c.hasCode() && !"context".equals(c.via())) return List.of();
        int end = Math.min(s.endToken() - 1, c.lastToken() + 4);
        for (int j = c.lastToken() + 1; j <= end; j++) {
            Token t = toks.get(j);
            if (t.isPunct()) return List.of();
            if (!LED_BY.contains(t.norm())) continue;
            for (Mention l : mentions) {
                if (l.firstToken() == j + 1 || l.firstToken() == j && l.start() > t.start()) return l.hasCode() ? group(l) : List.of();
            }
            return List.of();
        }
        return List.of();
    }

    private record Inferred(List<Mention> mentions, String how) {
    }

    /**
     * The first coded free actor of the clause before a purpose verbal noun: from the last punctuation mark or clause
     * start before the trigger; null when the clause has none or only one (then the nearest rule decides).
     */
    private Mention purposeSubject(int anchor, int from, List<Mention> exclude, Set<Mention> taken) {
        int start = from;
        for (int j = anchor - 1; j > from; j--) {
            if (toks.get(j).isPunct()) {
                start = j + 1;
                break;
            }
        }
        Mention first = null;
        int free = 0;
        for (Mention c : mentions) {
            if (c.firstToken() < start || c.lastToken() >= anchor) continue;
            if (oblique.test(c) && !org.tawazun.actor.MentionFinder.affiliated(toks, c) || taken.contains(c) || isPossessor(c)
                    || !c.hasCode() || !allowed(c, exclude)) continue;
            if (first == null || c.firstToken() > first.lastToken()) free++;
            if (first == null) first = c;
        }
        return free >= 2 ? first : null;
    }

    private Inferred infer(PatternMatcher.Match m, Sentence s, List<Mention> rec, boolean codedOnly) {
        int anchor = m.anchor();
        boolean verbal = m.verbal();
        List<Mention> exclude = rec;
        Set<Mention> taken = new HashSet<>(rec);
        // an English participle clause after a comma takes the sentence's subject ("..., accusing it of ...")
        if (!arabic && verbal && anchor > s.firstToken() && toks.get(anchor - 1).norm().equals(",")
                && toks.get(anchor).norm().endsWith("ing")) {
            for (Mention c : mentions) {
                if (c.firstToken() < s.firstToken() || oblique.test(c) || isPossessor(c)) continue;
                if (c.firstToken() >= anchor) break;
                if (c.hasCode() && allowed(c, exclude) && !taken.contains(c)) return new Inferred(group(c), "subject of the main clause");
            }
        }
        // 2. agent of a verbal noun
        if (!verbal) {
            List<Mention> ms = byFirst.get(anchor + 1);
            if (ms != null) {
                Mention c = ms.get(0);
                if (!oblique.test(c) && !taken.contains(c) && allowed(c, exclude) && c.hasCode()) {
                    return new Inferred(group(c), "genitive agent of the verbal noun");
                }
            }
            Analysis r = m.reading();
            boolean suffixBound = m.recipient() != null && m.recipient().isPronoun() && m.recipient().pronounToken() == anchor;
            if (arabic && r.hasSuffix() && !suffixBound && isThirdPerson(r.suffix())) {
                List<Mention> p = pronoun(PatternMatcher.Binding.pronoun(anchor, r.suffix()), exclude, s);
                if (!p.isEmpty()) return new Inferred(p, "possessive suffix of the verbal noun");
            }
        }
        // first person inside a quotation or reported speech is its speaker (نحتفظ بحق الرد» قالت الخارجية; "we will
        // deal sternly against it," said Seoul), not the state the quote names before the verb
        if (judgementInQuote(m, s)) {
            List<Mention> sp = speaker(m, s, exclude);
            if (!sp.isEmpty()) return new Inferred(sp, "the speaker of the quotation (a judgement)");
        }
        if (firstPerson(m, s)) {
            List<Mention> sp = speaker(m, s, exclude);
            // a state the quotation names before "we" is not who speaks (if North Korea stages ..., we will deal)
            return new Inferred(sp, sp.isEmpty() ? "none (first person; the speaker is not named)" : "the speaker of the quotation (first person)");
        }
        // a circumstantial participle right after a comma (، مطالبةً السلطات الإكوادورية ب; ، داعيا إلى) describes
        // the subject of the sentence's main verb, not of the clause it follows (وأكدت الوزيرة أن الطاقم سيغادر كيتو،
        // مطالبة ...): the sentence's first free actor
        if (arabic && !verbal && anchor > s.firstToken() && toks.get(anchor - 1).norm().equals(",")
                && circumstantial.test(toks.get(anchor).norm())) {
            for (Mention c : mentions) {
                if (c.firstToken() < s.firstToken() || oblique.test(c) || isPossessor(c) || taken.contains(c)) continue;
                if (c.firstToken() >= anchor) break;
                if (c.hasCode() && allowed(c, exclude)) return new Inferred(group(c), "subject of the main clause (a circumstantial participle)");
            }
        }
        // 3. nearest free actor before the trigger, not across the start of reported speech
        Mention agentOnly = null;
        boolean anyBefore = false;
        int from = reportedClauseStart(anchor, s);
        // a verbal noun of purpose (اقتحمت عناصر من الشرطة السفارة المكسيكية لاعتقال ...) is done by the subject of the
        // verb it serves, which comes before that verb's object: the first free actor of the clause, not the nearest
        if (arabic && !verbal && m.reading().hasPrefix('\u0644')) {
            Mention first = purposeSubject(anchor, from, exclude, taken);
            if (first != null) return new Inferred(groupEndingAt(mentions.indexOf(first)), "subject of the clause the purpose serves");
        }
        if (!arabic && verbal) {
            int obj = infinitiveSubject(anchor, s);
            if (obj >= 0 && allowed(mentions.get(obj), exclude) && !taken.contains(mentions.get(obj))) {
                return new Inferred(groupEndingAt(obj), INFINITIVE_SUBJECT);
            }
        }
        if (!arabic) {
            Mention sp = speakerOfThirdPerson(from, s, exclude, taken);
            if (sp != null) return new Inferred(groupEndingAt(mentions.indexOf(sp)), "the speaker (he, it, they after 'said that')");
        }
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention c = mentions.get(k);
            if (c.lastToken() >= anchor) continue;
            if (c.firstToken() < from) break;
            if (oblique.test(c) && !subjectOfSubordinate(c, m) && !(arabic && org.tawazun.actor.MentionFinder.affiliated(toks, c))
                    || taken.contains(c) || isPossessor(c) || afterDirection(c)) continue;
            anyBefore = true;
            if (!allowed(c, exclude)) continue;
            if (c.hasCode()) {
                int head = arabic ? -1 : appositionHead(c, anchor, s);
                if (head >= 0 && allowed(mentions.get(head), exclude)) return new Inferred(groupEndingAt(head), "subject before an apposition");
                return new Inferred(groupEndingAt(k), "nearest subject before the trigger");
            }
            if (agentOnly == null && !codedOnly) agentOnly = c;
        }
        if (agentOnly != null) return new Inferred(List.of(agentOnly), "nearest subject before the trigger");
        // بلاده، بلادها (his / her country) before the trigger: the country of the person it refers to, usually the
        // speaker (قال الرئيس التركي إن بلاده ستفرض عقوبات)
        if (arabic) {
            for (int j = anchor - 1; j >= from; j--) {
                for (Analysis a : toks.get(j).analyses()) {
                    if (a.stem().equals(BILAD) && !a.article() && isThirdPerson(a.suffix())) {
                        List<Mention> p = pronoun(PatternMatcher.Binding.pronoun(j, a.suffix()), exclude, s);
                        if (!p.isEmpty()) return new Inferred(p, "his or her country (بلاده)");
                    }
                }
            }
            // a title of address with a pronoun (سموه، فخامته، معاليه: His Highness) in the trigger's clause, before it
            // or in the few words after it (اتصال هاتفي تلقاه سموه من ...), is the person it refers to, named before
            Inferred titled = titleWithPronoun(anchor, from, s, exclude);
            if (titled != null) return titled;
        }
        // 4. a verb with no subject in its sentence: the previous sentence's first free actor (وأضافت ...)
        if (!anyBefore && verbal && s.index() > 0) {
            Sentence prev = doc.sentences().get(s.index() - 1);
            for (Mention c : mentions) {
                if (c.firstToken() < prev.firstToken() || oblique.test(c)) continue;
                if (c.firstToken() >= prev.endToken()) break;
                if (c.hasCode() && allowed(c, exclude)) return new Inferred(group(c), "subject of the previous sentence");
            }
        }
        return new Inferred(List.of(), "none");
    }

    /** How many words after the trigger a title of address with a pronoun may stand (تلقاه سموه). */
    private static final int TITLE_REACH = 3;

    private Inferred titleWithPronoun(int anchor, int from, Sentence s, List<Mention> exclude) {
        int end = Math.min(s.endToken(), anchor + 1 + TITLE_REACH);
        for (int j = from; j < end; j++) {
            Token t = toks.get(j);
            if (j > anchor && t.isPunct()) break;
            if (j == anchor || !t.isArabic()) continue;
            for (Analysis a : t.analyses()) {
                if (a.hasSuffix() && isThirdPerson(a.suffix()) && fw.isForm(a.stem(), FunctionWords.Cls.HONORIFIC)) {
                    List<Mention> p = titled(j, a.suffix(), exclude, s);
                    if (!p.isEmpty()) return new Inferred(p, "the person a title of address refers to (سموه)");
                }
            }
        }
        return null;
    }

    /**
     * The person a title of address with a pronoun refers to: the first free (not oblique) mention that agrees, in
     * its sentence before it, else in the sentence before, else the one before that — the subject a news item is about
     * (the emir who took the call, not the president he heard from; the minister who received, not his guest).
     */
    private List<Mention> titled(int tok, String suffix, List<Mention> exclude, Sentence s) {
        char want = wanted(suffix);
        for (int si = s.index(); si >= Math.max(0, s.index() - 2); si--) {
            Sentence in = doc.sentences().get(si);
            for (Mention c : mentions) {
                if (c.firstToken() < in.firstToken()) continue;
                if (c.lastToken() >= tok || c.firstToken() >= in.endToken()) break;
                if (!c.hasCode() || oblique.test(c) || isPossessor(c) || !allowed(c, exclude)
                        || !org.tawazun.actor.PronounResolver.agrees(c.gender(), want)) continue;
                Token t = toks.get(tok);
                int start = suffixStart(t, suffix);
                return List.of(new Mention(start, t.end(), doc.text().substring(start, t.end()), c.actor(), "coref",
                        tok, tok, false, c.gender(), false));
            }
        }
        return List.of();
    }

    /** نحن (we), normalized. */
    private static final String NAHNU = "\u0646\u062D\u0646";
    /** English first-person subject pronouns. */
    private static final Set<String> EN_FIRST = Set.of("we", "i");
    /** English words that may stand between a subject pronoun and its verb (we will not; I have also). */
    private static final Set<String> EN_AUX = Set.of("will", "would", "shall", "should", "must", "can", "could", "may", "might",
            "not", "n't", "never", "also", "then", "are", "am", "have", "'ve", "'ll", "do", "did", "be", "going", "to", "were", "was");

    /**
     * The trigger is a verb in the first person inside a quotation or reported speech: an Arabic imperfect with the
     * first-person plural prefix (نحتفظ، سنرد، ونرفض) or نحن right before it; English "we" or "I" as its subject (we will
     * deal sternly; I reject). Only inside quotation marks or after a speech verb's colon, where "we" is the speaker.
     */
    /**
     * A disapproving judgement inside a quotation with no party named before it in the quote ("It is unacceptable
     * that ...," Albares said; «من غير المقبول أن ...» قال الوزير): the one who judges is the speaker.
     */
    private boolean judgementInQuote(PatternMatcher.Match m, Sentence s) {
        if (!m.pattern().id().contains(".judge:")) return false; // the judgement patterns: من المؤسف أن، It is unacceptable that
        int open = quoteOpenBefore(m.anchor(), s);
        if (open < 0) return false;
        for (Mention c : mentions) {
            if (c.lastToken() >= m.anchor()) break;
            if (c.start() >= open && c.hasCode() && !oblique.test(c)) return false;
        }
        return true;
    }

    private boolean firstPerson(PatternMatcher.Match m, Sentence s) {
        if (!m.verbal()) return false;
        int a = m.anchor();
        boolean first = false;
        if (arabic) {
            String st = m.reading().stem();
            if (m.imperfect() && st.length() > 2) {
                if (st.charAt(0) == '\u0633' && st.charAt(1) == '\u0646') st = st.substring(1); // سنرد
                first = st.charAt(0) == '\u0646';
            }
            for (int j = a - 1; !first && j >= Math.max(s.firstToken(), a - 2); j--) {
                if (toks.get(j).isPunct()) break;
                first = toks.get(j).norm().equals(NAHNU);
            }
        } else {
            for (int j = a - 1; j >= Math.max(s.firstToken(), a - 5); j--) {
                String w = toks.get(j).norm().toLowerCase(java.util.Locale.ROOT);
                if (EN_FIRST.contains(w)) {
                    first = true;
                    break;
                }
                if (!EN_AUX.contains(w) && !w.endsWith("ly")) break;
            }
        }
        return first && (quoteOpenBefore(a, s) >= 0 || speechColonBefore(a, s) >= 0);
    }

    private static boolean opens(char c) {
        return c == '\u00AB' || c == '\u201C';
    }

    private static boolean closes(char c) {
        return c == '\u00BB' || c == '\u201D';
    }

    /**
     * The raw offset of the quotation mark that opens the quotation holding token {@code a}, in its sentence, or
     * -1; a quotation that began in an earlier sentence (the sentence starts inside it) gives the sentence start.
     */
    private int quoteOpenBefore(int a, Sentence s) {
        String raw = doc.text();
        int open = -1;
        boolean straight = false;
        int from = toks.get(s.firstToken()).start(), to = toks.get(a).start();
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (opens(c)) open = i;
            else if (closes(c)) open = -1;
            else if (c == '"') {
                straight = !straight;
                open = straight ? i : -1;
            }
        }
        if (open >= 0) return open;
        // no mark before the trigger in the sentence, but a closing mark after it: the quote began earlier
        int end = toks.get(s.endToken() - 1).end();
        for (int i = toks.get(a).end(); i < Math.min(end + 1, raw.length()); i++) {
            char c = raw.charAt(i);
            if (opens(c)) return -1;
            if (closes(c) || c == '"') return from;
        }
        return -1;
    }

    /** A colon after a speech verb before the trigger (قالت الخارجية في بيان: نحتفظ): the token index of the colon, or -1. */
    private int speechColonBefore(int a, Sentence s) {
        for (int j = a - 1; j > s.firstToken(); j--) {
            if (!toks.get(j).norm().equals(":")) continue;
            for (int k = j - 1; k >= Math.max(s.firstToken(), j - 8); k--) if (speech(toks.get(k))) return j;
            return -1;
        }
        return -1;
    }

    private boolean speech(Token t) {
        return arabic ? fw.readsAs(t, FunctionWords.Cls.SPEECH) : fw.is(t, FunctionWords.Cls.SPEECH);
    }

    /**
     * True when a quotation mark opens or closes between two tokens: in the raw text between them, or as a token
     * between them or at {@code toTok}.
     */
    private boolean quoteMarkBetween(int fromTok, int toTok) {
        if (fromTok >= toTok) return false;
        String raw = doc.text();
        for (int i = toks.get(fromTok).end(); i < toks.get(toTok).end(); i++) {
            char c = raw.charAt(i);
            if (opens(c) || closes(c) || c == '"') return true;
        }
        return false;
    }

    /**
     * The speaker of the quotation that holds the trigger: the subject of a speech verb of the sentence outside the
     * quotation, the phrase right after it (قالت الخارجية الباكستانية; said Seoul) or right before it (Seoul said); when
     * the sentence has none, the speaker of the previous sentence's quotation ("...," the general said. "But if ...").
     */
    private List<Mention> speaker(PatternMatcher.Match m, Sentence s, List<Mention> exclude) {
        int a = m.anchor();
        int open = quoteOpenBefore(a, s);
        // the quotation's token range: from its opening mark to its closing mark (or the sentence end)
        int qFrom = s.firstToken(), qTo = s.endToken() - 1;
        if (open >= 0) {
            for (int j = s.firstToken(); j < a; j++) if (toks.get(j).start() >= open) {
                qFrom = j;
                break;
            }
            if (open == toks.get(s.firstToken()).start() && !startsWithMark(s)) qFrom = s.firstToken();
            for (int j = a + 1; j < s.endToken(); j++) {
                if (quoteMarkBetween(j - 1, j)) {
                    qTo = j - 1;
                    break;
                }
            }
        } else {
            qFrom = speechColonBefore(a, s) + 1;
        }
        List<Mention> sp = speakerIn(s, qFrom, qTo, exclude);
        if (!sp.isEmpty()) return sp;
        if (qTo >= s.endToken() - 2 && s.index() + 1 < doc.sentences().size()) {
            // the quotation runs on into the next sentence, which closes it and names the speaker ("We condemn
            // this ... international law," Thailand's acting Prime Minister told reporters)
            Sentence next = doc.sentences().get(s.index() + 1);
            for (int j = next.firstToken() + 1; j < next.endToken(); j++) {
                if (quoteMarkBetween(j - 1, j)) {
                    sp = speakerIn(next, next.firstToken(), j - 1, exclude);
                    if (!sp.isEmpty()) return sp;
                    break;
                }
            }
        }
        if (s.index() == 0) return sp;
        if (qFrom > s.firstToken() + 1 || qTo < s.endToken() - 2) return sp; // the sentence has its own frame
        Sentence prev = doc.sentences().get(s.index() - 1);
        return speakerIn(prev, prev.endToken(), prev.endToken(), exclude);
    }

    /**
     * English: the tokens from {@code from} to {@code to} (exclusive) are at most three capitalized words, the name of
     * a person the gazetteer does not know between an office and its speech verb (Prime Minister Phumtham Wechayachai
     * told).
     */
    private boolean namesBetween(int from, int to) {
        if (arabic || to - from > 3 || to <= from) return false;
        for (int j = from; j < to; j++) {
            Token t = toks.get(j);
            if (!t.isWord()) return false;
            String raw = doc.text().substring(t.start(), t.end());
            if (raw.isEmpty() || !Character.isUpperCase(raw.charAt(0))) return false;
        }
        return true;
    }

    private boolean startsWithMark(Sentence s) {
        String raw = doc.text();
        int i = toks.get(s.firstToken()).start();
        return i < raw.length() && (opens(raw.charAt(i)) || raw.charAt(i) == '"');
    }

    /**
     * The subject of a speech verb of sentence {@code s} that lies outside the token range {@code qFrom..qTo}: the
     * coded mention within three words after the verb (Arabic verb-subject order; "said Seoul") with no preposition
     * before it, else the one ending within two words before the verb ("Seoul said", "the general said").
     */
    private List<Mention> speakerIn(Sentence s, int qFrom, int qTo, List<Mention> exclude) {
        for (int v = s.firstToken(); v < s.endToken(); v++) {
            if (v >= qFrom && v <= qTo || !speech(toks.get(v))) continue;
            for (int k = 0; k < mentions.size(); k++) {
                Mention c = mentions.get(k);
                if (c.firstToken() <= v) continue;
                if (c.firstToken() > v + 3 || c.firstToken() >= s.endToken() || c.firstToken() >= qFrom && c.firstToken() <= qTo) break;
                if (quoteMarkBetween(v, c.firstToken())) break;
                if (c.hasCode() && !oblique.test(c) && allowed(c, exclude)) return group(c);
            }
            for (int k = mentions.size() - 1; k >= 0; k--) {
                Mention c = mentions.get(k);
                if (c.lastToken() >= v) continue;
                if (c.lastToken() < v - 2 && !namesBetween(c.lastToken() + 1, v) || c.lastToken() < s.firstToken()
                        || c.lastToken() >= qFrom && c.lastToken() <= qTo) break;
                if (quoteMarkBetween(c.lastToken(), v)) break;
                if (c.hasCode() && !oblique.test(c) && allowed(c, exclude)) return groupEndingAt(k);
            }
        }
        return List.of();
    }

    /**
     * Where the reported clause that contains the trigger starts: after a complementizer (أن، إن، بأن; that) that
     * follows a speech verb (قال، أعلن، أكد; said). In «قالت الخارجية الصينية إن اليابان أرسلت قوات» the speaker is
     * not the subject of أرسلت. A complementizer carrying a pronoun (إنها، أنه) points back to the speaker, so the
     * search may go on. Without reported speech, the sentence start.
     */
    private int reportedClauseStart(int anchor, Sentence s) {
        for (int j = anchor - 1; j > s.firstToken(); j--) {
            Token t = toks.get(j);
            boolean comp = arabic ? fw.readsAs(t, FunctionWords.Cls.COMPLEMENTIZER) : fw.is(t, FunctionWords.Cls.COMPLEMENTIZER);
            if (!comp) continue;
            boolean pronoun = false;
            for (Analysis a : t.analyses()) pronoun |= a.hasSuffix() && isThirdPerson(a.suffix()) && fw.isForm(a.stem(), FunctionWords.Cls.COMPLEMENTIZER);
            if (pronoun && !fw.isForm(t.norm(), FunctionWords.Cls.COMPLEMENTIZER)) return s.firstToken();
            for (int k = j - 1; k >= Math.max(s.firstToken(), j - 8); k--) {
                Token v = toks.get(k);
                if (arabic ? fw.readsAs(v, FunctionWords.Cls.SPEECH) : fw.is(v, FunctionWords.Cls.SPEECH)) return j + 1;
            }
        }
        return s.firstToken();
    }

    /** English third-person subject pronouns. */
    private static final Set<String> EN_THIRD = Set.of("he", "she", "it", "they");

    /**
     * English: a reported clause that opens with a third-person pronoun (Nigeria announced that it will withdraw; the
     * president said that he would extend the curfew) is most often about the speaker, the subject of the speech verb
     * before "that": the nearest free coded mention before that verb. Null when the clause does not open so.
     */
    private Mention speakerOfThirdPerson(int from, Sentence s, List<Mention> exclude, Set<Mention> taken) {
        if (from <= s.firstToken() + 1 || from >= s.endToken()) return null;
        if (!EN_THIRD.contains(toks.get(from).norm().toLowerCase(java.util.Locale.ROOT))) return null;
        int verb = -1;
        for (int k = from - 2; k >= Math.max(s.firstToken(), from - 10); k--) {
            if (fw.is(toks.get(k), FunctionWords.Cls.SPEECH)) {
                verb = k;
                break;
            }
        }
        if (verb < 0) return null;
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention c = mentions.get(k);
            if (c.lastToken() >= verb) continue;
            if (c.firstToken() < s.firstToken()) break;
            if (oblique.test(c) || taken.contains(c) || isPossessor(c) || !c.hasCode()) continue;
            return allowed(c, exclude) ? c : null;
        }
        return null;
    }

    /**
     * English "Pakistan, a key U.S. ally, has refused": when the candidate stands in an aside between commas that
     * closes right before the verb (at most three words between), the subject is the coded mention that ends right
     * before the aside opens. Returns its index in the mention list, or -1.
     */
    private int appositionHead(Mention c, int anchor, Sentence s) {
        int close = -1;
        for (int j = anchor - 1; j > c.lastToken() && j >= anchor - 4; j--) {
            if (toks.get(j).norm().equals(",")) {
                close = j;
                break;
            }
        }
        if (close < 0) return -1;
        for (int j = close + 1; j < anchor; j++) if (toks.get(j).isPunct()) return -1;
        int open = -1;
        for (int j = c.firstToken() - 1; j >= Math.max(s.firstToken(), c.firstToken() - 8); j--) {
            if (toks.get(j).isPunct()) {
                if (toks.get(j).norm().equals(",")) open = j;
                break;
            }
        }
        if (open <= s.firstToken()) return -1;
        for (int k = 0; k < mentions.size(); k++) {
            Mention h = mentions.get(k);
            if (h.lastToken() == open - 1 && h.hasCode() && !oblique.test(h) && !isPossessor(h)) return k;
        }
        return -1;
    }

    /**
     * A state after a direction noun is its genitive and names a place, never the subject (ضربة جوية أميركية في
     * شمال العراق، أدت ...: the strike is the subject, not Iraq).
     */
    private boolean afterDirection(Mention c) {
        return arabic && c.firstToken() > 0 && org.tawazun.actor.MentionFinder.directionNoun(toks.get(c.firstToken() - 1));
    }

    /** English words that are prepositions before a noun but conjunctions before a clause (after Japan accused China). */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "until", "as");

    /**
     * English "after Japan accused China": a mention right after "after", "since", "before" and right before the
     * verb trigger is the subject of a subordinate clause, not the object of a preposition.
     */
    private boolean subjectOfSubordinate(Mention c, PatternMatcher.Match m) {
        if (arabic || !m.verbal() || c.lastToken() + 1 != m.anchor() || c.firstToken() == 0) return false;
        int p = c.firstToken() - 1;
        if (p > 0 && toks.get(p).norm().equals("the")) p--;
        return SUBORDINATORS.contains(toks.get(p).norm());
    }

    /** A candidate may fill a role unless it names the same party as one of {@code others}. */
    private static boolean allowed(Mention c, List<Mention> others) {
        if (c.actor().code() == null) return true;
        for (Mention o : others) if (sameParty(c, o)) return false;
        return true;
    }

    /**
     * Two mentions name the same party when their codes agree and their sectors do not tell them apart: Iraq and
     * the Iraqi government are one party; Iraqi rebels and Iraqi police, or Israelis protesting against the Israeli
     * government, are two (domestic events have both sides in one country).
     */
    static boolean sameParty(Mention a, Mention b) {
        String ca = a.actor().code(), cb = b.actor().code();
        if (ca == null || !ca.equals(cb)) return false;
        String sa = sector(a), sb = sector(b);
        return sa == null || sb == null || sa.equals(sb) || a.actor().country() == null;
    }

    /** The sector a mention stands for: a people noun (الإسرائيليين، Israelis) is the population, CVL. */
    private static String sector(Mention m) {
        if (m.actor().sector() != null) return m.actor().sector();
        return "adjective".equals(m.via()) ? "CVL" : null;
    }

    private List<Mention> explicit(PatternMatcher.Binding b, boolean codedOnly) {
        if (b == null || b.isPronoun()) return new ArrayList<>();
        return codedOnly ? coded(b.mentions()) : new ArrayList<>(b.mentions());
    }

    /** Only mentions that name a state, organization or region (not a bare "the army", "the ministry"). */
    private static List<Mention> coded(List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        for (Mention m : ms) if (m.hasCode()) out.add(m);
        return out;
    }

    /** English "Sweden's application": the possessor is not the subject of the clause. */
    private boolean isPossessor(Mention c) {
        return !arabic && c.lastToken() + 1 < toks.size() && toks.get(c.lastToken() + 1).norm().equals("'s");
    }

    /**
     * A passive trigger names its victim, not its agent, so no actor is inferred: Arabic تم/جرى + verbal noun
     * (تم الإفراج عن), English was/were/been + past participle (Iran was attacked).
     */
    /**
     * English: a passive whose agent the pattern's own slot bound (was accused of ... by prosecutors; was put under
     * investigation in France) and that has no recipient slot has as its patient the subject before the verb.
     */
    private List<Mention> englishPassivePatient(PatternMatcher.Match m, Sentence s, List<Mention> act) {
        if (arabic || m.subjectIsRecipient() || m.pattern().has(org.tawazun.coding.Element.Kind.RECIPIENT)) return List.of();
        Inferred patient = infer(m, s, act, false);
        List<Mention> out = new ArrayList<>(patient.mentions);
        out.removeAll(act);
        return out;
    }

    private boolean passive(PatternMatcher.Match m, Sentence s) {
        int a = m.anchor();
        if (arabic && fw.readsAs(toks.get(a), FunctionWords.Cls.PASSIVE_AUX)) return true; // a pattern that starts with تم: تم اغتصاب
        for (int j = a - 1; j >= Math.max(s.firstToken(), a - 2); j--) {
            Token t = toks.get(j);
            if (arabic ? !m.verbal() && fw.readsAs(t, FunctionWords.Cls.PASSIVE_AUX) : fw.is(t, FunctionWords.Cls.PASSIVE_AUX)
                    && m.verbal() && !m.imperfect()) {
                return true;
            }
            if (!arabic && !fw.is(t, FunctionWords.Cls.NEG) && !t.norm().endsWith("ly")) break;
            if (arabic) break;
        }
        return false;
    }


    private List<Mention> group(Mention m) {
        int idx = mentions.indexOf(m);
        List<Mention> out = new ArrayList<>(2);
        out.add(m);
        for (int k = idx + 1; k < mentions.size(); k++) {
            Mention n = mentions.get(k);
            Mention last = out.get(out.size() - 1);
            if (n.firstToken() == last.firstToken() || n.coordinated() && n.firstToken() > last.lastToken()) out.add(n);
            else break;
        }
        return out;
    }

    /** How an actor taken as the object of allow, ask, urge ... is reported: it announced nothing itself. */
    static final String INFINITIVE_SUBJECT = "subject of the infinitive (the object of allow, ask, urge ...)";

    /** English verbs whose object is the subject of the infinitive after it (allow India to deliver). */
    private static final Set<String> EN_CAUSATIVES = Set.of("allow", "allows", "allowed", "allowing", "permit", "permits",
            "permitted", "permitting", "let", "lets", "letting", "ask", "asks", "asked", "asking", "urge", "urges", "urged",
            "urging", "enable", "enables", "enabled", "enabling", "authorize", "authorized", "authorise", "authorised",
            "invite", "invites", "invited", "inviting", "encourage", "encouraged", "press", "pressed", "pressure",
            "pressured", "persuade", "persuaded", "order", "ordered", "force", "forced", "help", "helped", "call", "called");

    /**
     * English "allow India — with which ... — to deliver": the index of the coded mention that is the object of a
     * causative verb and so the subject of the infinitive at {@code anchor} (an aside between dashes or commas may
     * stand between it and "to"); -1 when the infinitive has no such subject. "called on X to" counts too.
     */
    private int infinitiveSubject(int anchor, Sentence s) {
        int j = anchor - 1;
        if (j <= s.firstToken() || !toks.get(j).norm().equals("to")) return -1;
        j--;
        String d = toks.get(j).norm();
        if (d.equals("\u2014") || d.equals("\u2013") || d.equals("-") || d.equals(",")) {
            int k = j - 1;
            while (k > s.firstToken() && k > j - 16 && !toks.get(k).norm().equals(d)) k--;
            if (k <= s.firstToken() || !toks.get(k).norm().equals(d)) return -1;
            j = k - 1;
        }
        for (int idx = mentions.size() - 1; idx >= 0; idx--) {
            Mention c = mentions.get(idx);
            if (c.lastToken() != j || !c.hasCode()) continue;
            int first = groupEndingAt(idx).get(0).firstToken();
            int v = first - 1;
            if (v > s.firstToken() && toks.get(v).norm().equals("the")) v--;
            if (v > s.firstToken() && (toks.get(v).norm().equals("on") || toks.get(v).norm().equals("upon"))) v--;
            return v >= s.firstToken() && EN_CAUSATIVES.contains(toks.get(v).norm()) ? idx : -1;
        }
        return -1;
    }

    private List<Mention> groupEndingAt(int idx) {
        int k = idx;
        while (k > 0 && (mentions.get(k).coordinated() || mentions.get(k - 1).firstToken() == mentions.get(k).firstToken())) k--;
        return new ArrayList<>(mentions.subList(k, idx + 1));
    }

    private static boolean isThirdPerson(String suffix) {
        return suffix.equals("\u0647") || suffix.equals("\u0647\u0627") || suffix.equals("\u0647\u0645")
                || suffix.equals("\u0647\u0645\u0627") || suffix.equals("\u0647\u0646");
    }

    /**
     * Resolves a pronoun to the nearest earlier actor (current and two previous sentences) whose gender and
     * number fit and whose code is not excluded; the mention returned keeps the pronoun's own span.
     */
    private List<Mention> pronoun(PatternMatcher.Binding b, List<Mention> exclude, Sentence s) {
        int tok = b.pronounToken();
        char want = wanted(b.pronoun());
        int minToken = doc.sentences().get(Math.max(0, s.index() - 2)).firstToken();
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention c = mentions.get(k);
            if (c.lastToken() >= tok) continue;
            if (c.firstToken() < minToken) break;
            if (!c.hasCode() || !allowed(c, exclude) || !org.tawazun.actor.PronounResolver.agrees(c.gender(), want)) continue;
            Token t = toks.get(tok);
            int start = arabic ? suffixStart(t, b.pronoun()) : t.start();
            return List.of(new Mention(start, t.end(), doc.text().substring(start, t.end()), c.actor(), "coref",
                    tok, tok, false, c.gender(), false));
        }
        return new ArrayList<>();
    }

    private int suffixStart(Token t, String suffix) {
        var nt = doc.normalized();
        int normIdx = t.normStart() + t.norm().length() - suffix.length();
        return nt.rawStart(normIdx);
    }

    private char wanted(String p) {
        return switch (p) {
            case "\u0647\u0627" -> 'f';
            case "\u0647" -> 'm';
            case "\u0647\u0645", "\u0647\u0646" -> 'p';
            case "\u0647\u0645\u0627" -> 'd';
            default -> '?';
        };
    }
}
