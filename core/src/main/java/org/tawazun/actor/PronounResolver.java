package org.tawazun.actor;

import org.tawazun.model.Mention;
import org.tawazun.model.Sentence;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves a pronoun to the actor mentions it refers to: an Arabic enclitic (ـها، ـه، ـهم، ـهما) or an English
 * pronoun (it, its, they, their, he, his, she, her). The rule: the nearest earlier mention, in the current and the
 * two previous sentences, whose gender and number fit and whose code is not excluded (the other party of the same
 * event); within the pronoun's sentence a subject (a mention no preposition governs) is preferred over a nearer
 * oblique one; a dual or plural pronoun takes a whole coordinated pair (روسيا والصين ... علاقاتهما) when there is one.
 * Arabic agreement: ـها is feminine singular, which also covers states (feminine) and non-human plurals
 * (القوات)؛ ـه masculine singular; ـهم human plural; ـهما dual. English: it/its a state or organization, he/she a
 * person, they/their a plural or a pair. The returned mentions keep the pronoun's own span and carry the
 * antecedent's actor with {@code via} "coref".
 */
public final class PronounResolver {
    private static final Set<String> EN_SINGULAR = Set.of("it", "its", "itself");
    private static final Set<String> EN_PERSON = Set.of("he", "his", "him", "himself", "she", "her", "hers", "herself");
    private static final Set<String> EN_PLURAL = Set.of("they", "their", "them", "theirs", "themselves");

    private final AnalyzedDocument doc;
    private final List<Mention> mentions;

    public PronounResolver(AnalyzedDocument doc, List<Mention> mentions) {
        this.doc = doc;
        this.mentions = mentions;
    }

    /**
     * The agreement a pronoun asks for: 'f', 'm', 'p', 'd' (Arabic), 'n' (English it), 'h' (he/she), 'P' (they), or
     * '?'.
     */
    public static char wanted(String pronoun) {
        return switch (pronoun) {
            case "\u0647\u0627" -> 'f';
            case "\u0647" -> 'm';
            case "\u0647\u0645", "\u0647\u0646" -> 'p';
            case "\u0647\u0645\u0627" -> 'd';
            default -> EN_SINGULAR.contains(pronoun) ? 'n' : EN_PERSON.contains(pronoun) ? 'h' : EN_PLURAL.contains(pronoun) ? 'P' : '?';
        };
    }

    /** True for the pronouns this resolver knows (Arabic third-person enclitics, English third-person pronouns). */
    public static boolean isPronoun(String p) {
        return wanted(p) != '?';
    }

    /**
     * The mentions pronoun {@code pronoun} on token {@code token} refers to (empty when none fits), each with the
     * span {@code [start, end)} of the pronoun.
     *
     * @param exclude codes that cannot be the antecedent (the other party of the event)
     */
    public List<Mention> resolve(int token, String pronoun, int start, int end, Set<String> exclude) {
        char want = wanted(pronoun);
        List<Mention> hit = antecedent(token, want, exclude);
        List<Mention> out = new ArrayList<>(hit.size());
        String text = doc.text().substring(start, end);
        for (Mention c : hit) {
            out.add(new Mention(start, end, text, c.actor(), "coref", token, token, false, c.gender(), false, c.person(), c.ambiguous()));
        }
        return out;
    }

    /** The antecedent mention(s) of a pronoun at {@code token}. */
    public List<Mention> antecedent(int token, char want, Set<String> exclude) {
        int sentence = sentenceOf(token);
        int minToken = doc.sentences().get(Math.max(0, sentence - 2)).firstToken();
        int sentStart = doc.sentences().get(sentence).firstToken();
        Mention nearest = null;
        int nearestIdx = -1;
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention c = mentions.get(k);
            if (c.lastToken() >= token) continue;
            if (c.firstToken() < minToken) break;
            if (!fits(c, want, exclude)) continue;
            if (nearest == null) {
                nearest = c;
                nearestIdx = k;
                if (!c.oblique() || c.firstToken() < sentStart) break;
            } else if (c.firstToken() >= sentStart && !c.oblique()) {
                nearest = c; // a subject of the same sentence beats a nearer oblique mention
                nearestIdx = k;
                break;
            } else if (c.firstToken() < sentStart) {
                break;
            }
        }
        if (nearest == null) return List.of();
        if (want == 'd' || want == 'p' || want == 'P') {
            List<Mention> pair = coordinatedGroup(nearestIdx);
            if (pair.size() > 1) return pair;
        }
        return List.of(nearest);
    }

    private boolean fits(Mention c, char want, Set<String> exclude) {
        if (!c.hasCode() || exclude.contains(c.actor().code())) return false;
        return switch (want) {
            case 'n' -> c.person() == null;
            case 'h' -> c.person() != null;
            case 'P' -> c.person() == null || c.coordinated() || partOfGroup(c);
            default -> agrees(c.gender(), want) || (want == 'd' || want == 'p') && (c.coordinated() || partOfGroup(c));
        };
    }

    private boolean partOfGroup(Mention c) {
        int idx = mentions.indexOf(c);
        return idx + 1 < mentions.size() && mentions.get(idx + 1).coordinated() && mentions.get(idx + 1).firstToken() > c.lastToken();
    }

    /** The coordinated group (A و B، A and B) the mention at {@code idx} belongs to. */
    private List<Mention> coordinatedGroup(int idx) {
        int a = idx;
        while (a > 0 && mentions.get(a).coordinated()) a--;
        int b = idx;
        while (b + 1 < mentions.size() && mentions.get(b + 1).coordinated()) b++;
        List<Mention> out = new ArrayList<>(mentions.subList(a, b + 1));
        out.removeIf(m -> !m.hasCode());
        return out;
    }

    /** Arabic agreement; non-human plurals and states take the feminine singular (القوات ... عليها). */
    public static boolean agrees(char have, char want) {
        if (want == '?' || have == '?') return true;
        return switch (want) {
            case 'f' -> have == 'f' || have == 'p';
            case 'm' -> have == 'm';
            case 'p' -> have == 'p' || have == 'd' || have == 'm';
            case 'd' -> have == 'd' || have == 'p';
            default -> true;
        };
    }

    private int sentenceOf(int token) {
        List<Sentence> ss = doc.sentences();
        int lo = 0, hi = ss.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (ss.get(mid).firstToken() <= token) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The raw offset where an Arabic enclitic starts inside its token. */
    public static int suffixStart(AnalyzedDocument doc, Token t, String suffix) {
        int normIdx = t.normStart() + t.norm().length() - suffix.length();
        return doc.normalized().rawStart(normIdx);
    }
}
