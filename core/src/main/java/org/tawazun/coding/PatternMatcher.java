package org.tawazun.coding;

import org.tawazun.model.Mention;
import org.tawazun.model.Sentence;
import org.tawazun.text.Analysis;
import org.tawazun.text.FunctionWords;
import org.tawazun.text.NormalizedText;
import org.tawazun.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the lexicon's patterns in one sentence. For each token, the anchor index gives the candidate patterns; the
 * elements after the anchor are matched rightwards and those before it leftwards, trying gap lengths from short
 * to long and taking the first complete match. Slots bind actor mentions with their coordinated conjuncts, or the
 * pronoun suffix of the preceding word (عليها، تزويدها). A slot right after the trigger or after a gap takes only
 * a phrase no preposition governs. Arabic verb–subject order: the subject after a verb (or the agent after a
 * verbal noun) is recorded and never bound as the object (زار الرئيس الروسي بكين).
 */
final class PatternMatcher {
    /** What a slot was filled with: mentions, or a pronoun suffix on a token. */
    record Binding(List<Mention> mentions, int pronounToken, String pronoun) {
        static Binding of(List<Mention> ms) {
            return new Binding(ms, -1, null);
        }

        static Binding pronoun(int token, String suffix) {
            return new Binding(List.of(), token, suffix);
        }

        boolean isPronoun() {
            return pronoun != null;
        }

        int lastToken() {
            return isPronoun() ? pronounToken : mentions.get(mentions.size() - 1).lastToken();
        }
    }

    /** A complete match of a pattern. */
    /**
     * A complete match. {@code subjectIsRecipient}: the phrase after the verb is the patient, not the agent — a
     * pattern flagged {@code subjrec} (تسلمت أوكرانيا: Ukraine received) or a counted phrase after a violence verb,
     * which undiacritized Arabic writes like a passive (قتل خمسة جنود: five soldiers were killed).
     */
    record Match(Pattern pattern, int anchor, Analysis reading, boolean verbal, boolean imperfect, Binding actor,
                 Binding recipient, Binding subject, boolean subjectIsRecipient, int first, int last) {
    }

    /** Types whose object phrase, when the pattern's own word names it (قتل جنديين، اعتقل صحفيين), is the recipient. */
    private static final Set<org.tawazun.ontology.PloverType> VICTIM_OBJECT = java.util.EnumSet.of(
            org.tawazun.ontology.PloverType.ASSAULT, org.tawazun.ontology.PloverType.COERCE);

    private static final Set<String> THIRD_PERSON = Set.of("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646");
    private static final Set<String> EN_PRONOUNS = Set.of("it", "them", "him", "her");

    private final PatternLexicon lexicon;
    private final FunctionWords fw;
    private final boolean arabic;
    private final List<Token> toks;
    private final NormalizedText nt;
    private final Map<Integer, List<Mention>> byFirst;
    private final Map<Integer, List<Mention>> byLast;
    private final List<Mention> mentions;
    private final org.tawazun.actor.Gazetteer guard;
    private java.util.BitSet numberStarts;
    private java.util.BitSet numberEnds;

    /**
     * Tokens where a number starts and where one ends (from the text layer's numbers), for counted phrases after
     * violence verbs and a count before a slot's party (a hedge may open the number: "over two").
     */
    void numbers(java.util.BitSet starts, java.util.BitSet ends) {
        this.numberStarts = starts;
        this.numberEnds = ends;
    }

    PatternMatcher(PatternLexicon lexicon, FunctionWords fw, List<Token> toks, NormalizedText nt, List<Mention> mentions,
                   Map<Integer, List<Mention>> byFirst, Map<Integer, List<Mention>> byLast, org.tawazun.actor.Gazetteer guard) {
        this.guard = guard;
        this.lexicon = lexicon;
        this.fw = fw;
        this.arabic = "ar".equals(lexicon.lang());
        this.toks = toks;
        this.nt = nt;
        this.mentions = mentions;
        this.byFirst = byFirst;
        this.byLast = byLast;
    }

    /** Mutable bindings while matching one pattern. */
    private static final class State {
        Binding actor;
        Binding recipient;
        Binding subject;
        /** The phrase right after the verb when the pattern's next word matched it: the verb's object. */
        Binding object;
        int first;
        int last;
    }

    /** Tokens inside date expressions, for the sentence being matched. */
    private java.util.BitSet dates = new java.util.BitSet();

    private boolean inDate(int token) {
        return dates.get(token);
    }

    /** A comma right after a date closes the time adverbial, not the clause (احتجز الحرس الثوري اليوم الجمعة، ناقلة). */
    private boolean afterDate(int token) {
        return token > 0 && toks.get(token).norm().equals(",") && dates.get(token - 1);
    }

