package org.tawazun.text;

import org.tawazun.model.Sentence;

import org.tawazun.util.Tsv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups tokens into sentences. A sentence ends at . ! ? (and their Arabic forms, already folded), at a line
 * break (headlines, paragraphs, bylines on their own line), and never inside a number or after a known
 * abbreviation (Dr. Mr. Gen. Jan. No. ...), a single capital initial or a single Arabic letter (د. أ. م.).
 * Closing quotes and brackets that follow the end mark stay with the sentence. A dotted abbreviation that ends a
 * sentence (in the U.S. The ...) ends it when a common sentence opener follows.
 *
 * <p>A dateline that opens a paragraph ("القاهرة - (وكالات):", "غزة - خاص:", "SEOUL, March 10 (Reuters) -",
 * "WASHINGTON —") is a sentence of its own, so the place it names is not read as the subject of the first
 * sentence. It is recognized by its shape: one to three words, optionally a comma and a country or date, and a
 * dash or colon together with a bracketed or quoted source, a news agency of text/agencies.tsv, or (English) a
 * place in capitals.
 */
public final class SentenceSplitter {
    /** Agency names by first normalized token; each entry is the token sequence. */
    private static final Map<String, List<String[]>> AGENCIES = new HashMap<>();

    static {
        for (Tsv.Row r : Tsv.resource(SentenceSplitter.class, "/org/tawazun/text/agencies.tsv")) {
            String[] w = Tokenizer.tokenize(Normalizer.normalize(r.required("name"))).stream().map(Token::norm).toArray(String[]::new);
            if (w.length == 0) throw r.fail("empty name");
            AGENCIES.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w);
        }
    }

    /** Capitalized words that open English sentences; after "U.S." they mark a sentence end. */
    private static final Set<String> OPENERS = Set.of("the", "he", "she", "it", "they", "we", "i", "but", "in", "on",
            "a", "an", "this", "that", "these", "those", "there", "his", "her", "its", "their", "officials", "meanwhile",
            "however", "some", "many", "no", "after", "last", "earlier", "according");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep",
            "st", "jr", "sr", "no", "nos", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "fig",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx",
            "pres", "rev", "hon", "amb", "min", "cf", "al", "op", "art", "sec");

    private SentenceSplitter() {
    }

    /** Splits the tokens of {@code raw} (the raw text is needed for letter case, which normalization drops). */
    public static List<Sentence> split(List<Token> tokens, String raw) {
        List<Sentence> out = new ArrayList<>();
        int n = tokens.size();
        int first = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (i > first && t.newlineBefore()) {
                out.add(make(out.size(), tokens, first, i));
                first = i;
            }
            if (i == first && (i == 0 || t.newlineBefore())) {
                int d = datelineEnd(tokens, i, raw);
                if (d >= i) {
                    out.add(make(out.size(), tokens, i, d + 1));
                    first = d + 1;
                    i = d;
                    continue;
                }
            }
            if (isEnd(tokens, i, raw) || abbreviationEnds(tokens, i, raw)) {
                int end = i + 1;
                // closing quotes and brackets glued to the end mark ("... said." not the opening quote after it)
                while (end < n && !tokens.get(end).newlineBefore() && isCloser(tokens.get(end).norm())
                        && tokens.get(end).start() == tokens.get(end - 1).end()) end++;
                // a run of end marks (..., ?!) belongs to this sentence
                while (end < n && !tokens.get(end).newlineBefore() && isEndMark(tokens.get(end).norm())) end++;
                out.add(make(out.size(), tokens, first, end));
                first = end;
                i = end - 1;
            }
        }
        if (first < n) out.add(make(out.size(), tokens, first, n));
        return out;
    }

    /** "in the U.S. The talks ...": a dotted abbreviation followed by a capitalized sentence opener ends the sentence. */
    private static boolean abbreviationEnds(List<Token> tokens, int i, String raw) {
        Token t = tokens.get(i);
        if (t.isArabic() || !t.isWord()) return false;
        String s = t.norm();
        if (s.length() < 4 || s.charAt(s.length() - 1) != '.' || s.indexOf('.') == s.length() - 1) return false;
        if (i + 1 >= tokens.size()) return false;
        Token next = tokens.get(i + 1);
        return !next.newlineBefore() && next.isWord() && Character.isUpperCase(raw.charAt(next.start())) && OPENERS.contains(next.norm());
    }

    /**
     * The last token of a dateline that opens the line at token i, or -1: PLACE{1,3} [, X{1,4}] then, in any
     * order, dashes or colons, one bracketed or quoted source, agency names; text must follow on the same line.
     */
    static int datelineEnd(List<Token> tokens, int i, String raw) {
        int n = tokens.size();
        int limit = Math.min(n, i + 16);
        int k = i;
        int words = 0;
        while (k < limit && tokens.get(k).isWord() && (k == i || !tokens.get(k).newlineBefore()) && words < 3) {
            if (k > i && agencyAt(tokens, k, limit) > 0) break;
            k++;
            words++;
        }
        if (words == 0) return -1;
        Token place = tokens.get(i);
        boolean caps = !place.isArabic() && allCaps(raw, place);
        if (k < limit && tokens.get(k).norm().equals(",")) {
            int j = k + 1, cnt = 0;
            while (j < limit && cnt < 4 && !tokens.get(j).newlineBefore() && (tokens.get(j).isWord() || tokens.get(j).kind() == Token.Kind.NUMBER)) {
                j++;
                cnt++;
            }
            if (cnt > 0) k = j;
        }
        boolean sep = false, source = false, quoted = false;
        int last = -1;
        for (int part = 0; part < 5 && k < limit && !tokens.get(k).newlineBefore(); part++) {
            String s = tokens.get(k).norm();
            if (s.equals("-") || s.equals(":")) {
                sep = true;
                last = k++;
                continue;
            }
            if (s.equals("(") || s.equals("\"")) {
                String close = s.equals("(") ? ")" : "\"";
                int c = k + 1;
                while (c < limit && c <= k + 6 && !tokens.get(c).norm().equals(close) && !tokens.get(c).newlineBefore()) c++;
                if (c >= limit || c > k + 6 || !tokens.get(c).norm().equals(close) || c == k + 1) break;
                source = true;
                quoted = s.equals("\"");
                last = c;
                k = c + 1;
                continue;
            }
            int a = agencyAt(tokens, k, limit);
            if (a > 0) {
                source = true;
                last = k + a - 1;
                k += a;
                continue;
            }
            break;
        }
        if (!sep || last < 0 || !(source || caps && tokens.get(last).norm().equals("-"))) return -1;
        // a quoted source must be closed by a dash or colon (بيروت - «الأخبار»:), unlike a quotation (وقال: «...».)
        if (quoted && !(tokens.get(last).norm().equals("-") || tokens.get(last).norm().equals(":"))) return -1;
        // the dateline is followed by the first sentence, on the same line
        if (last + 1 >= n || tokens.get(last + 1).newlineBefore() || tokens.get(last + 1).isPunct() && !tokens.get(last + 1).norm().equals("\"")) return -1;
        return last;
    }

    private static int agencyAt(List<Token> tokens, int k, int limit) {
        List<String[]> cands = AGENCIES.get(tokens.get(k).norm());
        if (cands == null) return 0;
        int best = 0;
        for (String[] w : cands) {
            if (k + w.length > limit || w.length <= best) continue;
            boolean ok = true;
            for (int x = 1; x < w.length && ok; x++) ok = tokens.get(k + x).norm().equals(w[x]);
            if (ok) best = w.length;
        }
        return best;
    }

    private static boolean allCaps(String raw, Token t) {
        int upper = 0;
        for (int i = t.start(); i < t.end(); i++) {
            char c = raw.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper >= 2;
    }

    private static Sentence make(int index, List<Token> tokens, int first, int end) {
        return new Sentence(index, tokens.get(first).start(), tokens.get(end - 1).end(), first, end);
    }

    private static boolean isEndMark(String s) {
        return s.equals(".") || s.equals("!") || s.equals("?");
    }

    private static boolean isCloser(String s) {
        return s.equals("\"") || s.equals("'") || s.equals(")") || s.equals("]");
    }

    private static boolean isEnd(List<Token> tokens, int i, String raw) {
        Token t = tokens.get(i);
        if (!t.isPunct()) return false;
        String s = t.norm();
        if (s.equals("!") || s.equals("?")) return true;
        if (!s.equals(".")) return false;
        if (i == 0) return false;
        Token prev = tokens.get(i - 1);
        if (prev.end() != t.start()) return true; // "word ." with a space: still an end
        boolean sameLineAfter = i + 1 < tokens.size() && !tokens.get(i + 1).newlineBefore();
        if (!prev.isArabic() && prev.isWord()) {
            String p = prev.norm();
            if (ABBREVIATIONS.contains(p)) return false;
            if (p.length() == 1 && Character.isLetter(p.charAt(0))) return false; // initials: J. Smith
        }
        // د. محمد، أ. د. علي، م. أحمد: a single Arabic letter and a dot abbreviate a title
        if (prev.isArabic() && prev.norm().length() == 1 && sameLineAfter && (i < 2 || tokens.get(i - 2).end() < prev.start())) return false;
        // a new English sentence does not start in lower case: "... in the U.S. and ..."
        if (i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (!next.newlineBefore() && next.isWord() && !next.isArabic()
                    && Character.isLowerCase(raw.charAt(next.start()))) {
                return false;
            }
        }
        return true;
    }
}
