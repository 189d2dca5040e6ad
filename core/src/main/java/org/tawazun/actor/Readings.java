package org.tawazun.actor;

import org.tawazun.model.Sentence;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.text.Analysis;
import org.tawazun.text.FunctionWords;
import org.tawazun.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses one reading for every gazetteer match whose form has several (عمان: Amman or Oman; الكونغو: which
 * Congo; Georgia: the state or the US state; مالي: Mali or "financial") or is flagged {@code amb}. The rules, in
 * order (docs/data.md, "Ambiguous forms"):
 * <ol>
 *   <li>Longer names win before this step: ولاية جورجيا, Washington state, جمهورية الكونغو are forms of their own.</li>
 *   <li>The default reading is the first one not flagged {@code amb} (data order), else the first.</li>
 *   <li>Evidence for a reading: its cue words within the sentence and its neighbours (2 points each), and the
 *       number of unambiguous mentions of its code in the document (1 point each: تبليسي or الجورجية for GEO,
 *       برازافيل for COG). An alternative replaces the default when it has more evidence and at least 2 points, or
 *       1 point when both readings are states (Amman vs Oman).</li>
 *   <li>A surname flagged {@code amb} (بري، Rice) names its person only when the document also names the person
 *       unambiguously (2 points) or a title noun stands right before it (الرئيس بري، Senator Rice: 2 points);
 *       mentions of the person's state add a point each, and among people sharing a name, the one in office on the
 *       publication date gets a point (الملك عبدالله in 2024 is Jordan's king). An Arabic adjective reading gets the
 *       same 2 points after a sector noun it agrees with, so الجيش السوداني stays "the Sudanese army" and is not the
 *       army of the prime minister al-Sudani.</li>
 *   <li>A place flagged {@code amb} (القائم، حديثة) is a place only with evidence; a sector noun or a word for a place
 *       right before it counts 2 (شرطة صلاح الدين، محافظة الأنبار).</li>
 *   <li>English: an ambiguous one-word name next to another capitalized word that is no name or function word is
 *       part of a personal name (Michael Jordan, Chad Smith, George Washington) and not an actor.</li>
 * </ol>
 * A reading chosen without any evidence keeps the flag {@code ambiguous}, and the mention says so.
 */
final class Readings {
    /** The reading chosen for a match; {@code ambiguous} when the form had other readings and nothing decided. */
    record Read(Gazetteer.Hit hit, GazetteerEntry entry, boolean ambiguous) {
    }

    private static final Set<String> EN_TITLES = Set.of("mr", "mrs", "ms", "dr", "sir", "lady", "lord", "president",
            "senator", "sen", "rep", "governor", "gov", "minister", "secretary", "speaker", "general", "gen", "judge");

    private final AnalyzedDocument doc;
    private final People people;
    private final boolean arabic;
    private final FunctionWords fw;
    private final List<Token> toks;
    private final Map<String, Integer> support = new HashMap<>();
    private final Map<String, Integer> personSupport = new HashMap<>();
    private final List<Set<String>> wordsBySentence = new ArrayList<>();
    private final int[] sentenceOf;

    Readings(AnalyzedDocument doc, People people, boolean arabic) {
        this.doc = doc;
        this.people = people;
        this.arabic = arabic;
        this.fw = FunctionWords.forLang(arabic ? "ar" : "en");
        this.toks = doc.tokens();
        this.sentenceOf = new int[toks.size()];
        for (Sentence s : doc.sentences()) {
            Set<String> words = new HashSet<>();
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceOf[i] = s.index();
                Token t = toks.get(i);
                if (!t.isWord()) continue;
                words.add(t.norm());
                if (arabic) for (Analysis a : t.analyses()) if (!a.hasSuffix()) words.add(a.stem());
            }
            wordsBySentence.add(words);
        }
    }

    /** One reading per match, in text order; matches whose chosen reading is not a name are left out. */
    List<Read> choose(List<Gazetteer.Hit> hits) {
        for (Gazetteer.Hit h : hits) {
            if (isAmbiguous(h)) continue;
            GazetteerEntry e = h.entry();
            String code = codeOf(e);
            if (code != null) support.merge(code, 1, Integer::sum);
            if (e.kind() == EntryKind.PERSON) personSupport.merge(e.code(), 1, Integer::sum);
        }
        List<Read> out = new ArrayList<>(hits.size());
        Gazetteer.Hit prev = null;
        java.util.BitSet starts = new java.util.BitSet();
        for (Gazetteer.Hit h : hits) starts.set(h.first());
        for (Gazetteer.Hit h : hits) {
            if (arabic && verbInVerbPosition(h)) {
                prev = h;
                continue; // طالب العراق تركيا: "demanded", not "student"
            }
            if (arabic && mainAdjective(h, prev, starts)) {
                prev = h;
                continue; // الشارع الرئيس: "the main street", not "the president"
            }
            Read r = isAmbiguous(h) ? resolve(h, prev) : new Read(h, h.entry(), false);
            if (r != null && r.entry().kind() != EntryKind.IGNORE) out.add(r);
            prev = h;
        }
        return out;
    }

    /** الرئيس, normalized: "the president", and after a definite noun its adjective "main". */
    private static final String AL_RAIS = org.tawazun.lang.ar.ArabicNormalizer.normalize("\u0627\u0644\u0631\u0626\u064A\u0633");
    /** Definite words before which الرئيس is still the president: السيد الرئيس، اليوم الرئيس (normalized, without the article). */
    private static final Set<String> BEFORE_PRESIDENT = Set.of("\u0633\u064A\u062F", "\u0633\u064A\u062F\u0647", // سيد سيدة
            "\u064A\u0648\u0645", "\u0627\u0646"); // يوم آن

    /**
     * الرئيس as the adjective "main" (الشارع الرئيس، السبب الرئيس، المتهم الرئيس): right after a definite word that is
     * no name, no sector noun and no function word, without a clitic of its own, and not followed by a state, its
     * adjective or a name (السيد الرئيس and اليوم الرئيس الفرنسي stay the president).
     */
    private boolean mainAdjective(Gazetteer.Hit h, Gazetteer.Hit prev, java.util.BitSet starts) {
        int i = h.first();
        if (h.last() != i || i == 0 || sentenceOf[i - 1] != sentenceOf[i] || starts.get(i + 1)) return false;
        if (!AL_RAIS.equals(toks.get(i).norm())) return false;
        if (prev != null && prev.last() >= i - 1) return false;
        Token p = toks.get(i - 1);
        if (!p.isWord() || !fw.of(p).isEmpty()) return false;
        for (Analysis pa : p.analyses()) {
            if (pa.article() && !pa.hasSuffix() && !BEFORE_PRESIDENT.contains(pa.stem()) && pa.stem().length() > 1) return true;
        }
        return false;
    }

    /** Words after which a perfect verb opens a clause (كما طالب، فيما طالب، الذي طالب); normalized. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("\u0643\u0645\u0627", "\u0641\u064A\u0645\u0627", // كما فيما
            "\u062D\u064A\u062B", "\u0628\u064A\u0646\u0645\u0627", "\u0627\u0644\u0630\u064A", // حيث بينما الذي
            "\u0627\u0644\u062A\u064A", "\u0627\u0644\u0630\u064A\u0646", "\u0642\u062F", "\u0648\u0642\u062F", // التي الذين قد وقد
            "\u0641\u0642\u062F", "\u0644\u0642\u062F", "\u062B\u0645", "\u0627\u0630", "\u0639\u0646\u062F\u0645\u0627", // فقد لقد ثم اذ عندما
            "\u062D\u064A\u0646", "\u062D\u064A\u0646\u0645\u0627", "\u0628\u0639\u062F\u0645\u0627", "\u0644\u0645\u0627", // حين حينما بعدما لما
            "\u0643\u0630\u0644\u0643", "\u0648\u0643\u0630\u0644\u0643", "\u0648\u0644\u0645\u0627", "\u0628\u0639\u062F\u0647\u0627"); // كذلك وكذلك ولما بعدها

    /**
     * A one-word sector noun spelled like a perfect verb (flag {@code verb}: طالب) in verb position: first word of its
     * sentence or after punctuation, carrying the conjunction و or ف, or after a clause opener (كما، فيما، الذي).
     * There it is the verb (طالب العراق تركيا بـ "Iraq demanded of Turkey"); elsewhere the noun (قتل طالب فلسطيني).
     */
    private boolean verbInVerbPosition(Gazetteer.Hit h) {
        if (h.first() != h.last()) return false;
        for (GazetteerEntry e : h.entries()) if (!e.verb()) return false;
        int i = h.first();
        String prefix = h.analysis() == null ? "" : h.analysis().prefix();
        if ("\u0648".equals(prefix) || "\u0641".equals(prefix)) return true; // وطالب، فطالب
        if (prefix != null && !prefix.isEmpty()) return false;
        if (i == 0 || sentenceOf[i - 1] != sentenceOf[i]) return true;
        Token p = toks.get(i - 1);
        return p.isPunct() || CLAUSE_OPENERS.contains(p.norm());
    }

    private static boolean isAmbiguous(Gazetteer.Hit h) {
        List<GazetteerEntry> es = h.entries();
        for (int i = 1; i < es.size(); i++) if (!sameReading(es.get(0), es.get(i))) return true;
        GazetteerEntry e = es.get(0);
        // an ambiguous sector noun has no competing name: MentionFinder decides whether it stands alone
        return e.ambiguous() && e.kind() != EntryKind.AGENT;
    }

    private Read resolve(Gazetteer.Hit h, Gazetteer.Hit prev) {
        List<GazetteerEntry> es = h.entries();
        GazetteerEntry def = es.get(0);
        for (GazetteerEntry e : es) {
            if (!e.ambiguous()) {
                def = e;
                break;
            }
        }
        if (!arabic && h.first() == h.last() && partOfPersonalName(h)) return null;
        GazetteerEntry best = def;
        int bestScore = score(def, h, prev);
        for (GazetteerEntry e : es) {
            if (e == def) continue;
            int sc = score(e, h, prev);
            int threshold = def.isStateKind() && e.isStateKind() && def.kind() != EntryKind.PLACE && e.kind() != EntryKind.PLACE ? 1 : 2;
            if (sc > bestScore && sc >= threshold) {
                best = e;
                bestScore = sc;
            }
        }
        if (best.kind() == EntryKind.PLACE && best.ambiguous() && bestScore == 0) {
            return null; // a place name that is also a word (القائم، حديثة): a place only with evidence
        }
        if (best.kind() == EntryKind.PERSON && best.ambiguous() && (bestScore == 0 || !arabic && lowerCase(h))) {
            // a bare surname that is also a word (بري "by land", Rice): not a name without evidence, and in English
            // never when written in lower case (rice); if another reading exists, take it
            GazetteerEntry other = null;
            for (GazetteerEntry e : es) if (e.kind() != EntryKind.PERSON && e.kind() != EntryKind.IGNORE) other = other == null ? e : other;
            if (other == null) return null;
            best = other;
        }
        return new Read(h, best, bestScore == 0);
    }

    /** True when the hit's first letter is written in lower case (English: a word, not a name). */
    private boolean lowerCase(Gazetteer.Hit h) {
        Token t = toks.get(h.first());
        return Character.isLowerCase(doc.text().charAt(t.start()));
    }

    /** Two entries of one form that mean the same (روسيا the state and روسيا the accusative adjective). */
    private static boolean sameReading(GazetteerEntry a, GazetteerEntry b) {
        boolean stateOrAdjective = (a.kind() == EntryKind.COUNTRY || a.kind() == EntryKind.NISBA)
                && (b.kind() == EntryKind.COUNTRY || b.kind() == EntryKind.NISBA);
        return Objects.equals(a.code(), b.code()) && Objects.equals(a.sector(), b.sector()) && (a.kind() == b.kind() || stateOrAdjective);
    }

    /** Evidence for one reading of match {@code h}. */
    private int score(GazetteerEntry e, Gazetteer.Hit h, Gazetteer.Hit prev) {
        int sc = 2 * cues(e, h);
        if (e.kind() == EntryKind.PERSON) {
            sc += 2 * personSupport.getOrDefault(e.code(), 0);
            if (titled(h, prev)) sc += 2;
            String home = people.contains(e.code()) ? people.homeCode(e.code()) : null;
            if (home != null) sc += support.getOrDefault(home, 0);
            LocalDate date = doc.document().published();
            if (sc > 0 && date != null && people.contains(e.code())) {
                var a = people.resolve(e.code(), date);
                if (a != null && !"ELI".equals(a.sector())) sc += 1; // in office on the document's date
            }
            return sc;
        }
        String code = codeOf(e);
        if (code != null) sc += support.getOrDefault(code, 0);
        // a state's name right after في / in, against a reading that is no state (في مالي is not "in financial";
        // in Chad, in Jordan): as strong as a cue
        if (e.kind() == EntryKind.COUNTRY && h.first() > 0 && locative(toks.get(h.first() - 1))
                && h.entries().stream().anyMatch(o -> !o.isStateKind())) sc += 2;
        // an adjective agrees with the sector noun right before it (الجيش السوداني): as strong as a title is for a name
        if (e.kind() == EntryKind.NISBA && arabic && prev != null && prev.last() == h.first() - 1
                && prev.entry().kind() == EntryKind.AGENT) sc += 2;
        // a place after a sector noun or a word for a place (شرطة صلاح الدين، محافظة الأنبار، the city of Hama)
        if (e.kind() == EntryKind.PLACE && (prev != null && prev.last() == h.first() - 1 && prev.entry().kind() == EntryKind.AGENT
                || h.first() > 0 && placeNoun(toks.get(h.first() - 1)))) sc += 2;
        return sc;
    }

    private int cues(GazetteerEntry e, Gazetteer.Hit h) {
        if (e.cues().isEmpty()) return 0;
        int s = sentenceOf[h.first()];
        int n = 0;
        for (String c : e.cues()) {
            for (int k = Math.max(0, s - 1); k <= Math.min(wordsBySentence.size() - 1, s + 1); k++) {
                if (wordsBySentence.get(k).contains(c)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private boolean locative(Token t) {
        return arabic ? t.norm().equals("\u0641\u064A") : t.norm().equalsIgnoreCase("in");
    }

    /** A title right before the name: a sector noun (الرئيس، السيناتور) or an English honorific (Mr, Senator). */
    private boolean titled(Gazetteer.Hit h, Gazetteer.Hit prev) {
        if (prev != null && prev.last() == h.first() - 1 && prev.entry().kind() == EntryKind.AGENT) return true;
        if (arabic || h.first() == 0) return false;
        Token p = toks.get(h.first() - 1);
        if (p.norm().equals(".") && h.first() >= 2) p = toks.get(h.first() - 2);
        return EN_TITLES.contains(p.norm());
    }

    /**
     * English: a one-word name between capitalized words that are not names themselves is part of a personal name
     * (Michael Jordan, Jordan Bardella, Chad Smith). Function words (In, The), days, months and titles do not count.
     */
    private boolean partOfPersonalName(Gazetteer.Hit h) {
        return capitalizedWord(h.first() - 1, true) || capitalizedWord(h.last() + 1, false);
    }

    private boolean capitalizedWord(int i, boolean before) {
        if (i < 0 || i >= toks.size()) return false;
        Token t = toks.get(i);
        if (!t.isWord() || t.isArabic()) return false;
        if (before ? toks.get(i + 1).newlineBefore() : t.newlineBefore()) return false; // another line
        if (!Character.isUpperCase(doc.text().charAt(t.start()))) return false;
        if (!fw.of(t).isEmpty() || COMMON_CAPITALIZED.contains(t.norm())) return false;
        return true;
    }

    private static final Set<String> PLACE_NOUNS = Set.of("\u0645\u062D\u0627\u0641\u0638\u0647", // محافظة
            "\u0645\u062F\u064A\u0646\u0647", "\u0648\u0644\u0627\u064A\u0647", "\u0627\u0642\u0644\u064A\u0645", // مدينة ولاية إقليم
            "\u0645\u0646\u0637\u0642\u0647", "\u0628\u0644\u062F\u0647", "\u0642\u0636\u0627\u0621", // منطقة بلدة قضاء
            "\u0628\u0644\u062F\u0627\u062A", "\u0645\u062F\u0646", // بلدات مدن
            "city", "town", "province", "region", "governorate", "district");

    /** A word for a place before a place name: محافظة، مدينة، city, province (any clitic reading). */
    private boolean placeNoun(Token t) {
        if (!t.isWord()) return false;
        for (Analysis a : t.analyses()) if (!a.hasSuffix() && PLACE_NOUNS.contains(a.stem())) return true;
        return PLACE_NOUNS.contains(t.norm());
    }

    /** Capitalized words that are not names: days, months, titles and common sentence-initial words. */
    private static final Set<String> COMMON_CAPITALIZED = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "the", "a", "an", "in", "on", "at", "and", "but", "as", "after", "before",
            "while", "when", "i", "president", "prime", "minister", "king", "queen", "prince", "foreign", "defence",
            "defense", "secretary", "general", "state", "department", "ministry", "army", "government", "parliament",
            "senate", "congress", "court", "council", "office", "embassy", "ambassador", "mr", "mrs", "ms", "dr",
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "republic",
            "kingdom", "democratic", "people's", "arab", "islamic", "united", "federal", "new", "tv", "news");

    /** The code an unambiguous match gives the document as evidence: its state, organization or person's state. */
    private String codeOf(GazetteerEntry e) {
        return switch (e.kind()) {
            case COUNTRY, CAPITAL, NISBA, GROUP, PLACE, ORG, REGION -> e.code();
            case PERSON -> people.contains(e.code()) ? people.homeCode(e.code()) : null;
            default -> null;
        };
    }
}
