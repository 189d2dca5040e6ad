package org.tawazun.text;

import org.tawazun.model.DateMention;
import org.tawazun.model.EventDate;
import org.tawazun.model.Sentence;
import org.tawazun.util.Tsv;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds calendar dates in a sentence: [weekday] day month [year], month [day,] [year], month year, ISO dates,
 * and "عام 2024" / "in 2024". Month names come from lang/xx/months.tsv (all three Arabic naming systems).
 * A month without a year is placed in the most recent such month not after the publication date.
 */
public final class DateFinder {
    private static final Map<String, DateFinder> CACHE = new ConcurrentHashMap<>();

    /** Month names by their first normalized token; value: list of (tokens, month). */
    private final Map<String, List<Object[]>> months = new HashMap<>();
    private final boolean arabic;

    private DateFinder(boolean arabic) {
        this.arabic = arabic;
    }

    public static DateFinder forLang(String lang) {
        String l = "ar".equals(lang) ? "ar" : "en";
        return CACHE.computeIfAbsent(l, DateFinder::load);
    }

    private static DateFinder load(String lang) {
        DateFinder f = new DateFinder("ar".equals(lang));
        for (Tsv.Row r : Tsv.resource(DateFinder.class, "/org/tawazun/lang/" + lang + "/months.tsv")) {
            int m = (int) r.number("month");
            if (m < 1 || m > 12) throw r.fail("month must be 1..12");
            String[] words = Tokenizer.tokenize(Normalizer.normalize(r.required("word"))).stream().map(Token::norm).toArray(String[]::new);
            f.months.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Object[]{words, m});
        }
        return f;
    }

    public List<DateMention> find(List<Token> toks, Sentence s, String raw, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            DateMention d = at(toks, i, s.endToken(), raw, published);
            if (d != null) {
                out.add(d);
                i = d.lastToken();
            }
        }
        return out;
    }

    private DateMention at(List<Token> toks, int i, int end, String raw, LocalDate published) {
        Token t = toks.get(i);
        // ISO 2024-06-19 arrives as tokens 2024 - 06 - 19
        if (t.kind() == Token.Kind.NUMBER && t.norm().length() == 4 && i + 4 < end
                && toks.get(i + 1).norm().equals("-") && toks.get(i + 3).norm().equals("-")) {
            int y = num(t), mo = num(toks.get(i + 2)), d = num(toks.get(i + 4));
            if (isYear(y) && mo >= 1 && mo <= 12 && d >= 1 && d <= YearMonth.of(y, mo).lengthOfMonth()) {
                return mention(toks, i, i + 4, raw, String.format("%04d-%02d-%02d", y, mo, d), "day");
            }
        }
        // day month [year]
        int day = -1;
        int first = i;
        int mi = i;
        if (t.kind() == Token.Kind.NUMBER && i + 1 < end) {
            int d = num(t);
            if (d >= 1 && d <= 31 && t.norm().length() <= 2) {
                day = d;
                mi = i + 1;
            }
        }
        int[] month = month(toks, mi, end);
        if (month == null) {
            return yearOnly(toks, i, end, raw);
        }
        if (day < 0 && mi != i) return null;
        int after = mi + month[1];
        if (!arabic && day < 0 && after < end && toks.get(after).kind() == Token.Kind.NUMBER) {
            int d = num(toks.get(after));
            if (d >= 1 && d <= 31 && toks.get(after).norm().length() <= 2) {
                day = d;
                after++;
                if (after < end && toks.get(after).norm().equals(",")) after++;
            }
        }
        int year = -1;
        if (after < end && toks.get(after).kind() == Token.Kind.NUMBER && isYear(num(toks.get(after)))) {
            year = num(toks.get(after));
            after++;
        }
        int last = after - 1;
        if (year < 0 && day < 0 && !bareMonthAllowed(toks, mi, raw)) return null;
        if (year < 0 && published == null) {
            // a date without a year and no publication date to place it: still a date (its words are not
            // triggers), but with an ISO month-day value that event dating ignores
            String v = day > 0 ? String.format("--%02d-%02d", month[0], day) : String.format("--%02d", month[0]);
            return mention(toks, first, last, raw, v, day > 0 ? "day" : "month");
        }
        if (year < 0) {
            year = published.getYear();
            if (month[0] > published.getMonthValue() || month[0] == published.getMonthValue() && day > published.getDayOfMonth()) year--;
        }
        if (day > 0) {
            if (day > YearMonth.of(year, month[0]).lengthOfMonth()) return null;
            return mention(toks, first, last, raw, String.format("%04d-%02d-%02d", year, month[0], day), "day");
        }
        return mention(toks, first, last, raw, String.format("%04d-%02d", year, month[0]), "month");
    }

    /** عام 2024، سنة 2024، in 2024 → year precision. */
    private DateMention yearOnly(List<Token> toks, int i, int end, String raw) {
        Token t = toks.get(i);
        if (!t.isWord() || i + 1 >= end) return null;
        Token n = toks.get(i + 1);
        if (n.kind() != Token.Kind.NUMBER || !isYear(num(n))) return null;
        boolean marker = arabic ? t.reads("\u0639\u0627\u0645") || t.reads("\u0633\u0646\u0647") // عام سنه
                : t.norm().equals("in") || t.norm().equals("since") || t.norm().equals("during");
        if (!marker) return null;
        return mention(toks, arabic ? i : i + 1, i + 1, raw, Integer.toString(num(n)), "year");
    }

    /** A month named without day or year must look like a date: "في يونيو", "last June", "in June". */
    private boolean bareMonthAllowed(List<Token> toks, int mi, String raw) {
        if (mi == 0) return false;
        Token m = toks.get(mi);
        Token p = toks.get(mi - 1);
        if (arabic) {
            if (m.norm().length() <= 2) return false; // اب (August) is also "father"
            return p.reads("\u0641\u064A") || p.reads("\u0634\u0647\u0631") || p.reads("\u0645\u0646\u0630") // في شهر منذ
                    || m.analyses().length > 1 && !m.analyses()[0].stem().equals(m.norm());
        }
        if (!Character.isUpperCase(raw.charAt(m.start()))) return false;
        String pn = p.norm();
        return pn.equals("in") || pn.equals("since") || pn.equals("until") || pn.equals("last") || pn.equals("next")
                || pn.equals("early") || pn.equals("late") || pn.equals("mid") || pn.equals("by");
    }

    /** {month, tokenCount} for a month name starting at token i (with Arabic clitics on its first word), or null. */
    private int[] month(List<Token> toks, int i, int end) {
        if (i >= end) return null;
        Token t = toks.get(i);
        if (!t.isWord()) return null;
        for (Analysis a : t.analyses()) {
            if (a.hasSuffix()) continue;
            List<Object[]> cands = months.get(a.form());
            if (cands == null) continue;
            int[] best = null;
            for (Object[] c : cands) {
                String[] w = (String[]) c[0];
                if (i + w.length > end) continue;
                boolean ok = true;
                for (int k = 1; k < w.length && ok; k++) ok = toks.get(i + k).norm().equals(w[k]);
                if (ok && (best == null || w.length > best[1])) best = new int[]{(Integer) c[1], w.length};
            }
            if (best != null) return best;
        }
        return null;
    }

    private static DateMention mention(List<Token> toks, int first, int last, String raw, String value, String precision) {
        int s = toks.get(first).start();
        int e = toks.get(last).end();
        return new DateMention(s, e, raw.substring(s, e), new EventDate(value, precision, "text"), first, last);
    }

    private static boolean isYear(int y) {
        return y >= 1900 && y <= 2100;
    }

    private static int num(Token t) {
        String s = t.norm();
        if (s.length() > 9) return -1;
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
