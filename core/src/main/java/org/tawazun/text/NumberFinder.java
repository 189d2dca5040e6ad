package org.tawazun.text;

import org.tawazun.model.NumberMention;
import org.tawazun.util.Tsv;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads numbers in digits and words over tokens, with the number words of a language from lang/xx/numbers.tsv:
 * digits with separators (1,000 / 1.000.000 / 2,5 / 3.5), compound number words (ثلاثة وعشرون، مئة وخمسون ألفا،
 * twenty-five, one hundred and twenty), scales after digits or words (5 ملايين، 1.5 مليار، 3bn), duals (ألفي،
 * مليوني، عقدين), fractions (نصف مليون، ثلاثة أرباع، two-thirds), percentages (98%، ٩٨٪، 98 بالمئة، في المائة,
 * percent), approximate plurals (عشرات الآلاف، hundreds of), ranges (بين 10 و20، 10-20، from 10 to 20) and hedges
 * (أكثر من، نحو، حوالي، about, more than). A table-driven parser: one pass over the tokens, no regex.
 * Arabic words are looked up through their clitic readings (وعشرون، بنحو، والآلاف).
 */
public final class NumberFinder {
    enum Kind {
        NUM, UNIT11, TEEN, HUNDRED, SCALE, SCALE_DUAL, SCALE_PLURAL, SEVERAL, FRACTION, FRACTION_PLURAL, PERCENT,
        HEDGE, HEDGE_AFTER, RANGE_FROM, RANGE_TO, DUAL
    }

    record Word(String[] words, Kind kind, double value, String text) {
    }

    /** A word found at a token: the entry, how many tokens it spans, and whether it carried the conjunction و. */
    private record Hit(Word word, int length, boolean conj) {
    }

    private static final Map<String, NumberFinder> CACHE = new ConcurrentHashMap<>();

    private final boolean arabic;
    private final Map<String, List<Word>> byFirst = new HashMap<>();
    /** Entries whose first word carries the article (بالمئة is not one; الآلاف is read through its stem), by stem. */
    private final Map<String, List<Word>> byArticleStem = new HashMap<>();
    /** First words of all entries: a word token that reads as none of them starts no number. */
    private final FirstWords firstWords = new FirstWords();

    private NumberFinder(boolean arabic) {
        this.arabic = arabic;
    }

    public static NumberFinder forLang(String lang) {
        String l = "ar".equals(lang) ? "ar" : "en";
        return CACHE.computeIfAbsent(l, NumberFinder::load);
    }

    private static NumberFinder load(String lang) {
        NumberFinder f = new NumberFinder("ar".equals(lang));
        for (Tsv.Row r : Tsv.resource(NumberFinder.class, "/org/tawazun/lang/" + lang + "/numbers.tsv")) {
            Kind k;
            try {
                k = Kind.valueOf(r.required("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown kind '" + r.get("kind") + "'");
            }
            String v = r.get("value");
            double value = 0;
            String text = r.get("unit");
            if (k == Kind.HEDGE || k == Kind.HEDGE_AFTER) {
                text = v;
                if (!List.of("about", "more", "less", "at_least", "at_most").contains(v)) throw r.fail("hedge value must be about, more, less, at_least or at_most");
            } else if (!v.isEmpty()) {
                value = r.number("value");
            }
            String[] words = Tokenizer.tokenize(Normalizer.normalize(r.required("word"))).stream().map(Token::norm).toArray(String[]::new);
            if (words.length == 0) throw r.fail("empty word");
            Word word = new Word(words, k, value, text);
            f.byFirst.computeIfAbsent(words[0], x -> new ArrayList<>()).add(word);
            if (words[0].startsWith("\u0627\u0644") && words[0].length() > 3) {
                f.byArticleStem.computeIfAbsent(words[0].substring(2), x -> new ArrayList<>()).add(word);
            }
            f.firstWords.add(words[0]);
        }
        return f;
    }

    /** True when a number word, hedge or range word may start at this token (digits aside). */
    boolean mayStart(Token t) {
        return firstWords.mayStart(t);
    }

    /** The numbers in tokens [from, to) of a text, skipping tokens set in {@code skip} (dates), in text order. */
    public List<NumberMention> find(List<Token> toks, int from, int to, String raw, BitSet skip) {
        List<NumberMention> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (skip != null && skip.get(i)) continue;
            NumberMention m = at(toks, i, to, raw, skip);
            if (m != null) {
                out.add(m);
                i = m.lastToken();
            }
        }
        return out;
    }

