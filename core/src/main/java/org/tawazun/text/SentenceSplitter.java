package org.tawazun.text;

import org.tawazun.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups tokens into sentences. A sentence ends at . ! ? (and their Arabic forms, already folded), at a line
 * break (headlines, paragraphs, datelines on their own line), and never inside a number or after a known
 * abbreviation (Dr. Mr. Gen. Jan. No. ...) or a single capital initial. Closing quotes and brackets that follow
 * the end mark stay with the sentence.
 */
public final class SentenceSplitter {
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
            if (isEnd(tokens, i, raw)) {
                int end = i + 1;
                while (end < n && !tokens.get(end).newlineBefore() && isCloser(tokens.get(end).norm())) end++;
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
        if (!prev.isArabic() && prev.isWord()) {
            String p = prev.norm();
            if (ABBREVIATIONS.contains(p)) return false;
            if (p.length() == 1 && Character.isLetter(p.charAt(0))) return false; // initials: J. Smith
        }
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
