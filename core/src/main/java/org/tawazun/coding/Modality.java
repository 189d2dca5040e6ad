package org.tawazun.coding;

import org.tawazun.text.Analysis;
import org.tawazun.text.FunctionWords;
import org.tawazun.text.FunctionWords.Cls;
import org.tawazun.text.Token;

import java.util.List;

/**
 * Decides whether a matched trigger is asserted, negated, future or hypothetical from the words before it in its
 * clause: negation (لم، لن، لا، ليس، غير، عدم، نفى; not, never, denied), future (سـ on the verb, سوف، يعتزم، من
 * المقرر; will, plans to), hypothetical (قد before an imperfect verb, ربما، إذا، لو; may, could, if). Negation
 * wins over the others; قد before a perfect verb asserts (قد شهدت). A verbal noun right after a background word
 * (منذ، إثر، ذكرى، جريمة; since, after) is historical: the article refers back to it. An event introduced by an accusation (اتهم X
 * بتزويد; accused of supplying) is hypothetical: the reporter does not assert it.
 */
final class Modality {
    /** How many words back from the trigger a marker may stand. */
    private static final int WINDOW = 5;
    /** How many words back a denial verb still governs the trigger (نفى زعيم الخاطفين لـ«الشرق الأوسط» مقتل ...). */
    private static final int NEG_VERB_WINDOW = 10;
    /** How far back an accusation verb makes the event it introduces an allegation. */
    private static final int ALLEGE_WINDOW = 14;