    /** All numbers of a whole text (tests, tools). */
    public List<NumberMention> find(String raw) {
        List<Token> toks = Tokenizer.tokenize(Normalizer.normalize(raw));
        return find(toks, 0, toks.size(), raw, null);
    }

    /** The value of a phrase that is exactly one number ("ثلاثة آلاف وخمسمائة" → 3500), or null. */
    public Double parse(String phrase) {
        List<Token> toks = Tokenizer.tokenize(Normalizer.normalize(phrase));
        if (toks.isEmpty()) return null;
        NumberMention m = at(toks, 0, toks.size(), phrase, null);
        return m != null && m.firstToken() == 0 && m.lastToken() == toks.size() - 1 ? m.value() : null;
    }

    /** The number mention starting at token i, or null. */
    public NumberMention at(List<Token> toks, int i, int end, String raw, BitSet skip) {
        Token t = toks.get(i);
        if (t.isPunct() && !t.norm().equals("%")) return null;
        if (t.kind() == Token.Kind.WORD && !firstWords.mayStart(t) && !Tokenizer.isDigit(t.norm().charAt(0))
                && (arabic || t.norm().indexOf('-') < 0)) {
            return null; // fast path: no number word, hedge or range word reads here
        }
        int first = i;
        String hedge = "";
        // first stays at i only when a hedge opens the mention
        int j = i;
        Hit h = word(toks, j, end, Kind.HEDGE);
        if (h != null && j + h.length < end && !skipped(skip, j + h.length)) {
            hedge = h.word.text;
            j += h.length;
        } else {
            first = -1;
        }
        boolean between = false;
        int rangeFromAt = -1;
        Hit rf = word(toks, j, end, Kind.RANGE_FROM);
        if (rf != null && j + 1 < end && !skipped(skip, j + 1)) {
            rangeFromAt = j;
            between = "بين".equals(rf.word.words[0]) || "between".equals(rf.word.words[0]);
            j++;
        }
        double[] card = cardinal(toks, j, end, skip, false);
        if (card == null) return null;
        double value = card[0];
        boolean several = card[2] > 0;
        int last = (int) card[1];
        double upper = value;
        String unit = card[3] > 0 ? dualUnit(toks.get(j)) : "";
        // percent right after the first number: 10% - 20%
        int k = last + 1;
        Hit pct = word(toks, k, end, Kind.PERCENT);
        if (pct != null) {
            unit = "%";
            last = k + pct.length - 1;
            k = last + 1;
        }
        // range: 10-20, 10 إلى 20, بين 10 و20, from 10 to 20
        boolean rangeOk = false;
        if (k < end && !skipped(skip, k)) {
            Hit rt = word(toks, k, end, Kind.RANGE_TO);
            boolean conjGlued = false;
            if (rt == null && between && arabic) conjGlued = true; // بين عشرة وعشرين: the و is on the next number
            if (rt != null && (!isAnd(rt.word) || between) || conjGlued) {
                int u = conjGlued ? k : k + rt.length;
                double[] up = u < end && !skipped(skip, u) ? cardinal(toks, u, end, skip, conjGlued) : null;
                if (up != null && up[0] > value) {
                    upper = up[0];
                    last = (int) up[1];
                    rangeOk = true;
                    // a scale or percent stated once applies to both ends: بين 10 و15 ألفا، 10 to 20 percent
                    if (up[4] > 1 && card[4] <= 1 && value * up[4] < upper) value *= up[4];
                    Hit pct2 = word(toks, last + 1, end, Kind.PERCENT);
                    if (pct2 != null) {
                        unit = "%";
                        last = last + pct2.length;
                    }
                }
            }
        }
        Hit after = word(toks, last + 1, end, Kind.HEDGE_AFTER);
        if (after != null && hedge.isEmpty()) {
            hedge = after.word.text;
            last = last + after.length;
        }
        if (several && hedge.isEmpty()) hedge = "about";
        if (first < 0) first = rangeOk && rangeFromAt >= 0 ? rangeFromAt : j;
        int s = toks.get(first).start();
        int e = toks.get(last).end();
        return new NumberMention(s, e, raw.substring(s, e), value, upper, hedge, unit, first, last);
    }

    private static boolean skipped(BitSet skip, int i) {
        return skip != null && skip.get(i);
    }

    private boolean isAnd(Word w) {
        return w.words[0].equals("\u0648") || w.words[0].equals("and");
    }