    List<Match> match(Sentence s, java.util.BitSet inDates) {
        this.dates = inDates;
        List<Match> out = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = toks.get(i);
            if (!t.isWord() || inDates.get(i)) continue; // "March 10" is a date, not a march
            Analysis known = knownReading(t);
            // after a preposition, an English determiner or an Arabic noun that heads a construct with a verbal
            // noun (عمليات خطف، محاولة اغتيال، تكرار قتل), a form that could be a verb is the verbal noun
            int afterPrep = -1; // computed when a candidate needs it: 1 after a preposition or construct head, 0 not
            for (Analysis a : t.analyses()) {
                if (!compatible(a, known)) continue; // وزارة is not و + زار + ه
                List<Pattern> cands = lexicon.anchoredAt(a.stem());
                if (a.article()) cands = concat(cands, lexicon.anchoredAt(a.form()));
                for (Pattern p : cands) {
                    Element anchor = p.anchorElement();
                    Integer bits = anchor.forms().get(a.stem());
                    if (bits == null) bits = anchor.forms().get(a.form());
                    if (bits == null || alreadyMatched(out, p, i)) continue;
                    // a form that is both a verb and a verbal noun (طرد، فرض، دعم) is tried as a verb, then as a noun
                    for (boolean verbal : new boolean[]{true, false}) {
                        if (verbal && afterPrep < 0) afterPrep = afterPrep(i, s) ? 1 : 0;
                        if (verbal ? !Element.isVerb(bits) || !canBeVerb(a, bits, afterPrep == 1) : (bits & Element.NOUN) == 0) continue;
                        // English: after a modal a word is a verb, never the noun (we will deal sternly with it: no deal)
                        if (!verbal && !arabic && afterModal(i, s)) continue;
                        State st = new State();
                        st.subject = subjectAfter(i, a, verbal, s);
                        // اتهم X بـ: X is the accused (ندد ب، أدان: the ب phrase is what is condemned, X its subject)
                        if (verbal && st.subject != null && p.id().startsWith("ar:accuse.accuse:")
                                && accusedOf(st.subject)) st.subject = null;
                        if (!left(p, p.anchor() - 1, i - 1, s, st)) continue;
                        if (!right(p, p.anchor() + 1, i + 1, (char) 0, a, i, s, st, verbal)) continue;
                        if (p.anchor() == 0) st.first = i;
                        if (p.anchor() == p.elements().length - 1) st.last = i;
                        boolean imperfect = verbal && (bits & Element.IMPERFECT) != 0 && (bits & Element.PERFECT) == 0;
                        boolean patient = st.subject != null && (p.subjRec()
                                || p.type() == org.tawazun.ontology.PloverType.ASSAULT && verbal && counted(i + 1));
                        Binding subject = st.subject;
                        if (st.object != null && st.recipient == null && VICTIM_OBJECT.contains(p.type())) {
                            subject = st.object; // the victims named by the pattern's word are the recipient
                            patient = true;
                        }
                        out.add(new Match(p, i, a, verbal, imperfect, st.actor, st.recipient, subject, patient, st.first, st.last));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static final java.util.Set<String> EN_MODALS = java.util.Set.of("will", "would", "shall", "should", "can",
            "could", "must", "may", "might");

    /** English: a modal right before token {@code i}, or before "not" there (will deal, would not deal). */
    private boolean afterModal(int i, Sentence s) {
        int p = i - 1;
        if (p > s.firstToken() && toks.get(p).norm().equals("not")) p--;
        return p >= s.firstToken() && EN_MODALS.contains(toks.get(p).norm());
    }

    private boolean afterPrep(int i, Sentence s) {
        if (i <= s.firstToken()) return false;
        Token prev = toks.get(i - 1);
        // English "to" before a verb is the infinitive marker (plans to attack, tried to storm), not a preposition
        if (fw.is(prev, FunctionWords.Cls.PREP) && (arabic || !prev.norm().equals("to")) || !arabic && fw.is(prev, FunctionWords.Cls.DET)
                || arabic && lexicon.isWordOf("construct_head", prev)) return true;
        // a word joined by و to a bare verbal noun in such a position is a verbal noun too: عمليات خطف وقتل، بين قتل
        // وخطف المسلحين (not after a definite or named word: في الهجوم وقتل اثنان، في بغداد وقتل خمسة)
        return arabic && i - 2 >= s.firstToken() && toks.get(i).norm().startsWith("\u0648") && prev.isWord()
                && !prev.norm().startsWith("\u0627\u0644") && !lexicon.anchoredAt(prev.norm()).isEmpty()
                && afterPrep(i - 1, s);
    }

    /**
     * Whether a reading can be a finite verb: not with the article (القتل، التظاهر), a ب or ك proclitic, or after a
     * preposition or (English) a determiner — those are verbal nouns; ل only before an imperfect (ليزور); a verb
     * takes no possessive ي (قتلى is not قتل + ي).
     */
    private boolean canBeVerb(Analysis a, int bits, boolean afterPrep) {
        if (afterPrep || a.article() || a.hasPrefix('\u0628') || a.hasPrefix('\u0643')) return false;
        if (a.hasPrefix('\u0644') && (bits & Element.IMPERFECT) == 0) return false;
        return !a.suffix().equals("\u064A");
    }

    /** The reading of a token that is a word the gazetteer knows (a name, adjective or agent noun), or null. */
    private Analysis knownReading(Token t) {
        if (!t.isArabic() || guard == null) return null;
        for (Analysis a : t.analyses()) {
            if (!a.hasSuffix() && guard.startsEntry(a.form())) return a;
        }
        return null;
    }

    /** A reading that cuts into the known word (a suffix, or clitics stripped past its start) is not allowed. */
    private static boolean compatible(Analysis a, Analysis known) {
        return known == null || !a.hasSuffix() && a.stemStart() <= known.stemStart() + (known.article() ? 2 : 0);
    }

    private static boolean alreadyMatched(List<Match> out, Pattern p, int i) {
        for (Match m : out) if (m.pattern() == p && m.anchor() == i) return true;
        return false;
    }

    private static List<Pattern> concat(List<Pattern> a, List<Pattern> b) {
        if (b.isEmpty()) return a;
        if (a.isEmpty()) return b;
        List<Pattern> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ---------------------------------------------------------------- rightwards

    private boolean right(Pattern p, int k, int j, char pend, Analysis prev, int prevTok, Sentence s, State st, boolean verbal) {
        Element[] els = p.elements();
        if (k == p.anchor() + 1 && k < els.length && st.subject != null && pend == 0
                && (j == st.subject.mentions().get(0).firstToken() || j == prevTok + 1 && j < st.subject.mentions().get(0).firstToken()
                    && org.tawazun.actor.MentionFinder.affiliated(toks, st.subject.mentions().get(0)))) {
            // (a subject named by whose it is starts right after the verb: طائرة تابعة للجيش الأمريكي)
            // the pattern's own word right after the verb names what follows it: that phrase is the object, not
            // the subject (قتل جنديين، خطف موظف بريطاني: two soldiers were killed; the subject is elsewhere or dropped)
            int w = els[k].kind() == Element.Kind.GAP && k + 1 < els.length ? k + 1 : k; // a gap may be empty
            // ... unless another object follows it: then it was the subject (قتل مسلحون ثلاثة جنود: gunmen killed
            // three soldiers; خطف مسلحون أمس فرنسيا)
            if (els[w].isWordLike() && !objectAfter(st.subject.lastToken() + 1, s)) {
                Binding subj = st.subject;
                st.subject = null;
                st.object = subj;
                if (right(p, w, j, pend, prev, prevTok, s, st, verbal)) return true;
                st.subject = subj;
                st.object = null;
            }
            // verb–subject–object: the pattern continues after the subject (هددت طهران بالرد), and after a comma
            // that papers put between subject and object (فجرت كوريا الشمالية، مكتب الارتباط)
            j = st.subject.lastToken() + 1;
            if (j < s.endToken() && toks.get(j).norm().equals(",")) j++;
            prev = null;
            prevTok = j - 1;
        }
        if (k == els.length) {
            st.last = Math.max(prevTok, j - 1);
            return true;
        }
        Element e = els[k];
        int end = s.endToken();
        switch (e.kind()) {
            case WORD: {
                if (j >= end) return false;
                Analysis a = reading(toks.get(j), e.forms(), pend);
                return a != null && right(p, k + 1, j + 1, (char) 0, a, j, s, st, verbal);
            }
            case NUMBER: {
                if (j >= end || pend != 0 || !counted(j)) return false;
                return right(p, k + 1, j + 1, (char) 0, null, j, s, st, verbal);
            }
            case ANY: {
                if (j >= end || !toks.get(j).isWord() || pend != 0) return false;
                return right(p, k + 1, j + 1, (char) 0, toks.get(j).analyses()[0], j, s, st, verbal);
            }
            case CLITIC: {
                if (j >= end) return false;
                Token t = toks.get(j);
                if (!e.forms().isEmpty()) {
                    Analysis a = reading(t, e.forms(), (char) 0);
                    if (a != null && right(p, k + 1, j + 1, (char) 0, a, j, s, st, verbal)) return true;
                }
                if (t.norm().length() == 1 && e.clitics().contains(t.norm().charAt(0))
                        && right(p, k + 1, j + 1, (char) 0, null, j, s, st, verbal)) return true;
                for (char c : e.clitics()) {
                    if (hasProclitic(t, c) && right(p, k + 1, j, c, prev, prevTok, s, st, verbal)) return true;
                }
                return false;
            }
            case GAP: {
                // a date inside the gap counts as one word (قامت الجماعة في ديسمبر (كانون الأول) 2005 بخطف)
                for (int pos = j, words = 0; pos <= end; pos++) {
                    if (pos > j) {
                        if (blocks(toks.get(pos - 1)) && !opensAside(pos - 1, end) && !inDate(pos - 1) && !afterDate(pos - 1)
                                && !(e.crossesCommas() && subjectComma(pos - 1, end))) break;
                        if (e.crossesCommas() && opensReport(toks.get(pos - 1))) break;
                        if (!(inDate(pos - 1) && pos - 1 > j && inDate(pos - 2)) && !(e.crossesCommas() && isComma(toks.get(pos - 1)))
                                && ++words > e.max()) break;
                    }
                    if (right(p, k + 1, pos, (char) 0, pos == j ? prev : null, pos == j ? prevTok : pos - 1, s, st, verbal)) return true;
                }
                return false;
            }
            default:
                return slotRight(p, k, j, pend, prev, prevTok, s, st, verbal);
        }
    }

    private boolean slotRight(Pattern p, int k, int j, char pend, Analysis prev, int prevTok, Sentence s, State st, boolean verbal) {
        Element e = p.elements()[k];
        boolean isActor = e.kind() == Element.Kind.ACTOR;
        // (1) the pronoun suffix of the word just matched: عليها، تزويدها
        if (pend == 0 && prev != null && prev.hasSuffix() && THIRD_PERSON.contains(prev.suffix())) {
            set(st, isActor, Binding.pronoun(prevTok, prev.suffix()));
            if (right(p, k + 1, j, (char) 0, null, prevTok, s, st, verbal)) return true;
            set(st, isActor, null);
        }
        int end = s.endToken();
        if (j >= end) return false;
        // English: a determiner may stand between a preposition and its noun phrase (sanctions on the Taliban)
        if (!arabic && pend == 0 && fw.is(toks.get(j), FunctionWords.Cls.DET) && j + 1 < end && byFirst.containsKey(j + 1)) j++;
        // English: "the country's" before the noun it owns (talks with the country's military leadership)
        if (!arabic && pend == 0 && toks.get(j).norm().equals("the") && j + 3 < end
                && (toks.get(j + 1).norm().equals("country") || toks.get(j + 1).norm().equals("nation"))
                && toks.get(j + 2).norm().equals("'s") && byFirst.containsKey(j + 3)) j += 3;
        // English: and, after a preposition the pattern writes, a count (over two Israeli air raids, against 28
        // Chilean officials); after the trigger or a gap the count is the gap's to cover
        if (!arabic && pend == 0 && k > 0 && k - 1 != p.anchor() && p.elements()[k - 1].kind() == Element.Kind.WORD
                && !byFirst.containsKey(j) && numberEnds != null && numberEnds.get(j) && j + 1 < end && byFirst.containsKey(j + 1)) j++;
        // Arabic: a title of address may stand before the party (اتصال هاتفي من فخامة الرئيس، لسمو الأمير)
        if (arabic && j + 1 < end && byFirst.containsKey(j + 1) && !byFirst.containsKey(j)) {
            int len = pend == 0 ? fw.matchAt(toks, j, FunctionWords.Cls.HONORIFIC) : 0;
            Token t = toks.get(j);
            if (len == 0 && t.isArabic()) {
                for (Analysis a : t.analyses()) {
                    if ((pend == 0 || a.hasPrefix(pend)) && fw.isForm(a.stem(), FunctionWords.Cls.HONORIFIC)) {
                        len = 1;
                        break;
                    }
                }
            }
            if (len > 0 && byFirst.containsKey(j + len)) {
                j += len;
                pend = 0;
            }
        }
        // (2) an actor mention starting here (with its conjuncts); the subject that follows an Arabic verb is
        //     never its object: skip over it (زار الرئيس الروسي بكين)
        List<Mention> here = byFirst.get(j);
        if (here != null) {
            Mention m = here.get(0);
            if (st.subject != null && st.subject.mentions().get(0) == m && pend == 0) {
                return slotRight(p, k, st.subject.lastToken() + 1, (char) 0, null, st.subject.lastToken(), s, st, verbal);
            }
            boolean direct = k > 0 && (k - 1 == p.anchor() || p.elements()[k - 1].kind() == Element.Kind.GAP);
            if ((pend == 0 || hasClitic(toks.get(j), m, pend)) && !(direct && oblique(m))) {
                List<Mention> group = conjuncts(m);
                int after = group.get(group.size() - 1).lastToken() + 1;
                set(st, isActor, Binding.of(group));
                if (right(p, k + 1, after, (char) 0, null, after - 1, s, st, verbal)) return true;
                set(st, isActor, null);
            }
        }
        // (3) an English object pronoun
        if (!arabic && pend == 0 && EN_PRONOUNS.contains(toks.get(j).norm())) {
            set(st, isActor, Binding.pronoun(j, toks.get(j).norm()));
            if (right(p, k + 1, j + 1, (char) 0, null, j, s, st, verbal)) return true;
            set(st, isActor, null);
        }
        return false;
    }

    /**
     * True when the only phrase after an accusing verb is followed by the charge (واتهم رئيس بيلاروسيا بتشجيع فاغنر):
     * it is the accused, and the accuser is the subject the sentence dropped (or the verb is passive), not a subject
     * after the verb.
     */
    private boolean accusedOf(Binding subject) {
        int end = subject.mentions().get(subject.mentions().size() - 1).lastToken();
        if (end + 1 >= toks.size()) return false;
        Token next = toks.get(end + 1);
        if (!next.isArabic()) return false;
        for (Analysis a : next.analyses()) if (a.hasPrefix('\u0628')) return true;
        return false;
    }

    /**
     * The subject that follows an Arabic trigger, or null. After a verb, the first noun phrase (within two words)
     * is its subject unless a free actor precedes the verb in the sentence (then the order is subject–verb–object
     * and the phrase after the verb is the object). After a verbal noun, a first noun phrase is its agent only when
     * a second one follows it (احتجاز الحرس الثوري ناقلة), since a single genitive may be either.
     */
    private Binding subjectAfter(int anchor, Analysis reading, boolean verbal, Sentence s) {
        if (!arabic) return null;
        Mention m1 = null;
        for (int j = anchor + 1; j < Math.min(s.endToken(), anchor + 3); j++) {
            List<Mention> ms = byFirst.get(j);
            if (ms != null) {
                m1 = ms.get(0);
                break;
            }
            if (!toks.get(j).isWord()) return null;
        }
        if (m1 == null && verbal) m1 = affiliatedSubject(anchor, s);
        if (m1 == null && verbal) m1 = partitiveSubject(anchor, s);
        if (m1 == null || m1.oblique() && !org.tawazun.actor.MentionFinder.affiliated(toks, m1)) return null;
        List<Mention> g1 = conjuncts(m1);
        int end1 = g1.get(g1.size() - 1).lastToken();
        if (verbal) {
            int clause = clauseStart(anchor, s);
            // a verb with an object pronoun right after the noun it refers to describes that noun (غارة شنتها طائرة
            // تابعة للقوات الأميركية, الهجمات التي نفذتها الحركة): its subject follows, whoever is named before
            boolean describes = reading.hasSuffix() && THIRD_PERSON.contains(reading.suffix()) && anchor > s.firstToken()
                    && toks.get(anchor - 1).isWord() && byLast.get(anchor - 1) == null;
            for (Mention m : mentions) {
                if (describes) break;
                if (m.firstToken() >= anchor) break;
                if (m.firstToken() >= clause && !m.oblique() && m.hasCode()) return null;
            }
            if (continuesSubject(anchor, reading, clause, s, m1)) return null;
            return Binding.of(g1);
        }
        for (int j = end1 + 1; j < Math.min(s.endToken(), end1 + 3); j++) {
            List<Mention> ms = byFirst.get(j);
            if (ms != null) return ms.get(0).oblique() ? null : Binding.of(g1);
            if (!toks.get(j).isWord() || opensPhrase(toks.get(j))) return null;
        }
        return null;
    }

    /**
     * True when a word opens a phrase of its own, so that a noun phrase after it is its complement and not a second
     * one of the verbal noun before: a preposition, or a verbal noun of purpose with ل (اقتحام السفارة لاعتقال نائب
     * الرئيس: the embassy is what is raided, the vice-president whom the arrest is for).
     */
    private boolean opensPhrase(Token t) {
        if (fw.is(t, FunctionWords.Cls.PREP)) return true;
        for (Analysis a : t.analyses()) if (a.hasPrefix('\u0644') && !lexicon.anchoredAt(a.stem()).isEmpty()) return true;
        return false;
    }

    /**
     * A subject named by a count of its members (اقتحمت عناصر من الشرطة السفارة، قامت قوة من الجيش ب): a count word
     * right after the verb, partitive من, and the body, which the mention finder left free (not oblique) for the count.
     */
    private Mention partitiveSubject(int anchor, Sentence s) {
        int j = anchor + 3;
        if (j >= s.endToken() || !toks.get(anchor + 1).isWord() || !"\u0645\u0646".equals(toks.get(anchor + 2).norm())) return null;
        List<Mention> ms = byFirst.get(j);
        return ms != null && !ms.get(0).oblique() ? ms.get(0) : null;
    }

    /**
     * A subject named by whose it is: أطلقت طائرة بدون طيار تابعة لوكالة المخابرات الأميركية صواريخ, شنتها طائرة
     * تابعة للقوات الأميركية — a craft or unit (class {@code platform}) right after the verb, at most three of its
     * modifiers (class {@code platform_mod}), تابعة ل / موالية ل and the body. Any other noun before تابعة is the
     * object (قصفت طائرات مواقع تابعة لحزب الله: Hezbollah owns the target).
     */
    private Mention affiliatedSubject(int anchor, Sentence s) {
        int j = anchor + 1;
        if (j >= s.endToken() || !lexicon.isWordOf("platform", toks.get(j))) return null;
        j++;
        for (int mods = 0; j < s.endToken() && mods < 3 && lexicon.isWordOf("platform_mod", toks.get(j)); mods++) j++;
        if (j + 1 >= s.endToken()) return null;
        List<Mention> ms = byFirst.get(j + 1);
        return ms != null && org.tawazun.actor.MentionFinder.affiliated(toks, ms.get(0)) ? ms.get(0) : null;
    }

    /**
     * A verb joined by و right after a comma continues the previous clause and keeps its subject (pro-drop): قررت الصين
     * استدعاء سفيرها، وطالبت الحكومة الليتوانية بـ — China demanded of the Lithuanian government. The previous clause
     * must have opened with a verb whose subject is a coded actor of the same gender as this verb, and the phrase after
     * this verb must not be a reference to both parties (ووقع الجانبان مذكرة has a new subject).
     */
    private boolean continuesSubject(int anchor, Analysis reading, int clause, Sentence s, Mention after) {
        if (!reading.hasPrefix('\u0648') || clause != anchor || clause - 1 <= s.firstToken()
                || !toks.get(clause - 1).norm().equals(",")) return false;
        if (after.via() != null && after.via().equals("coref") || fw.is(toks.get(after.firstToken()), FunctionWords.Cls.REF_BOTH)) return false;
        int prevClause = clauseStart(clause - 1, s);
        Mention subject = null;
        for (Mention m : mentions) {
            if (m.firstToken() < prevClause) continue;
            if (m.firstToken() >= clause - 1) break;
            if (!m.oblique() && m.hasCode()) {
                subject = m;
                break;
            }
        }
        if (subject == null || subject.firstToken() > prevClause + 2) return false;
        return subject.gender() == '?' || after.gender() == '?' || verbGender(reading) == '?' || verbGender(reading) == subject.gender()
                || subject.gender() == 'p' && verbGender(reading) == 'f';
    }

    /** The gender a perfect verb form shows: ت at the end (طالبت) is feminine, وا plural, else masculine. */
    private static char verbGender(Analysis a) {
        String st = a.stem();
        if (st.endsWith("\u0648\u0627")) return 'p';
        if (st.endsWith("\u062A")) return 'f';
        return 'm';
    }

    /** True when a number (digits or number words) starts at token {@code j}. */
    /**
     * True when an object of a victim verb starts at {@code j}, past a time phrase: a count, a victims word without a
     * conjunction (جنودا، مدنيين, not وجنود), a state's singular adjective in the accusative (فرنسيا، أميركيا), or a
     * coded mention no preposition governs.
     */
    private boolean objectAfter(int j, Sentence s) {
        if (!arabic) return false;
        // a plural adjective of the subject first (مسلحون مجهولون ثلاثة جنود)
        if (j < s.endToken() && byFirst.get(j) == null && toks.get(j).norm().length() > 4
                && toks.get(j).norm().endsWith("\u0648\u0646") && !victimsWord(toks.get(j))) j++;
        j = TimePhrase.skip(toks, j, s.endToken(), dates);
        if (j >= s.endToken() || !toks.get(j).isWord() && toks.get(j).kind() != Token.Kind.NUMBER) return false;
        if (counted(j)) return true;
        List<org.tawazun.model.Mention> ms = byFirst.get(j);
        if (ms != null) return ms.get(0).hasCode() && !oblique(ms.get(0));
        Token t = toks.get(j);
        if (victimsWord(t)) return true;
        String n = t.norm();
        return n.length() > 3 && n.endsWith("\u064A\u0627") && guard.stateOf(n.substring(0, n.length() - 1)) != null;
    }

    /** A word of class {@code victims} as written, without a conjunction or preposition before it. */
    private boolean victimsWord(Token t) {
        for (Analysis a : t.analyses()) {
            if (!a.prefix().isEmpty() || a.hasSuffix()) continue;
            if (lexicon.isFormOf("victims", a.form()) || !a.article() && lexicon.isFormOf("victims", a.stem())) return true;
        }
        return false;
    }

    boolean counted(int j) {
        return numberStarts != null && numberStarts.get(j) || j < toks.size() && toks.get(j).kind() == Token.Kind.NUMBER;
    }

    /** The first token of the clause that contains {@code anchor}: after the last , ; : or clause-boundary word. */
    private int clauseStart(int anchor, Sentence s) {
        for (int j = anchor - 1; j >= s.firstToken(); j--) {
            Token t = toks.get(j);
            if (t.isPunct() && (",;:()".indexOf(t.norm().charAt(0)) >= 0) || fw.is(t, FunctionWords.Cls.BOUNDARY)) return j + 1;
        }
        return s.firstToken();
    }

    // ---------------------------------------------------------------- leftwards

    private boolean left(Pattern p, int k, int j, Sentence s, State st) {
        if (k < 0) {
            st.first = j + 1;
            return true;
        }
        Element e = p.elements()[k];
        int start = s.firstToken();
        switch (e.kind()) {
            case WORD: {
                if (j < start) return false;
                return reading(toks.get(j), e.forms(), (char) 0) != null && left(p, k - 1, j - 1, s, st);
            }
            case ANY:
                return j >= start && toks.get(j).isWord() && left(p, k - 1, j - 1, s, st);
            case NUMBER:
                return j >= start && counted(j) && left(p, k - 1, j - 1, s, st);
            case GAP: {
                for (int skip = 0, words = 0; words <= e.max(); skip++) {
                    int pos = j - skip;
                    if (pos < start - 1) break;
                    if (skip > 0) {
                        Token crossed = toks.get(pos + 1);
                        boolean comma = e.crossesCommas() && subjectComma(pos + 1, s.endToken());
                        if (blocks(crossed) && !comma) break;
                        if (e.crossesCommas() && opensReport(crossed)) break;
                        if (!comma && ++words > e.max()) break;
                    }
                    if (left(p, k - 1, pos, s, st)) return true;
                }
                return false;
            }
            case ACTOR:
            case RECIPIENT: {
                if (j < start) return false;
                boolean isActor = e.kind() == Element.Kind.ACTOR;
                List<Mention> ms = byLast.get(j);
                if (ms != null) {
                    List<Mention> group = conjunctsEndingAt(ms.get(0));
                    set(st, isActor, Binding.of(group));
                    if (left(p, k - 1, group.get(0).firstToken() - 1, s, st)) return true;
                    set(st, isActor, null);
                }
                if (!arabic && EN_PRONOUNS.contains(toks.get(j).norm())) {
                    set(st, isActor, Binding.pronoun(j, toks.get(j).norm()));
                    if (left(p, k - 1, j - 1, s, st)) return true;
                    set(st, isActor, null);
                }
                return false;
            }
            default:
                return false; // clitics only follow the anchor (checked when loading)
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Whether a preposition governs the mention. English "thousands of Israelis", "hundreds of Afghan refugees": the
     * "of" after a quantity word (a number, or a word of the class {@code quantity}) does not make the people counted
     * oblique; the phrase is a subject or object like "Israelis".
     */
    boolean oblique(Mention m) {
        if (!m.oblique()) return false;
        if (arabic) return true;
        int f = m.firstToken();
        if (f >= 2 && toks.get(f - 1).norm().equals("of")) {
            Token q = toks.get(f - 2);
            return !(q.kind() == Token.Kind.NUMBER || lexicon.isWordOf("quantity", q));
        }
        return true;
    }

    /** True when a match starts, before its anchor, with a word of the pattern read as a verb (أجرى ... محادثات). */
    boolean startsWithVerb(Match m) {
        Element e = m.pattern().elements()[0];
        if (m.pattern().anchor() == 0 || e.kind() != Element.Kind.WORD || m.first() >= m.anchor()) return false;
        Analysis a = reading(toks.get(m.first()), e.forms(), (char) 0);
        if (a == null) return false;
        Integer bits = e.forms().get(a.stem());
        if (bits == null) bits = e.forms().get(a.form());
        return bits != null && Element.isVerb(bits) && !a.article();
    }

    private static void set(State st, boolean actor, Binding b) {
        if (actor) st.actor = b;
        else st.recipient = b;
    }

    /**
     * The first reading of {@code t} that has one of the forms (and the pending proclitic, if any). A reading that
     * cuts into a word the gazetteer knows is not taken: when some reading without a pronoun suffix is a known
     * name, adjective or agent noun (وزارة، لبنان), only readings that keep that word whole are allowed.
     */
    Analysis reading(Token t, Map<String, Integer> forms, char pend) {
        if (!t.isWord()) return null;
        Analysis known = knownReading(t);
        for (Analysis a : t.analyses()) {
            if (pend != 0 && !a.hasPrefix(pend)) continue;
            if (!compatible(a, known)) continue;
            Integer bits = forms.get(a.stem());
            if (bits == null && a.article()) bits = forms.get(a.form());
            if (bits == null) continue;
            if (a.suffix().equals("\u064A") && (bits & Element.NOUN) == 0) continue; // a verb takes no possessive ي
            return a;
        }
        return accusative(t, forms, pend, known);
    }

    /**
     * A noun with the alif of the accusative tanween (جنودًا، طنًا، قتيلًا): the segmenter does not read the alif
     * off (كوريا, روسيا end in alif too), so a pattern noun is tried without it here, nouns only.
     */
    private Analysis accusative(Token t, Map<String, Integer> forms, char pend, Analysis known) {
        if (!t.isArabic() || known != null || !t.norm().endsWith("\u0627")) return null;
        for (Analysis a : t.analyses()) {
            if (a.hasSuffix() || a.article() || a.stem().length() < 4 || pend != 0 && !a.hasPrefix(pend)) continue;
            String stem = a.stem().substring(0, a.stem().length() - 1);
            Integer bits = forms.get(stem);
            if (bits != null && (bits & Element.NOUN) != 0) return new Analysis(a.prefix(), false, stem, "\u0627", a.stemStart());
        }
        return null;
    }

    private static boolean hasProclitic(Token t, char c) {
        for (Analysis a : t.analyses()) if (a.hasPrefix(c)) return true;
        return false;
    }

    /** True when the mention starting in token t is preceded, inside t, by the proclitic c (لروسيا). */
    private boolean hasClitic(Token t, Mention m, char c) {
        // a mention written with لل (للحكومة الإسرائيلية) spans the whole word: its first ل is the preposition
        if (m.start() <= t.start()) return c == '\u0644' && t.norm().startsWith("\u0644\u0644") && t.norm().length() > 3;
        int i = t.normStart();
        StringBuilder prefix = new StringBuilder();
        while (i < nt.norm().length() && nt.rawStart(i) < m.start()) prefix.append(nt.norm().charAt(i++));
        return prefix.indexOf(String.valueOf(c)) >= 0;
    }

    /**
     * True when the comma at {@code j} opens a short aside closed by another comma within three words and naming no
     * actor: "استقبل الوزير، أمس الثلاثاء، نظيره" — a gap may cross it.
     */
    private boolean opensAside(int j, int end) {
        if (!toks.get(j).norm().equals(",")) return false;
        for (int k = j + 1; k < Math.min(end, j + 5); k++) {
            if (byFirst.containsKey(k)) return false;
            if (toks.get(k).norm().equals(",")) return k > j + 1;
            if (toks.get(k).isPunct()) return false;
        }
        return false;
    }

    private static boolean isComma(Token t) {
        return t.isPunct() && t.norm().equals(",");
    }

    /**
     * A comma a {@code *N,} gap may cross: one inside a long subject or before the verb's complement (تعرضت وزيرة
     * الدولة ...، انجلينا مانج، ...، لمحاولة اغتيال), not one before a word joined by و or ف that names no actor, which
     * opens a new clause (أطلقت الشرطة سراحهم، وقالت إن ...).
     */
    private boolean subjectComma(int j, int end) {
        if (!isComma(toks.get(j))) return false;
        if (j + 1 >= end) return false;
        Token next = toks.get(j + 1);
        String n = next.norm();
        return !(next.isArabic() && (n.startsWith("\u0648") || n.startsWith("\u0641")) && !byFirst.containsKey(j + 1));
    }

    /** A speech verb or complementizer: what follows is reported, another clause (قال، إن، أن; said, that). */
    private boolean opensReport(Token t) {
        return arabic ? fw.readsAs(t, FunctionWords.Cls.SPEECH) || fw.readsAs(t, FunctionWords.Cls.COMPLEMENTIZER)
                : fw.is(t, FunctionWords.Cls.SPEECH) || fw.is(t, FunctionWords.Cls.COMPLEMENTIZER);
    }

    /** Tokens a gap may not cross: sentence-internal punctuation and clause-boundary words. */
    boolean blocks(Token t) {
        if (t.isPunct()) {
            String n = t.norm();
            return "\"'()-$€£¥%".indexOf(n.charAt(0)) < 0;
        }
        return t.newlineBefore() || fw.is(t, FunctionWords.Cls.BOUNDARY);
    }

    /** The mention and the mentions coordinated after it (كوريا الجنوبية واليابان), or all mentions of one span. */
    List<Mention> conjuncts(Mention m) {
        List<Mention> out = new ArrayList<>(2);
        int idx = mentions.indexOf(m);
        out.add(m);
        for (int k = idx + 1; k < mentions.size(); k++) {
            Mention n = mentions.get(k);
            Mention last = out.get(out.size() - 1);
            if (n.firstToken() == last.firstToken() && n.lastToken() == last.lastToken()) {
                out.add(n); // a dual reference (البلدين) stands for two actors
            } else if (n.coordinated() && n.firstToken() > last.lastToken()) {
                out.add(n);
            } else if (n.firstToken() == last.lastToken() + 1 && n.person() != null
                    && java.util.Objects.equals(n.actor().code(), last.actor().code())) {
                out.add(n); // apposition of a named person: وزير الخارجية السعودي الأمير فيصل بن فرحان
            } else {
                break;
            }
        }
        return out;
    }

    /** The coordinated group that ends with mention {@code m}. */
    private List<Mention> conjunctsEndingAt(Mention m) {
        int idx = mentions.indexOf(m);
        int k = idx;
        while (k > 0 && (mentions.get(k).coordinated()
                || mentions.get(k - 1).firstToken() == mentions.get(k).firstToken())) k--;
        return new ArrayList<>(mentions.subList(k, idx + 1));
    }
}