    /** Particles that put the next imperfect verb in the subjunctive: أن، كي، لكي (with و، ف before them). */
    private static final java.util.Set<String> SUBJUNCTIVE = java.util.Set.of("أن", "وأن", "كي", "وكي", "فكي", "لكي", "ولكي").stream()
            .map(w -> org.tawazun.text.Normalizer.normalizeString(w)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Forms of زال after لا or ما (لا يزال، ما زالت: still), of "stop" after a negation (لم يتوقف عن: continues) and of
     * "hesitate" (لم يتورع عن: did it).
     */
    private static final java.util.Set<String> STILL = java.util.Set.of("يزال", "تزال", "يزالون", "نزال", "زال", "زالت", "زالوا",
                    // "did not stop", "never ceased": لم تتوقف عن تعذيب المحتجزين، ما انفك، ما فتئ، ما برح
                    "توقف", "يتوقف", "تتوقف", "يتوقفون", "توقفت", "توقفوا", "يكف", "تكف", "يكفون", "كف", "كفت",
                    "انفك", "ينفك", "تنفك", "فتئ", "يفتأ", "تفتأ", "برح", "يبرح", "تبرح",
                    // "did not hesitate to": لم يتورع عن، لم يتردد في، لم يتوان عن
                    "يتورع", "تتورع", "يتورعوا", "يتردد", "تتردد", "يترددوا", "يتوان", "تتوان", "يتوانى", "تتوانى")
            .stream().map(org.tawazun.text.Normalizer::normalizeString).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Verbs of intention, which govern a whole verbal-noun complement (ينوي فرض حصار أو شن عملية): what they intend has
     * not happened, however far the complement runs.
     */
    private static final java.util.Set<String> INTEND = java.util.Set.of("ينوي", "تنوي", "ينوون", "نوى", "نوت",
                    "يعتزم", "تعتزم", "يعتزمون", "اعتزم", "اعتزمت", "يخطط", "تخطط", "يخططون")
            .stream().map(org.tawazun.text.Normalizer::normalizeString).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "Or" between two alternatives: أو، أم; or. */
    private static final java.util.Set<String> OR = java.util.Set.of("او", "ام", "or");

    /**
     * True when the trigger is the second term of "or", right after it or after its preposition (يسممهم أو يخطفهم؛ ناجما
     * عن هجوم أو عن انفجار قنبلة): the text offers it as one possibility, it does not assert it. The first term keeps
     * its own modality (قتل أو جرح 20 شخصا: the killing is reported).
     */
    static boolean disjunct(List<Token> toks, int sentenceStart, int anchor, FunctionWords fw, boolean arabic) {
        int j = anchor - 1;
        if (j >= sentenceStart && !toks.get(j).isPunct() && (arabic ? fw.readsAs(toks.get(j), Cls.PREP) : fw.is(toks.get(j), Cls.PREP))) j--;
        return j >= sentenceStart && OR.contains(org.tawazun.text.Normalizer.normalizeString(toks.get(j).norm()).toLowerCase(java.util.Locale.ROOT));
    }

    /** English words of attempt before "to": the attempt is the event (PLOVER codes attempted attacks). */
    private static final java.util.Set<String> ATTEMPT_EN = java.util.Set.of("attempt", "attempts", "attempted", "tried",
            "trying", "try");

    private Modality() {
    }

    static org.tawazun.model.Modality of(List<Token> toks, int sentenceStart, int anchor, Analysis reading,
                                         boolean imperfect, boolean verbal, FunctionWords fw, boolean arabic,
                                         java.util.function.Predicate<String> imperfectVerb,
                                         java.util.function.Predicate<Token> relative, int verbStart,
                                         java.util.function.Predicate<Token> eventNoun,
                                         java.util.function.Predicate<Token> timeUnit,
                                         java.util.function.IntPredicate counted,
                                         java.util.function.IntPredicate named) {
        boolean neg = false, fut = false, hyp = false;
        if (arabic && verbal && reading.hasPrefix('\u0633') && imperfect) fut = true; // سيزور
        if (disjunct(toks, sentenceStart, anchor, fw, arabic)) hyp = true;
        // an imperfect verb of purpose or in the subjunctive states an intention, not a fact: ليفجر نفسه، أن يقتل،
        // كي يهاجم (purpose ل, أن, كي, لكي right before the verb)
        if (arabic && verbal && imperfect && (reading.hasPrefix('\u0644') || anchor > sentenceStart
                && SUBJUNCTIVE.contains(toks.get(anchor - 1).norm()))) fut = true;
        // a perfect verb joined by و or ف starts its own clause: a denial, accusation or negation before it governs
        // the previous verb (رفضت الانصياع للاتفاق واحتجزت 68 رهينة; لم تعتقل أحدا وأفرجت عن)
        int markersFrom = arabic && verbal && !imperfect && (reading.hasPrefix('\u0648') || reading.hasPrefix('\u0641'))
                ? anchor : sentenceStart;
        int words = 0;
        int complementizer = -1;
        for (int j = anchor - 1; j >= markersFrom; j--) {
            Token t = toks.get(j);
            boolean quote = t.isPunct() && (t.norm().equals("\"") || t.norm().equals("'"));
            if (t.isPunct() && !quote) break;
            if (fw.is(t, Cls.BOUNDARY)) break;
            if (quote) continue; // quotation marks (« ») are not words of the window
            if (named.test(j)) {
                words++;
                continue; // a word of a name is no marker: لولا دا سيلفا
            }
            // a denial (نفى، denied) governs its whole clause; the other markers stand within a few words
            if (++words > NEG_VERB_WINDOW) break;
            // a complementizer far after a denial starts a clause the denial does not govern: مسؤول رفض الكشف عن
            // هويته أن «خمسة ... خطفوا» (the refusal is of giving his name); نفى أن يكون governs its clause
            if (fw.is(t, Cls.COMPLEMENTIZER) || arabic && fw.readsAs(t, Cls.COMPLEMENTIZER)) complementizer = j;
            boolean denialReaches = complementizer < 0 || complementizer - j <= 2;
            if (words > WINDOW) {
                if (words <= NEG_VERB_WINDOW && denialReaches && (arabic ? fw.readsAs(t, Cls.NEG_VERB) : fw.is(t, Cls.NEG_VERB))) neg = true;
                // so does an intention verb over its complement: لا ينوي في الوقت الراهن فرض حصار بحري أو شن عملية برية
                if (words <= NEG_VERB_WINDOW && arabic && INTEND.contains(t.norm())) fut = true;
                continue;
            }
            if (arabic ? fw.readsAs(t, Cls.NEG) : fw.is(t, Cls.NEG)) {
                // غير and عدم negate only the word right after them (غير مسبوق، عدم الدعم); لا before a noun denies the
                // noun (لا مبرر له، لا شك), not a verb later in the clause
                String n = stem(t, fw);
                if ((n.equals("\u063A\u064A\u0631") || n.equals("\u0639\u062F\u0645")) && j != anchor - 1) continue;
                if (arabic && n.equals("\u0644\u0627") && j + 1 < anchor && !startsImperfect(toks.get(j + 1))) continue;
                // لا يزال، ما زال: "still", an affirmation
                if (arabic && j + 1 < anchor && STILL.contains(toks.get(j + 1).norm())) continue;
                neg = true;
            }
            if (denialReaches && (arabic ? fw.readsAs(t, Cls.NEG_VERB) : fw.is(t, Cls.NEG_VERB))) neg = true;
            if (fw.is(t, Cls.FUTURE) || matchesMulti(toks, j, anchor, fw, Cls.FUTURE)) fut = true;
            if (fw.is(t, Cls.HYPO) || arabic && fw.readsAs(t, Cls.HYPO) || matchesMulti(toks, j, anchor, fw, Cls.HYPO)) {
                // قد + perfect verb is an assertion (قد شهدت); قد + imperfect is "may"
                if (arabic && t.norm().equals("\u0642\u062F")) {
                    if (j == anchor - 1 ? imperfect || !verbal : startsImperfect(toks.get(j + 1))) hyp = true;
                } else {
                    hyp = true;
                }
            }
            // "plans to visit"; but an attempt happened: "an attempt to assassinate", "tried to storm"
            if (!arabic && t.norm().equals("to") && j == anchor - 1 && verbal
                    && !(j > sentenceStart && ATTEMPT_EN.contains(toks.get(j - 1).norm().toLowerCase(java.util.Locale.ROOT)))) fut = true;
            if (arabic && !verbal && futureVerb(t, imperfectVerb)) fut = true; // ستجري مصر واليونان مناورات
        }
        // an accusation or claim does not assert what it alleges: اتهم الجيش الإمارات بتزويد ...; accused of supplying
        for (int j = anchor - 1; j >= Math.max(markersFrom, anchor - ALLEGE_WINDOW); j--) {
            Token t = toks.get(j);
            if (t.isPunct() && (t.norm().equals(";") || t.norm().equals("."))) break;
            if (named.test(j)) continue;
            if (arabic ? fw.readsAs(t, Cls.ALLEGE) : fw.is(t, Cls.ALLEGE)) {
                hyp = true;
                break;
            }
            // a whether-clause (ما إذا كان، whether) leaves open all it lists
            if (matchesMulti(toks, j, anchor, fw, Cls.ALLEGE)) {
                hyp = true;
                break;
            }
        }
        if (neg) return org.tawazun.model.Modality.NEGATED;
        if (hyp) return org.tawazun.model.Modality.HYPOTHETICAL;
        if (inRelativeClause(toks, Math.max(sentenceStart, verbStart), anchor, verbal ? RELATIVE_WINDOW : RELATIVE_NOUN_WINDOW, fw, relative)
                && !(arabic && verbal && afterClosedRelative(toks, anchor, reading, relative, timeUnit))) return org.tawazun.model.Modality.HISTORICAL;
        if (arabic && describesEarlierEvent(toks, sentenceStart, anchor, fw, relative, eventNoun, timeUnit)) return org.tawazun.model.Modality.HISTORICAL;
        if (arabic ? yearsAgo(toks, sentenceStart, anchor) : yearsAgoEnglish(toks, sentenceStart, anchor)) return org.tawazun.model.Modality.HISTORICAL;
        if (citedAsExample(toks, sentenceStart, anchor, arabic)) return org.tawazun.model.Modality.HISTORICAL;
        if (arabic && (inComparison(toks, sentenceStart, anchor) || inIncludingPhrase(toks, sentenceStart, anchor))) {
            return org.tawazun.model.Modality.HISTORICAL;
        }
        if (arabic && continuesRelativeClause(toks, sentenceStart, anchor, fw, relative, eventNoun)) {
            return org.tawazun.model.Modality.HISTORICAL;
        }
        if (arabic && verbal && !imperfect && describesGovernedNoun(toks, sentenceStart, anchor, reading, fw, eventNoun)) {
            return org.tawazun.model.Modality.HISTORICAL;
        }
        if (inLeadingWhenClause(toks, sentenceStart, anchor, fw) || isTally(toks, anchor, fw, counted)) return org.tawazun.model.Modality.HISTORICAL;
        // a verbal noun right after a background word refers back to an earlier event: منذ اغتيال الحريري،
        // بعد الهجوم، in the wake of the attack
        // (also through a preposition: ردا على مقتل، in response to the killing)
        if (!verbal) {
            for (int j = anchor - 1; j >= Math.max(sentenceStart, anchor - 3); j--) {
                Token t = toks.get(j);
                if (arabic ? fw.readsAs(t, Cls.BACKGROUND) : fw.is(t, Cls.BACKGROUND)) return org.tawazun.model.Modality.HISTORICAL;
                if (!arabic && fw.is(t, Cls.DET)) continue;
                if (j == anchor - 1 && arabic && fw.is(t, Cls.PREP)) continue;
                break;
            }
        }
        if (fut) return org.tawazun.model.Modality.FUTURE;
        return org.tawazun.model.Modality.ASSERTED;
    }

    /**
     * How many words a relative pronoun may stand before the trigger in its clause (الذي أدى إلى مقتل; الذين نفذوا
     * يوم الاثنين هجوما ضد سياح أسفر عن مقتل).
     */
    private static final int RELATIVE_WINDOW = 8;
    /**
     * The same for a verbal-noun trigger, which may be the object of the main verb right after a relative clause on
     * the subject (أجرى أردوغان الذي وصل إلى أثينا محادثات): only a pronoun close before it counts (الذي أدى إلى مقتل).
     */
    private static final int RELATIVE_NOUN_WINDOW = 3;

    /**
     * True when the trigger stands in a relative clause: a relative pronoun (الذي، التي، الذين) at most eight words
     * before a verb, three before a verbal noun, with no punctuation or clause boundary between. A construction that starts with its verb before the
     * pronoun is not inside it (أجرى أردوغان الذي وصل الجمعة إلى أثينا محادثات): the search stops at that verb. The clause describes something the sentence names (الرنتيسي الذي اغتالته
     * إسرائيل، الهجوم الذي استهدف الجيش، the attack that killed 12); it refers to an earlier event rather than
     * reporting one, as a verbal noun after منذ or بعد does.
     */
    /** Units of years that carry their own count of two or more: عامين، أعوام، سنوات، عقد، عقود ... (normalized). */
    private static final java.util.Set<String> YEARS = java.util.Set.of("عامين", "عامان", "أعوام", "سنتين", "سنتان", "سنوات",
                    "سنين", "عقد", "عقدين", "عقدان", "عقود")
            .stream().map(org.tawazun.text.Normalizer::normalizeString).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Units of years after a count: (40) عاما، (ثلاث) سنوات، (ثلاثة) أعوام (normalized). */
    private static final java.util.Set<String> COUNTED_YEARS = java.util.Set.of("عاما", "عام", "سنة", "أعوام", "سنوات", "سنين", "عقود")
            .stream().map(org.tawazun.text.Normalizer::normalizeString).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * True when the trigger's clause dates it two years or more back by an ago-phrase (قبل عامين سارت مظاهرات، قتل قبل
     * ثلاثة أعوام، اعتداءات مستمرة منذ 40 عاما): the article recalls it, as with a date more than a year before
     * publication, but this needs no publication date. One year (قبل عام، منذ سنة) and a calendar year (منذ عام 2014)
     * do not count.
     */
    static boolean yearsAgo(List<Token> toks, int sentenceStart, int anchor) {
        int[] r = agoScope(toks, sentenceStart, anchor);
        return yearsAgoIn(toks, r[0], r[1]) || r[2] > 0 && yearsAgoIn(toks, sentenceStart, r[2]);
    }