    private String dualUnit(Token t) {
        for (Analysis a : t.analyses()) {
            List<Word> ws = byFirst.get(a.stem());
            if (ws == null || a.hasSuffix()) continue;
            for (Word w : ws) if (w.kind == Kind.DUAL) return w.text;
        }
        return "";
    }

    /** The running state of a cardinal being read. */
    private static final class Card {
        double total, cur, lastScale, maxScale = 1;
        /** The last number word added to cur, to check the order of compounds (خمسة وعشرون, مئة وخمسون). */
        double lastPart;
        boolean any, several, dual;
        Kind prev;
        int last = -1;

        double[] result() {
            return new double[]{total + cur, last, several ? 1 : 0, dual ? 1 : 0, maxScale};
        }
    }

    /**
     * A cardinal number starting at token j: {value, last token, approximate plural?, dual?, largest scale}, or
     * null. {@code conjFirst}: the first word may carry the conjunction و (the second number of بين ... و...).
     */
    private double[] cardinal(List<Token> toks, int j, int end, BitSet skip, boolean conjFirst) {
        Card c = new Card();
        for (int k = j; k < end; k++) {
            if (skipped(skip, k)) break;
            Token t = toks.get(k);
            if (t.kind() == Token.Kind.NUMBER) {
                if (c.any) break;
                // 10:30 is a time, not two numbers
                if (k + 2 < end && toks.get(k + 1).norm().equals(":") && toks.get(k + 2).kind() == Token.Kind.NUMBER
                        && toks.get(k + 1).start() == t.end()) return null;
                if (k >= 2 && toks.get(k - 1).norm().equals(":") && toks.get(k - 2).kind() == Token.Kind.NUMBER
                        && toks.get(k - 1).end() == t.start()) return null;
                double d = digits(t.norm());
                if (Double.isNaN(d)) return null;
                c.cur = d;
                c.lastPart = d;
                c.any = true;
                c.prev = Kind.NUM;
                c.last = k;
                continue;
            }
            if (!c.any && !arabic && t.isWord() && !t.norm().isEmpty() && Tokenizer.isDigit(t.norm().charAt(0))) {
                double d = suffixed(t.norm()); // 3bn, 2.5m, 40k
                if (Double.isNaN(d)) return null;
                c.cur = d;
                c.any = true;
                c.prev = Kind.SCALE;
                c.last = k;
                continue;
            }
            boolean and = false;
            if (!arabic && c.any && k + 1 < end && (t.norm().equals("and") && (c.prev == Kind.HUNDRED || c.prev == Kind.SCALE)
                    || t.norm().equals("of") && c.prev == Kind.SEVERAL)) {
                and = t.norm().equals("and"); // one hundred and twenty; tens of thousands
                k++;
                t = toks.get(k);
                if (!and && !isScalePlural(t)) {
                    k--;
                    break;
                }
            }
            Hit h = numberWord(toks, k, end, c.any || conjFirst);
            if (h == null || !accept(c, h.word, h.conj || and, toks, k, end)) break;
            c.any = true;
            c.prev = h.word.kind == Kind.SCALE_DUAL || h.word.kind == Kind.SCALE_PLURAL ? Kind.SCALE : h.word.kind;
            c.last = k + h.length - 1;
            k = c.last;
            if (h.word.kind == Kind.DUAL) break;
        }
        return c.any ? c.result() : null;
    }