    /**
     * Where an ago-phrase dates the trigger: its clause ({from, to}, to the next punctuation or twelve words), and a
     * short opening adverbial the sentence sets off with a comma (قبل عامين، سارت ...; Two years ago, thousands ...):
     * its end in the third place, else 0.
     */
    private static int[] agoScope(List<Token> toks, int sentenceStart, int anchor) {
        int from = anchor, to = anchor;
        while (from > sentenceStart && !toks.get(from - 1).isPunct()) from--;
        while (to + 1 < toks.size() && !toks.get(to + 1).isPunct() && to - anchor < 12) to++;
        int opening = 0;
        for (int j = sentenceStart; j < Math.min(from, sentenceStart + 6); j++) {
            if (toks.get(j).isPunct()) {
                if (toks.get(j).norm().equals(",") || toks.get(j).norm().equals("\u060C")) opening = j;
                break;
            }
        }
        return new int[]{from, to, opening};
    }

    private static boolean yearsAgoIn(List<Token> toks, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!isAgo(toks.get(j))) continue;
            Token next = toks.get(j + 1);
            boolean counted = next.kind() == Token.Kind.NUMBER || COUNT_WORDS.contains(next.norm());
            int k = counted ? j + 2 : j + 1;
            if (k > to) continue;
            String unit = toks.get(k).norm();
            if (!(counted ? COUNTED_YEARS.contains(unit) : YEARS.contains(unit))) continue;
            if (k + 1 < toks.size() && toks.get(k + 1).kind() == Token.Kind.NUMBER) continue; // منذ عام 2014
            return true;
        }
        return false;
    }

    /**
     * True when the sentence cites the event as an example before the trigger (وعلى سبيل المثال عندما أغلقت القوات ...
     * قتلت؛ وضرب المصدر مثالا بعناصر تعرضت للاغتيال; for example, for instance): an instance recalled to support a
     * general point, not news.
     */
    static boolean citedAsExample(List<Token> toks, int sentenceStart, int anchor, boolean arabic) {
        for (int j = sentenceStart; j < anchor; j++) {
            String n = toks.get(j).norm();
            if (arabic) {
                if (n.equals(MITHAL) || n.equals(MITHALAN)) return true; // سبيل المثال، ضرب مثالا
            } else if (j + 1 < anchor && n.equalsIgnoreCase("for")) {
                String w = toks.get(j + 1).norm().toLowerCase(java.util.Locale.ROOT);
                if (w.equals("example") || w.equals("instance")) return true;
            }
        }
        return false;
    }

    /** How many words after a comparison marker its clause may still hold the trigger. */
    private static final int COMPARISON_WINDOW = 8;

    /** One-word comparison markers: مثلما، كما (only before a verb of happening or doing), غرار (على غرار ما), normalized. */
    private static final java.util.Set<String> COMPARE = java.util.Set.of("مثلما", "ومثلما", "غرار")
            .stream().map(org.tawazun.text.Normalizer::normalizeString).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The verbs of doing and happening that make كما a comparison (كما فعل، كما حدث), not "also" (كما هاجم). */
    private static final java.util.Set<String> HAPPEN = java.util.Set.of("فعل", "فعلت", "فعلوا", "حدث", "حدثت", "حصل",
                    "حصلت", "جرى", "جرت", "يفعل", "تفعل", "يحدث", "تحدث")
            .stream().map(org.tawazun.text.Normalizer::normalizeString).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * True when the trigger stands in a comparison clause before it (كما فعل المأمون حين عذبوا ونكلوا بالإمام؛ على غرار
     * ما تعرض له في سبتمبر الماضي؛ مثلما اغتالوا ...): the clause recalls an earlier event as a yardstick for the one the
     * sentence is about, as an example does. كما counts only before a verb of doing or happening (كما هاجم مسلحون
     * مجلس عزاء: "also", a report); a comparison after the trigger leaves it asserted (قصفت القوات المدينة كما فعلت
     * أمس).
     */
    static boolean inComparison(List<Token> toks, int sentenceStart, int anchor) {
        int words = 0;
        for (int j = anchor - 1; j >= sentenceStart && words < COMPARISON_WINDOW; j--) {
            Token t = toks.get(j);
            if (t.isPunct()) {
                if (t.norm().equals("\"") || t.norm().equals("'")) continue;
                return false;
            }
            words++;
            String n = t.norm();
            if (COMPARE.contains(n)) return true;
            if ((n.equals(KAMA) || n.equals(WA_KAMA)) && j + 1 < anchor && HAPPEN.contains(toks.get(j + 1).norm())) return true;
        }
        return false;
    }

    private static final String KAMA = org.tawazun.text.Normalizer.normalizeString("كما");
    private static final String WA_KAMA = org.tawazun.text.Normalizer.normalizeString("وكما");
    private static final String BIMA = org.tawazun.text.Normalizer.normalizeString("بما");
    private static final String DHALIKA = org.tawazun.text.Normalizer.normalizeString("ذلك");
    private static final String FI = org.tawazun.text.Normalizer.normalizeString("في");

    /**
     * True when the trigger opens the phrase after بما في ذلك ("including": الجهود الأميركية ... بما في ذلك شن قرابة ستة
     * ضربات جوية): what follows it is a noun phrase that lists items of the noun before, and takes that noun's
     * standing: it is reported only where the main clause reports it with its own verb (قتل عددا من زعماء طالبان في
     * هجمات بما في ذلك ضربات جوية: the killing is the claim).
     */
    static boolean inIncludingPhrase(List<Token> toks, int sentenceStart, int anchor) {
        int j = anchor - 1;
        return j - 2 >= sentenceStart && toks.get(j).norm().equals(DHALIKA) && toks.get(j - 1).norm().equals(FI)
                && toks.get(j - 2).norm().equals(BIMA);
    }

    /** المثال (in على سبيل المثال) and مثالا (ضرب مثالا), normalized. */
    private static final String MITHAL = org.tawazun.text.Normalizer.normalizeString("المثال");
    private static final String MITHALAN = org.tawazun.text.Normalizer.normalizeString("مثالا");

    /** قبل or منذ, also with a conjunction (وقبل عامين). */
    private static boolean isAgo(Token t) {
        if (AGO.contains(t.norm())) return true;
        for (Analysis a : t.analyses()) if (!a.article() && !a.hasSuffix() && AGO.contains(a.stem())) return true;
        return false;
    }

    /** English: "two years ago", "decades ago", "several years ago" in the trigger's clause (see {@link #yearsAgo}). */
    static boolean yearsAgoEnglish(List<Token> toks, int sentenceStart, int anchor) {
        int[] r = agoScope(toks, sentenceStart, anchor);
        return yearsAgoEnglishIn(toks, r[0], r[1]) || r[2] > 0 && yearsAgoEnglishIn(toks, sentenceStart, r[2]);
    }

    private static boolean yearsAgoEnglishIn(List<Token> toks, int from, int to) {
        for (int j = from; j < to; j++) {
            String u = toks.get(j).norm().toLowerCase(java.util.Locale.ROOT);
            if (!u.equals("years") && !u.equals("decades") || !toks.get(j + 1).norm().equalsIgnoreCase("ago")) continue;
            if (u.equals("decades") || j > from && (toks.get(j - 1).kind() == Token.Kind.NUMBER
                    || EN_COUNTS.contains(toks.get(j - 1).norm().toLowerCase(java.util.Locale.ROOT)))) return true;
        }
        return false;
    }

    private static final java.util.Set<String> EN_COUNTS = java.util.Set.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "several", "many", "few", "some", "twenty", "thirty", "forty", "fifty");

    /** Count words before a unit of years: بضع، عدة، ثلاثة ... (normalized). */
    private static final java.util.Set<String> COUNT_WORDS = java.util.Set.of("بضع", "بضعة", "عدة", "ثلاث", "ثلاثة", "أربع",
                    "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "عشرين")
            .stream().map(org.tawazun.text.Normalizer::normalizeString).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "Ago" and "since" before a time unit: قبل شهرين، منذ عامين (normalized). */
    private static final java.util.Set<String> AGO = java.util.Set.of("قبل", "منذ")
            .stream().map(org.tawazun.text.Normalizer::normalizeString).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * True when the trigger verb follows, without a conjunction, a relative clause that its own verb and a time phrase
     * have closed (وهذا الهجوم الذي بدأ قبل شهرين أوقع أكثر من ألف قتيل): the trigger is the main predicate of the noun
     * the clause describes, not part of the clause.
     */
    static boolean afterClosedRelative(List<Token> toks, int anchor, Analysis reading,
                                       java.util.function.Predicate<Token> relative,
                                       java.util.function.Predicate<Token> timeUnit) {
        if (anchor < 4 || reading.hasPrefix('\u0648') || reading.hasPrefix('\u0641')) return false;
        Token unit = toks.get(anchor - 1), ago = toks.get(anchor - 2);
        if (!timeUnit.test(unit) || !AGO.contains(ago.norm())) return false;
        // the relative pronoun with its own verb (and at most two more words) before the time phrase
        for (int r = anchor - 4; r >= Math.max(0, anchor - 6); r--) {
            Token t = toks.get(r);
            if (t.isPunct()) return false;
            if (relative.test(t)) return true;
        }
        return false;
    }

    static boolean inRelativeClause(List<Token> toks, int sentenceStart, int anchor, int window, FunctionWords fw,
                                    java.util.function.Predicate<Token> relative) {
        int words = 0;
        for (int j = anchor - 1; j >= sentenceStart && words < window; j--) {
            Token t = toks.get(j);
            if (t.isPunct() || fw.is(t, Cls.BOUNDARY)) return false;
            words++;
            if (relative.test(t)) return !sententialRelative(toks, j, sentenceStart);
        }
        return false;
    }

    /** الأمر (normalized), the noun a relative clause on a whole clause hangs on: الأمر الذي اعتبرته المكسيك انتهاكا. */
    private static final String AL_AMR = org.tawazun.text.Normalizer.normalizeString("\u0627\u0644\u0623\u0645\u0631");

    /**
     * True when the relative pronoun at {@code rel} stands right after الأمر, "the matter", which takes up the clause
     * told before it (اقتحمت الشرطة السفارة، الأمر الذي اعتبرته المكسيك انتهاكا): the relative clause is the
     * sentence's next statement about that act (a reaction, a consequence), not a description of something named.
     */
    private static boolean sententialRelative(List<Token> toks, int rel, int sentenceStart) {
        return rel - 1 >= sentenceStart && toks.get(rel - 1).norm().equals(AL_AMR);
    }

    /**
     * True when a verb joined by و right after a comma (the trigger, or a word of its phrase) continues a relative
     * clause on an event noun (في الهجوم الذي
     * نفذته الحركة في مايو الماضي على العاصمة، وأسفر عن مقتل المئات): it tells more of the event the clause describes,
     * as background. Without و the verb is the main predicate (الهجوم الذي وقع الأسبوع الماضي، أسفر عن مقتل).
     */
    static boolean continuesRelativeClause(List<Token> toks, int sentenceStart, int anchor, FunctionWords fw,
                                           java.util.function.Predicate<Token> relative,
                                           java.util.function.Predicate<Token> eventNoun) {
        // the trigger is the verb after the comma, or a word of its phrase (وأسفر عن مقتل)
        int comma = -1;
        for (int j = anchor - 1; j >= Math.max(sentenceStart + 1, anchor - 3); j--) {
            if (toks.get(j).isPunct()) {
                if (toks.get(j).norm().equals(",") || toks.get(j).norm().equals("\u060C")) comma = j;
                break;
            }
        }
        if (comma < 0 || !toks.get(comma + 1).isArabic() || toks.get(comma + 1).norm().charAt(0) != '\u0648') return false;
        int words = 0;
        for (int j = comma - 1; j > sentenceStart && words < RELATIVE_WINDOW + 4; j--) {
            Token t = toks.get(j);
            if (t.isPunct()) {
                String n = t.norm();
                if (n.equals("(") || n.equals(")")) continue;
                return false;
            }
            if (fw.is(t, Cls.BOUNDARY)) return false;
            words++;
            if (relative.test(t)) return eventNoun.test(toks.get(j - 1));
        }
        return false;
    }

    /** How many words back from the trigger a background word may stand when it names an earlier event. */
    private static final int EARLIER_EVENT_WINDOW = 14;

    /**
     * True when the trigger belongs to an event the sentence names as a point in time: a background word, then an
     * event noun (at most two time words between: بعد يومين من هجوم، الذكرى الثانية لاغتيال), and the trigger is that
     * noun or stands in the clause that describes it. An indefinite noun takes its clause without a pronoun (بعد
     * هجوم انتحاري قتل فيه 58 شخصا، في أعقاب هجوم استهدف مدرسة); a definite one only through a relative pronoun
     * (بعد الاعتداء الذي وقع أول من أمس، وأسفر عن مقتل): «بعد الهجوم قتل الجيش خمسة مسلحين» reports a new event.
     * The clause ends at a full stop, semicolon or colon, and at a comma unless a relative pronoun on the noun stands
     * before it.
     */
    static boolean describesEarlierEvent(List<Token> toks, int sentenceStart, int anchor, FunctionWords fw,
                                         java.util.function.Predicate<Token> relative,
                                         java.util.function.Predicate<Token> eventNoun,
                                         java.util.function.Predicate<Token> timeUnit) {
        boolean relativeSeen = false, commaCrossed = false, relativeBeforeComma = false;
        int words = 0;
        for (int b = anchor - 1; b >= sentenceStart && words < EARLIER_EVENT_WINDOW; b--) {
            Token t = toks.get(b);
            if (t.isPunct()) {
                String n = t.norm();
                if (n.equals(".") || n.equals(";") || n.equals(":") || n.equals("\u061B")) return false;
                if (n.equals(",") || n.equals("\u060C")) {
                    if (commaCrossed) return false;
                    commaCrossed = true;
                }
                continue;
            }
            if (fw.is(t, Cls.BOUNDARY)) return false;
            words++;
            if (relative.test(t)) {
                relativeSeen = true;
                if (commaCrossed) relativeBeforeComma = true;
            }
            if (!fw.readsAs(t, Cls.BACKGROUND)) continue;
            // the event noun right after the background word, past at most two time words (يومين من، الثالثة)
            for (int k = b + 1, skipped = 0; k <= anchor && skipped <= 2; k++) {
                Token n = toks.get(k);
                if (n.isPunct()) break;
                if (eventNoun.test(n)) {
                    if (k == anchor) return true;
                    // past a comma, only a relative clause on the noun still describes it
                    if (commaCrossed) return relativeBeforeComma;
                    return relativeSeen || !definite(n);
                }
                if (!timeUnit.test(n)) break;
                skipped++;
            }
        }
        return false;
    }

    /** How many words (adjectives of the noun: انتحاري، مماثلة) may stand between a governed event noun and its verb. */
    private static final int DESCRIBED_NOUN_GAP = 2;

    /**
     * True when the trigger verb opens a clause that describes an indefinite event noun governed by a preposition (تضامنت
     * مع الحرس الوطني ضد تفجيرات أدت إلى مقتلة عظيمة؛ قمع الحزب في مذبحة أسفرت عن مقتل؛ تعرضت المنطقة إلى تفجيرات
     * مماثلة أوقعت عشرات القتلى): a clause on an indefinite noun is an attribute of that noun, not a statement of its
     * own, and the noun is the complement of the main verb, which alone says whether the sentence reports the event.
     * When it does (قتل ثلاثة في هجوم أسفر عن مقتل; أصيب جنديان في انفجار استهدف دوريتهم) the main verb is the claim;
     * when it does not (supported, stood against, was associated with) the description is no report. A verb joined by
     * و or ف starts a clause of its own (في الهجوم، وأسفر); a subject noun (وقع هجوم أسفر عن مقتل) is not governed.
     */
    static boolean describesGovernedNoun(List<Token> toks, int sentenceStart, int anchor, Analysis reading, FunctionWords fw,
                                         java.util.function.Predicate<Token> eventNoun) {
        if (reading.hasPrefix('\u0648') || reading.hasPrefix('\u0641')) return false;
        for (int n = anchor - 1, gap = 0; n > sentenceStart && gap <= DESCRIBED_NOUN_GAP; n--, gap++) {
            Token t = toks.get(n);
            if (t.isPunct() || !t.isArabic()) return false;
            if (!eventNoun.test(t)) continue;
            if (definite(t)) return false;
            int prep = governedByProclitic(t) ? n : n - 1;
            if (prep == n - 1 && (toks.get(prep).isPunct() || !fw.readsAs(toks.get(prep), Cls.PREP))) return false;
            return !reportsCasualties(toks, sentenceStart, prep);
        }
        return false;
    }

    /**
     * Words of a clause that reports the event's toll, its victim's lot or its carrying out (مقتل، قتل، إصابة، أصيب،
     * جرح، استشهد، لقي مصرعه؛ تعرض، نجا؛ قام ب):
     * before a governed event noun they make the noun the cause of what the clause reports (أعلن مصدر إصابة أربعة من
     * رجال الشرطة في هجوم استهدف نقطة تفتيش), so the clause on the noun tells of the reported attack.
     */
    private static final java.util.Set<String> CASUALTY_WORDS = java.util.Set.of("مقتل", "قتل", "قتلت", "قتلوا", "قتلا",
                    "قتلى", "إصابة", "إصابات", "أصيب", "أصيبت", "أصيبوا", "أصيبا", "جرح", "جرحت", "جرحوا", "جرحى", "استشهاد",
                    "استشهد", "استشهدت", "استشهدوا", "سقط", "سقوط", "مصرع", "مصرعه", "حتفه", "حتفهم", "لقي", "لقيت", "لقوا",
                    "تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "نجا", "نجت", "نجوا",
                    "قام", "قامت", "قاموا", "تقوم", "يقوم")
            .stream().map(org.tawazun.text.Normalizer::normalizeString).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** True when a word of {@link #CASUALTY_WORDS} stands before {@code to} in its sentence (up to . ; :). */
    private static boolean reportsCasualties(List<Token> toks, int sentenceStart, int to) {
        for (int j = to - 1; j >= sentenceStart; j--) {
            Token t = toks.get(j);
            if (t.isPunct()) {
                String n = t.norm();
                if (n.equals(".") || n.equals(";") || n.equals(":") || n.equals("\u061B")) return false;
                continue;
            }
            if (CASUALTY_WORDS.contains(t.norm())) return true;
            for (Analysis a : t.analyses()) if (!a.article() && !a.hasSuffix() && CASUALTY_WORDS.contains(a.stem())) return true;
        }
        return false;
    }

    /** True when every reading of the word that is not the bare word carries a preposition proclitic (لعمليات، بتفجير). */
    private static boolean governedByProclitic(Token t) {
        char c = t.norm().charAt(0);
        if (c != '\u0644' && c != '\u0628') return false;
        for (Analysis a : t.analyses()) if (a.hasPrefix(c)) return true;
        return false;
    }

    /** How many words a when-word may stand before the trigger. */
    private static final int WHEN_WINDOW = 4;

    /**
     * True when the trigger stands in a when-clause that opens its sentence or follows a comma (وعندما قام
     * الإسلامبولي باغتيال السادات عام 1981 فإنه لم يوقف عملية السلام; يذكر أنه في ديسمبر 2001، عندما هاجم مسلحون):
     * such a clause sets the scene for the main clause. A when-clause after its main clause tells how the reported
     * event happened and is not background (أصيب السفير أمس عندما تعرضت قافلته لهجوم).
     */
    static boolean inLeadingWhenClause(List<Token> toks, int sentenceStart, int anchor, FunctionWords fw) {
        int words = 0;
        for (int j = anchor - 1; j >= sentenceStart && words < WHEN_WINDOW; j--) {
            Token t = toks.get(j);
            if (t.isPunct()) return false;
            words++;
            if (fw.readsAs(t, Cls.SUBORDINATE)) {
                if (j == sentenceStart) return true;
                Token before = toks.get(j - 1);
                return before.isPunct() && !before.norm().equals("\"") && !before.norm().equals("'");
            }
        }
        return false;
    }

    /** How many words after a counted trigger a tally word may stand. */
    private static final int TALLY_WINDOW = 8;

    /**
     * True when a count stands by the trigger and the counted phrase ends in a word that makes it a running total
     * (قتل 76 صحافيا عراقيا منذ الغزو; 13 جنديا قتلوا حتى الآن): a tally sums many earlier events and is not one event.
     * A preposition between ends the counted phrase (قتل خمسة جنود في أعنف هجوم منذ أشهر reports one attack).
     */
    static boolean isTally(List<Token> toks, int anchor, FunctionWords fw, java.util.function.IntPredicate counted) {
        boolean count = false;
        for (int j = Math.max(0, anchor - 3); j < anchor; j++) if (counted.test(j)) count = true;
        int words = 0;
        boolean afterPrep = false;
        for (int j = anchor + 1; j < toks.size() && words < TALLY_WINDOW; j++) {
            Token t = toks.get(j);
            if (t.isPunct() || fw.is(t, Cls.BOUNDARY)) return false;
            words++;
            if (counted.test(j)) count = true;
            if (fw.readsAs(t, Cls.TALLY)) return count && !afterPrep;
            // "so far" (حتى الآن) sums up whatever stands between: 13 جنديا قتلوا في العراق حتى الآن
            if (fw.matchAt(toks, j, Cls.TALLY) > 1) return count;
            // a preposition starts a phrase of its own: قتل خمسة جنود في أعنف هجوم منذ أشهر is one event
            if (fw.readsAs(t, Cls.PREP)) afterPrep = true;
        }
        return false;
    }

    /** True when a reading of the word carries the article (الهجوم، بالهجوم). */
    private static boolean definite(Token t) {
        for (Analysis a : t.analyses()) if (a.article()) return true;
        return false;
    }

    /** A verb the lexicon knows, in the imperfect, with the future prefix سـ (ستجري، سيعقد; not سياسة، سيارة). */
    private static boolean futureVerb(Token t, java.util.function.Predicate<String> imperfectVerb) {
        if (!t.isArabic()) return false;
        for (Analysis a : t.analyses()) {
            if (a.hasPrefix('\u0633') && !a.hasSuffix() && imperfectVerb.test(a.stem())) return true;
        }
        return false;
    }

    private static String stem(Token t, FunctionWords fw) {
        for (Analysis a : t.analyses()) if (fw.isForm(a.form(), Cls.NEG)) return a.form();
        return t.norm();
    }

    private static boolean matchesMulti(List<Token> toks, int j, int anchor, FunctionWords fw, Cls c) {
        int len = fw.matchAt(toks, j, c);
        return len > 1 && j + len <= anchor;
    }

    private static boolean startsImperfect(Token t) {
        if (!t.isArabic()) return false;
        char c = t.norm().charAt(0);
        return c == '\u064A' || c == '\u062A' || c == '\u0646';
    }
}