    /** Adds word w to the cardinal, or returns false when it does not continue it. */
    private boolean accept(Card c, Word w, boolean conj, List<Token> toks, int k, int end) {
        switch (w.kind) {
            case NUM -> {
                if (c.any && !conj) {
                    // English: one hundred twenty, twenty five, one thousand two hundred
                    boolean ok = !arabic && (c.prev == Kind.HUNDRED && w.value < 100 || c.prev == Kind.SCALE && c.cur == 0
                            || c.prev == Kind.NUM && c.cur >= 20 && c.cur % 10 == 0 && c.cur < 100 && w.value < 10);
                    if (!ok) return false;
                }
                if (c.any && conj && c.cur > 0) {
                    // a compound goes from units to tens (خمسة وعشرون) or from larger to smaller (مئة وخمسون);
                    // عشرة وعشرين is two numbers (بين عشرة وعشرين)
                    boolean unitThenTens = c.lastPart >= 1 && c.lastPart <= 9 && w.value >= 20 && w.value <= 90;
                    if (!unitThenTens && c.lastPart <= w.value) return false;
                }
                c.cur += w.value;
                c.lastPart = w.value;
                return true;
            }
            case UNIT11 -> {
                if (c.any || !(k + 1 < end && isTeen(toks.get(k + 1)))) return false;
                c.cur += w.value;
                c.lastPart = w.value;
                return true;
            }
            case TEEN -> {
                int unit = (int) (c.cur % 100);
                if (c.any && !conj && c.prev != null && (c.prev == Kind.NUM || c.prev == Kind.UNIT11) && unit >= 1 && unit <= 9) c.cur += 10;
                else if (!c.any || conj) c.cur += 10;
                else return false;
                c.lastPart = c.cur % 100;
                return true;
            }
            case HUNDRED -> {
                int unit = (int) (c.cur % 100);
                if (c.any && !conj && c.prev == Kind.NUM && unit >= 1 && unit <= 9) c.cur = c.cur - unit + unit * 100.0; // ثلاث مئة
                else if (!c.any || conj) c.cur += 100;
                else return false;
                c.lastPart = 100;
                return true;
            }
            case SCALE, SCALE_DUAL, SCALE_PLURAL -> {
                if (c.any && !conj) {
                    c.total += (c.cur == 0 ? 1 : c.cur) * w.value; // ثلاثة آلاف، عشرون ألفا، 5 ملايين، عشرات الآلاف
                    c.cur = 0;
                } else if (!c.any) {
                    c.total += w.kind == Kind.SCALE_DUAL ? 2 * w.value : w.value; // ألف، ألفي، آلاف (thousands of)
                    if (w.kind == Kind.SCALE_PLURAL) c.several = true;
                } else {
                    c.total += c.cur + (w.kind == Kind.SCALE_DUAL ? 2 * w.value : w.value); // مليون وألفين
                    c.cur = 0;
                }
                c.lastScale = w.value;
                c.maxScale = Math.max(c.maxScale, w.value);
                c.lastPart = w.value;
                return true;
            }
            case SEVERAL -> {
                if (c.any) return false;
                c.cur = w.value;
                c.several = true;
                return true;
            }
            case FRACTION -> {
                if (c.any && conj && c.lastScale > 0 && c.cur == 0) c.total += w.value * c.lastScale; // مليون ونصف
                else if (c.any && conj) c.cur += w.value;                                           // ثلاثة ونصف
                else if (!c.any) c.cur = w.value;                                                    // نصف (مليون)
                else return false;
                return true;
            }
            case FRACTION_PLURAL -> {
                if (!c.any || conj || c.cur <= 0) return false;
                c.cur *= w.value;                                                                     // ثلاثة أرباع
                return true;
            }
            case DUAL -> {
                if (c.any) return false;
                c.cur = w.value;
                c.dual = true;
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean isScalePlural(Token t) {
        List<Word> ws = byFirst.get(t.norm());
        if (ws != null) for (Word w : ws) if (w.kind == Kind.SCALE_PLURAL) return true;
        return false;
    }

    private boolean isTeen(Token t) {
        Hit h = numberWord(List.of(t), 0, 1, false);
        return h != null && h.word.kind == Kind.TEEN;
    }

    /** A number word (of the kinds a cardinal is made of) at token k. */
    private Hit numberWord(List<Token> toks, int k, int end, boolean conjAllowed) {
        Token t = toks.get(k);
        if (!t.isWord()) return null;
        if (!arabic && t.norm().indexOf('-') > 0) return hyphenated(t);
        for (Analysis a : t.analyses()) {
            if (a.hasSuffix()) continue;
            String p = a.prefix();
            boolean conj = p.equals("\u0648") || p.equals("\u0641");
            if (!p.isEmpty() && !(conj && conjAllowed)) continue;
            List<Word> ws = byFirst.get(a.stem());
            if (ws == null) continue;
            for (Word w : ws) {
                if (w.words.length != 1 || !cardinalKind(w.kind)) continue;
                // the article only on words that take it as numbers: الآلاف، العشرات، النصف (not الاثنين = Monday)
                if (a.article() && (w.kind == Kind.NUM || w.kind == Kind.TEEN || w.kind == Kind.HUNDRED
                        || w.kind == Kind.UNIT11 || w.kind == Kind.DUAL)) continue;
                return new Hit(w, 1, conj);
            }
        }
        return null;
    }

    /** twenty-five, two-thirds, forty-two: the parts read as one number word. */
    private Hit hyphenated(Token t) {
        String[] parts = t.norm().split("-");
        if (parts.length != 2) return null;
        Word a = single(parts[0]);
        Word b = single(parts[1]);
        if (a == null || b == null) return null;
        if (a.kind == Kind.NUM && b.kind == Kind.NUM && a.value >= 20 && a.value < 100 && a.value % 10 == 0 && b.value < 10) {
            return new Hit(new Word(new String[]{t.norm()}, Kind.NUM, a.value + b.value, ""), 1, false);
        }
        if (a.kind == Kind.NUM && (b.kind == Kind.FRACTION_PLURAL || b.kind == Kind.FRACTION)) {
            return new Hit(new Word(new String[]{t.norm()}, Kind.FRACTION, a.value * b.value, ""), 1, false);
        }
        return null;
    }

    private Word single(String w) {
        List<Word> ws = byFirst.get(w);
        if (ws == null) return null;
        for (Word x : ws) if (x.words.length == 1) return x;
        return null;
    }

    private static boolean cardinalKind(Kind k) {
        return k != Kind.HEDGE && k != Kind.HEDGE_AFTER && k != Kind.RANGE_FROM && k != Kind.RANGE_TO && k != Kind.PERCENT;
    }

    /** A word of the given kind (possibly several tokens) at token k, its first token through clitic readings. */
    private Hit word(List<Token> toks, int k, int end, Kind kind) {
        if (k >= end) return null;
        Token t = toks.get(k);
        if (t.isWord() && !firstWords.mayStart(t)) return null;
        Hit best = null;
        for (Analysis a : t.analyses()) {
            if (a.hasSuffix()) continue;
            // proclitics before a hedge: بنحو، وبأكثر من، لحوالي
            if (!a.prefix().isEmpty() && kind != Kind.HEDGE) continue;
            List<Word> ws = a.article() ? byArticleStem.get(a.stem()) : byFirst.get(a.stem());
            if (ws == null) continue;
            for (Word w : ws) {
                if (w.kind != kind || k + w.words.length > end) continue;
                boolean ok = true;
                for (int x = 1; x < w.words.length && ok; x++) ok = toks.get(k + x).norm().equals(w.words[x]);
                if (ok && (best == null || w.words.length > best.length)) best = new Hit(w, w.words.length, false);
            }
            if (best != null) return best;
        }
        return null;
    }

    /**
     * Digits with separators: 1,000 and 1.000.000 (groups of three) are thousands; otherwise a single , or . is
     * the decimal mark (3.5, and 2,5 as Arabic and European papers write it). NaN when malformed.
     */
    static double digits(String s) {
        int commas = 0, dots = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',') commas++;
            else if (c == '.') dots++;
        }
        char thousands = 0, decimal = 0;
        if (commas > 0 && dots > 0) {
            boolean commaFirst = s.indexOf(',') < s.indexOf('.');
            thousands = commaFirst ? ',' : '.';
            decimal = commaFirst ? '.' : ',';
        } else if (commas > 0) {
            if (commas > 1 || groupsOfThree(s, ',')) thousands = ',';
            else decimal = ',';
        } else if (dots > 0) {
            if (dots > 1 && groupsOfThree(s, '.')) thousands = '.';
            else if (dots == 1) decimal = '.';
            else return Double.NaN; // 10.03.2025 is a date, not a number
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == thousands) continue;
            sb.append(c == decimal ? '.' : c);
        }
        if (sb.length() > 18) return Double.NaN;
        try {
            return Double.parseDouble(sb.toString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean groupsOfThree(String s, char sep) {
        int first = s.indexOf(sep);
        if (first == 0 || first > 3) return false;
        int run = 0;
        for (int i = first + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == sep) {
                if (run != 3) return false;
                run = 0;
            } else {
                run++;
            }
        }
        return run == 3;
    }

    /** 3bn, 2.5m, 40k, 1.2tn → the value; NaN when the letters are not a scale. */
    static double suffixed(String s) {
        int i = 0;
        while (i < s.length() && (Tokenizer.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == ',')) i++;
        if (i == 0 || i == s.length()) return Double.NaN;
        double base = digits(s.substring(0, i));
        if (Double.isNaN(base)) return Double.NaN;
        switch (s.substring(i)) {
            case "k": return base * 1e3;
            case "m": case "mn": case "mln": return base * 1e6;
            case "b": case "bn": case "bln": return base * 1e9;
            case "tn": case "trn": return base * 1e12;
            default: return Double.NaN;
        }
    }
}
