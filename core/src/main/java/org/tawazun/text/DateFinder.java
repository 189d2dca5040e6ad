package org.tawazun.text;

import org.tawazun.model.DateMention;
import org.tawazun.model.EventDate;
import org.tawazun.model.NumberMention;
import org.tawazun.model.Sentence;
import org.tawazun.util.Tsv;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds dates in a sentence and resolves them against the publication date, with a value and a precision:
 * <ul>
 *   <li>calendar dates: [weekday] day month [year], month [day,] [year], month year, in the Gregorian month names
 *       of lang/xx/months.tsv (Arabic: Egyptian, Levantine and Maghrebi names; أيار/مايو written twice) and the
 *       Hijri months (15 رمضان 1445 هـ, converted with java.time's {@link HijrahDate});</li>
 *   <li>numeric dates: 2024-06-19, 2024/06/19, 19/06/2024, 19.06.2024 (day first in Arabic text unless the
 *       numbers say otherwise; month first in English);</li>
 *   <li>years after a marker (عام 2024، منذ 2014، 2024م، عام 1445 هـ; in 2024) and decades (التسعينيات، ثمانينيات
 *       القرن الماضي، the 1990s → "1990s");</li>
 *   <li>relative dates from lang/xx/date-words.tsv: أمس، اليوم، الثلاثاء، الثلاثاء الماضي، الشهر الماضي، العام
 *       المقبل، هذا العام، منذ أكثر من عقدين، قبل ثلاثة أيام; yesterday, last week, on Tuesday, three years ago.</li>
 * </ul>
 * A weekday alone is the latest such day on or before the publication date; with الماضي/last strictly before,
 * with المقبل/next strictly after. A month without a year is placed in the most recent such month not after the
 * publication date. Weeks give month precision (the week is not a precision of the output contract). Without a
 * publication date, relative dates are not reported and a day-month without a year has the value "--MM-DD"
 * (which event dating ignores).
 */
public final class DateFinder {
    enum Kind { WEEKDAY, DAY, UNIT, SHIFT, AGO, DECADE, CENTURY, YEAR_MARKER }

    private record MonthName(String[] words, int month, boolean hijri) {
    }

    private record Word(String[] words, Kind kind, String value) {
    }

    private record Hit(Word word, int length) {
    }

    private static final Map<String, DateFinder> CACHE = new ConcurrentHashMap<>();

    private final Map<String, List<MonthName>> months = new HashMap<>();
    private final Map<String, List<Word>> words = new HashMap<>();
    /** Date words that start with the article, by their stem (الماضي under ماضي): looked up without building strings. */
    private final Map<String, List<Word>> wordsByArticleStem = new HashMap<>();
    private final boolean arabic;
    private final NumberFinder numbers;
    /**
     * What each first word of a month name or date word can start, as a bit mask of {@link Kind} ordinals
     * (MONTH_BIT for month names), by the word and, for words written with the article, by their stem: each
     * token is looked up once, and only the readers its mask allows run (most tokens start nothing).
     */
    private final Map<String, Integer> masks = new HashMap<>();
    private final Map<String, Integer> articleMasks = new HashMap<>();
    private final KeyFilter maskFilter = new KeyFilter();
    private static final int MONTH_BIT = 1 << 30;

    private DateFinder(boolean arabic) {
        this.arabic = arabic;
        this.numbers = NumberFinder.forLang(arabic ? "ar" : "en");
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
            String[] w = tokens(r.required("word"));
            if (w.length == 0) throw r.fail("empty word");
            f.months.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new MonthName(w, m, "hijri".equals(r.get("system"))));
            f.mask(w[0], MONTH_BIT);
        }
        for (Tsv.Row r : Tsv.resource(DateFinder.class, "/org/tawazun/lang/" + lang + "/date-words.tsv")) {
            Kind k;
            try {
                k = Kind.valueOf(r.required("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown kind '" + r.get("kind") + "'");
            }
            String v = r.required("value");
            if (k == Kind.UNIT) {
                if (!List.of("day", "week", "month", "year", "decade").contains(v)) throw r.fail("unit must be day, week, month, year or decade");
            } else {
                try {
                    Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw r.fail("value must be a whole number: '" + v + "'");
                }
            }
            String[] w = tokens(r.required("word"));
            if (w.length == 0) throw r.fail("empty word");
            Word word = new Word(w, k, v);
            f.words.computeIfAbsent(w[0], x -> new ArrayList<>()).add(word);
            if (w[0].startsWith("\u0627\u0644") && w[0].length() > 3) {
                f.wordsByArticleStem.computeIfAbsent(w[0].substring(2), x -> new ArrayList<>()).add(word);
            }
            f.mask(w[0], 1 << k.ordinal());
        }
        return f;
    }

    private void mask(String firstWord, int bit) {
        masks.merge(firstWord, bit, (a, b) -> a | b);
        maskFilter.add(firstWord);
        if (firstWord.startsWith("\u0627\u0644") && firstWord.length() > 3) articleMasks.merge(firstWord.substring(2), bit, (a, b) -> a | b);
    }

    /** The kinds of date word (and MONTH_BIT) some clitic reading of the token can start. */
    private int mask(Token t) {
        if (!maskFilter.mightEnd(t.norm())) return 0;
        int m = 0;
        for (Analysis a : t.analyses()) {
            if (a.hasSuffix()) continue;
            String s = a.stem();
            Integer x = masks.get(s);
            if (x != null) m |= x;
            if (a.article()) {
                Integer y = articleMasks.get(s);
                if (y != null) m |= y;
            }
        }
        return m;
    }

    private static boolean has(int mask, Kind k) {
        return (mask & (1 << k.ordinal())) != 0;
    }

    private static String[] tokens(String s) {
        return Tokenizer.tokenize(Normalizer.normalize(s)).stream().map(Token::norm).toArray(String[]::new);
    }

    /** All dates of a whole text (tests, tools, HTML pages' visible dates). */
    /**
     * True when the token alone names a day (أمس، اليوم، الخميس; yesterday, Monday): a one-word entry of kind day or
     * weekday. Other layers read such words where no date was reported (a relative date needs a publication date).
     */
    public boolean namesDay(Token t) {
        List<Word> ws = words.get(t.norm());
        if (ws == null) return false;
        for (Word w : ws) if (w.words().length == 1 && (w.kind() == Kind.DAY || w.kind() == Kind.WEEKDAY)) return true;
        return false;
    }

    public List<DateMention> find(String raw, LocalDate published) {
        List<Token> toks = Tokenizer.tokenize(Normalizer.normalize(raw));
        if (toks.isEmpty()) return List.of();
        return find(toks, new Sentence(0, 0, raw.length(), 0, toks.size()), raw, published);
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

    private DateMention at(List<Token> toks, int i, int end, String raw, LocalDate pub) {
        Token t = toks.get(i);
        if (t.isPunct()) return null;
        boolean number = t.kind() == Token.Kind.NUMBER;
        boolean digitWord = !number && Tokenizer.isDigit(t.norm().charAt(0)); // 2024م، 1445هـ، 1990s
        int m = number ? 0 : mask(t);
        // English counts start "three years ago", "a year ago"
        boolean englishCount = !arabic && !number && (numbers.mayStart(t) || t.norm().equals("a") || t.norm().equals("an"));
        if (!number && m == 0 && !digitWord && !englishCount) return null; // most tokens start nothing
        DateMention d = null;
        if (number) d = numeric(toks, i, end, raw);
        if (d == null && (has(m, Kind.WEEKDAY) || !arabic && has(m, Kind.SHIFT))) d = weekday(toks, i, end, raw, pub);
        if (d == null && (number || (m & MONTH_BIT) != 0)) d = calendar(toks, i, i, end, raw, pub);
        if (d == null && (has(m, Kind.DAY) || has(m, Kind.SHIFT) || has(m, Kind.UNIT) || has(m, Kind.AGO) || englishCount || !arabic && number)) {
            d = relative(toks, i, end, raw, pub);
        }
        if (d == null && (has(m, Kind.DECADE) || digitWord)) d = decade(toks, i, end, raw);
        if (d == null && (has(m, Kind.YEAR_MARKER) || digitWord || number)) d = yearOnly(toks, i, end, raw);
        return d;
    }

    // ------------------------------------------------------------------ numeric dates

    /** 2024-06-19, 2024/06/19, 19/06/2024, 19-06-2024, 19.06.2024. */
    private DateMention numeric(List<Token> toks, int i, int end, String raw) {
        Token t = toks.get(i);
        if (t.kind() != Token.Kind.NUMBER) return null;
        String n = t.norm();
        if (n.indexOf('.') > 0) { // 19.06.2024 is one token
            String[] p = n.split("\\.");
            if (p.length == 3 && p[2].length() == 4) {
                String v = dayMonthYear(num(p[0]), num(p[1]), num(p[2]));
                if (v != null) return mention(toks, i, i, raw, v, "day");
            }
            return null;
        }
        if (i + 4 >= end) return null;
        String sep = toks.get(i + 1).norm();
        if (!(sep.equals("-") || sep.equals("/")) || !toks.get(i + 3).norm().equals(sep)) return null;
        if (toks.get(i + 2).kind() != Token.Kind.NUMBER || toks.get(i + 4).kind() != Token.Kind.NUMBER) return null;
        // the five tokens must be written together: 2024-06-19, not "2024 - 06 - 19" in a list of scores
        if (toks.get(i + 1).start() != t.end() || toks.get(i + 4).start() != toks.get(i + 3).end()) return null;
        int a = num(t), b = num(toks.get(i + 2)), c = num(toks.get(i + 4));
        String v;
        if (n.length() == 4) v = validDate(a, b, c);
        else if (toks.get(i + 4).norm().length() == 4) v = dayMonthYear(a, b, c);
        else return null;
        return v == null ? null : mention(toks, i, i + 4, raw, v, "day");
    }

    private String dayMonthYear(int a, int b, int year) {
        if (a > 12) return validDate(year, b, a);
        if (b > 12) return validDate(year, a, b);
        return arabic ? validDate(year, b, a) : validDate(year, a, b);
    }

    private static String validDate(int y, int m, int d) {
        if (!isYear(y) || m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) return null;
        return ymd(y, m, d);
    }

    // ------------------------------------------------------------------ weekdays

    /** [weekday][,] followed by a calendar date (merged), or a weekday resolved against the publication date. */
    private DateMention weekday(List<Token> toks, int i, int end, String raw, LocalDate pub) {
        int first = i;
        int shift = Integer.MIN_VALUE;
        int k = i;
        if (!arabic) {
            Hit s = word(toks, k, end, Kind.SHIFT);
            if (s != null && !s.word.value.equals("0") && k + s.length < end) {
                shift = Integer.parseInt(s.word.value);
                k += s.length;
            }
        }
        Hit w = word(toks, k, end, Kind.WEEKDAY);
        if (w == null) return null;
        if (!arabic && !Character.isUpperCase(raw.charAt(toks.get(k).start()))) return null;
        int day = Integer.parseInt(w.word.value);
        int after = k + w.length;
        int next = after < end && toks.get(after).norm().equals(",") ? after + 1 : after;
        if (shift == Integer.MIN_VALUE) {
            DateMention cal = next < end ? calendar(toks, next, first, end, raw, pub) : null;
            if (cal != null) return cal;
        }
        if (arabic) {
            Hit s = word(toks, after, end, Kind.SHIFT);
            if (s != null && !s.word.value.equals("0")) {
                shift = Integer.parseInt(s.word.value);
                after += s.length;
            }
        }
        if (pub == null) return null;
        DayOfWeek dow = DayOfWeek.of(day);
        LocalDate v;
        if (shift == Integer.MIN_VALUE) v = pub.with(TemporalAdjusters.previousOrSame(dow));
        else if (shift < 0) v = pub.with(TemporalAdjusters.previous(dow));
        else v = pub.with(TemporalAdjusters.next(dow));
        return mention(toks, first, after - 1, raw, v.toString(), "day");
    }

    // ------------------------------------------------------------------ calendar dates

    /**
     * day month [year], month [day][,] [year], month year, starting at token i; the mention starts at
     * {@code first} (a weekday before it).
     */
    private DateMention calendar(List<Token> toks, int i, int first, int end, String raw, LocalDate pub) {
        Token t = toks.get(i);
        int day = -1;
        int mi = i;
        if (t.kind() == Token.Kind.NUMBER && i + 1 < end && t.norm().length() <= 2) {
            int d = num(t);
            if (d >= 1 && d <= 31) {
                day = d;
                mi = i + 1;
            }
        }
        MonthName month = month(toks, mi, end);
        if (month == null) return null;
        int after = mi + month.words.length;
        // أيار/مايو، مايو (أيار): the same month in two naming systems
        after = skipSecondName(toks, after, end, month);
        if (!arabic && after < end && toks.get(after).norm().equals(".") && toks.get(after).start() == toks.get(after - 1).end()) {
            after++; // Mar. 10
        }
        if (!arabic && day < 0 && after < end && toks.get(after).kind() == Token.Kind.NUMBER) {
            int d = num(toks.get(after));
            if (d >= 1 && d <= 31 && toks.get(after).norm().length() <= 2) {
                day = d;
                after++;
                if (after < end && toks.get(after).norm().equals(",")) after++;
            }
        }
        int year = -1;
        boolean hijriYear = false;
        if (after < end) {
            int[] y = year(toks, after, end, month.hijri);
            if (y != null) {
                year = y[0];
                hijriYear = y[1] == 2;
                after += y[2];
            }
        }
        int last = after - 1;
        // "10 March," — a trailing comma taken for "March 10, 2024" that has no year is not part of the date
        while (last > mi && toks.get(last).norm().equals(",")) last--;
        if (month.hijri) return hijri(toks, first, last, raw, day, month.month, year, pub);
        if (hijriYear) return null; // a Gregorian month with a Hijri year: not a date we can read
        if (year < 0 && day < 0 && !bareMonthAllowed(toks, mi, raw)) return null;
        if (year < 0 && pub == null) {
            // a date without a year and no publication date to place it: still a date (its words are not
            // triggers), but with an ISO month-day value that event dating ignores
            String v = day > 0 ? "--" + two(month.month) + "-" + two(day) : "--" + two(month.month);
            return mention(toks, first, last, raw, v, day > 0 ? "day" : "month");
        }
        if (year < 0) {
            year = pub.getYear();
            if (month.month > pub.getMonthValue() || month.month == pub.getMonthValue() && day > pub.getDayOfMonth()) year--;
        }
        if (day > 0) {
            if (day > YearMonth.of(year, month.month).lengthOfMonth()) return null;
            return mention(toks, first, last, raw, ymd(year, month.month, day), "day");
        }
        return mention(toks, first, last, raw, year + "-" + two(month.month), "month");
    }

    private int skipSecondName(List<Token> toks, int after, int end, MonthName month) {
        if (after + 1 >= end) return after;
        String sep = toks.get(after).norm();
        if (sep.equals("/") || sep.equals("-")) {
            MonthName second = month(toks, after + 1, end);
            if (second != null && second.month == month.month && second.hijri == month.hijri) return after + 1 + second.words.length;
        } else if (sep.equals("(")) {
            MonthName second = month(toks, after + 1, end);
            if (second != null && second.month == month.month) {
                int close = after + 1 + second.words.length;
                if (close < end && toks.get(close).norm().equals(")")) return close + 1;
            }
        }
        return after;
    }

    /** A Hijri date: needs a day or a year; converted to the Gregorian calendar. */
    private DateMention hijri(List<Token> toks, int first, int last, String raw, int day, int month, int year, LocalDate pub) {
        if (day < 0 && year < 0) return null; // رمضان، رجب، صفر alone are also names and words
        try {
            if (year < 0) {
                if (pub == null) return null;
                HijrahDate p = HijrahDate.from(pub);
                year = p.get(ChronoField.YEAR);
                if (month > p.get(ChronoField.MONTH_OF_YEAR) || month == p.get(ChronoField.MONTH_OF_YEAR) && day > p.get(ChronoField.DAY_OF_MONTH)) year--;
            }
            if (day > 0) {
                LocalDate g = LocalDate.from(HijrahDate.of(year, month, day));
                return mention(toks, first, last, raw, g.toString(), "day");
            }
            LocalDate mid = LocalDate.from(HijrahDate.of(year, month, 15)); // a Hijri month spans two Gregorian ones
            return mention(toks, first, last, raw, YearMonth.from(mid).toString(), "month");
        } catch (DateTimeException e) {
            return null; // outside the Umm al-Qura table (1300-1600 AH) or no such day
        }
    }

    /**
     * A year at token k: {year, calendar (1 Gregorian, 2 Hijri, 0 unmarked), tokens used}, or null. Reads
     * 2024, 2024م, 2024 م, 1445 هـ, 1445هـ; a Hijri year needs its marker or a Hijri month.
     */
    private int[] year(List<Token> toks, int k, int end, boolean hijriMonth) {
        Token t = toks.get(k);
        String n = t.norm();
        int cal = 0;
        int used = 1;
        int y;
        if (t.kind() == Token.Kind.NUMBER) {
            y = n.length() == 4 ? num(t) : -1;
            if (k + 1 < end && arabic) {
                String m = toks.get(k + 1).norm();
                if (m.equals("\u0645")) { cal = 1; used = 2; }           // م
                else if (m.equals("\u0647")) { cal = 2; used = 2; }      // هـ
            }
        } else if (arabic && t.isWord() && n.length() == 5 && Tokenizer.isDigit(n.charAt(0))) {
            char m = n.charAt(4);
            if (m != '\u0645' && m != '\u0647') return null;
            y = num(n.substring(0, 4));
            cal = m == '\u0645' ? 1 : 2;
        } else {
            return null;
        }
        if (y < 0) return null;
        if (cal == 2 || cal == 0 && hijriMonth) {
            return y >= 1300 && y <= 1600 ? new int[]{y, 2, used} : null;
        }
        return isYear(y) ? new int[]{y, cal == 0 ? 1 : cal, used} : null;
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

    /** The month name starting at token i (with Arabic clitics on its first word), or null. */
    private MonthName month(List<Token> toks, int i, int end) {
        if (i >= end) return null;
        Token t = toks.get(i);
        if (!t.isWord()) return null;
        for (Analysis a : t.analyses()) {
            if (a.hasSuffix() || a.article()) continue; // no month name starts with the article
            List<MonthName> cands = months.get(a.stem());
            if (cands == null) continue;
            MonthName best = null;
            for (MonthName c : cands) {
                if (i + c.words.length > end) continue;
                boolean ok = true;
                for (int k = 1; k < c.words.length && ok; k++) ok = toks.get(i + k).norm().equals(c.words[k]);
                if (ok && (best == null || c.words.length > best.words.length)) best = c;
            }
            if (best != null) return best;
        }
        return null;
    }

    // ------------------------------------------------------------------ relative dates

    /** أمس، الشهر الماضي، هذا العام، منذ عقدين، قبل ثلاثة أيام; yesterday, last week, three years ago. */
    private DateMention relative(List<Token> toks, int i, int end, String raw, LocalDate pub) {
        if (pub == null) return null;
        Hit d = word(toks, i, end, Kind.DAY);
        if (d != null) {
            LocalDate v = pub.plusDays(Integer.parseInt(d.word.value));
            int last = i + d.length - 1;
            // أمس الثلاثاء، اليوم الأربعاء: the weekday that names the same day is part of the date
            Hit w = word(toks, last + 1, end, Kind.WEEKDAY);
            if (w != null && Integer.parseInt(w.word.value) == v.getDayOfWeek().getValue()) last += w.length;
            return mention(toks, i, last, raw, v.toString(), "day");
        }
        // shift before the unit: هذا العام، this year, last week, earlier this month
        Hit s = word(toks, i, end, Kind.SHIFT);
        if (s != null) {
            Hit u = word(toks, i + s.length, end, Kind.UNIT);
            if (u != null && (!arabic || s.word.value.equals("0") && definite(toks.get(i + s.length)))) {
                return shifted(toks, i, i + s.length + u.length - 1, raw, pub, u.word.value, Integer.parseInt(s.word.value));
            }
        }
        // unit before the shift: الشهر الماضي، العام المقبل، السنة الجارية
        Hit u = word(toks, i, end, Kind.UNIT);
        if (arabic && u != null && definite(toks.get(i))) {
            Hit s2 = word(toks, i + u.length, end, Kind.SHIFT);
            if (s2 != null && !toks.get(i + u.length).norm().startsWith("\u0647")) { // not هذا/هذه after the unit
                return shifted(toks, i, i + u.length + s2.length - 1, raw, pub, u.word.value, Integer.parseInt(s2.word.value));
            }
        }
        return arabic ? agoArabic(toks, i, end, raw, pub) : agoEnglish(toks, i, end, raw, pub);
    }

    private static boolean definite(Token t) {
        for (Analysis a : t.analyses()) if (a.article()) return true;
        return false;
    }

    /** منذ/قبل/بعد [hedge] count unit, or منذ/قبل + a singular unit (منذ عقد، قبل عام). */
    private DateMention agoArabic(List<Token> toks, int i, int end, String raw, LocalDate pub) {
        Hit ago = word(toks, i, end, Kind.AGO);
        if (ago == null || i + ago.length >= end) return null;
        int sign = Integer.parseInt(ago.word.value);
        int k = i + ago.length;
        Hit unit = word(toks, k, end, Kind.UNIT);
        if (unit != null) {
            int after = k + unit.length;
            // منذ عام 2014 is a year, not "a year ago"
            if (!singular(toks.get(k)) || after < end && toks.get(after).kind() == Token.Kind.NUMBER) return null;
            return counted(toks, i, after - 1, raw, pub, unit.word.value, sign);
        }
        NumberMention n = numbers.at(toks, k, end, raw, null);
        if (n == null || n.unit().equals("%")) return null;
        if (isUnit(n.unit())) return counted(toks, i, n.lastToken(), raw, pub, n.unit(), sign * n.value()); // عقدين
        Hit u = word(toks, n.lastToken() + 1, end, Kind.UNIT);
        if (u == null) return null;
        return counted(toks, i, n.lastToken() + u.length, raw, pub, u.word.value, sign * n.value());
    }

    /** count unit ago: three years ago, a decade ago. */
    private DateMention agoEnglish(List<Token> toks, int i, int end, String raw, LocalDate pub) {
        double n;
        int k;
        if (toks.get(i).norm().equals("a") || toks.get(i).norm().equals("an")) {
            n = 1;
            k = i + 1;
        } else {
            NumberMention m = numbers.at(toks, i, end, raw, null);
            if (m == null || m.unit().equals("%")) return null;
            n = m.value();
            k = m.lastToken() + 1;
        }
        Hit u = word(toks, k, end, Kind.UNIT);
        if (u == null) return null;
        Hit ago = word(toks, k + u.length, end, Kind.AGO);
        if (ago == null) return null;
        return counted(toks, i, k + u.length + ago.length - 1, raw, pub, u.word.value, Integer.parseInt(ago.word.value) * n);
    }

    private static boolean isUnit(String u) {
        return u.equals("day") || u.equals("week") || u.equals("month") || u.equals("year") || u.equals("decade");
    }

    private static final java.util.Set<String> SINGULAR_UNITS = java.util.Set.of(
            "\u064A\u0648\u0645", "\u0627\u0633\u0628\u0648\u0639", "\u0634\u0647\u0631", "\u0639\u0627\u0645",
            "\u0633\u0646\u0647", "\u0639\u0642\u062F"); // يوم أسبوع شهر عام سنة عقد

    /** A singular unit word (يوم، أسبوع، شهر، عام، سنة، عقد): "منذ عقد" is one decade, "منذ سنوات" is vague. */
    private static boolean singular(Token t) {
        for (Analysis a : t.analyses()) if (!a.hasSuffix() && !a.article() && SINGULAR_UNITS.contains(a.stem())) return true;
        return false;
    }

    /** The date {@code n} units from the publication date (negative: before). */
    private DateMention counted(List<Token> toks, int first, int last, String raw, LocalDate pub, String unit, double n) {
        if (Double.isNaN(n) || Math.abs(n) > 1000) return null;
        LocalDate v;
        String precision;
        switch (unit) {
            case "day" -> { v = pub.plusDays(Math.round(n)); precision = "day"; }
            case "week" -> { v = pub.plusDays(Math.round(7 * n)); precision = "month"; }
            case "month" -> { v = pub.plusMonths(Math.round(n)); precision = "month"; }
            case "year" -> {
                if (n != Math.rint(n)) { v = pub.plusMonths(Math.round(12 * n)); precision = "month"; }
                else { v = pub.plusYears((long) n); precision = "year"; }
            }
            default -> { v = pub.plusYears(Math.round(10 * n)); precision = "decade"; }
        }
        return mention(toks, first, last, raw, value(v, precision), precision);
    }

    /** هذا العام، الشهر الماضي, last week: the unit containing the publication date, moved by {@code shift}. */
    private DateMention shifted(List<Token> toks, int first, int last, String raw, LocalDate pub, String unit, int shift) {
        return switch (unit) {
            case "day" -> mention(toks, first, last, raw, pub.plusDays(shift).toString(), "day");
            case "week" -> mention(toks, first, last, raw, value(pub.plusWeeks(shift), "month"), "month");
            case "month" -> mention(toks, first, last, raw, value(pub.plusMonths(shift), "month"), "month");
            case "year" -> mention(toks, first, last, raw, value(pub.plusYears(shift), "year"), "year");
            default -> mention(toks, first, last, raw, value(pub.plusYears(10L * shift), "decade"), "decade");
        };
    }

    private static String value(LocalDate d, String precision) {
        return switch (precision) {
            case "day" -> d.toString();
            case "month" -> YearMonth.from(d).toString();
            case "year" -> Integer.toString(d.getYear());
            default -> (d.getYear() - Math.floorMod(d.getYear(), 10)) + "s";
        };
    }

    // ------------------------------------------------------------------ decades and years

    /** التسعينيات، ثمانينيات القرن الماضي، عشرينيات القرن الحالي; the 1990s. */
    private DateMention decade(List<Token> toks, int i, int end, String raw) {
        Token t = toks.get(i);
        if (!arabic) {
            String n = t.norm();
            if (t.isWord() && n.length() == 5 && n.charAt(4) == 's' && n.charAt(3) == '0') {
                int y = num(n.substring(0, 4));
                if (isYear(y)) return mention(toks, i, i, raw, y + "s", "decade");
            }
            return null;
        }
        Hit d = word(toks, i, end, Kind.DECADE);
        if (d == null) return null;
        int y = Integer.parseInt(d.word.value);
        int last = i + d.length - 1;
        Hit c = word(toks, last + 1, end, Kind.CENTURY);
        if (c != null) {
            if (c.word.value.equals("0")) y += 100;
            last += c.length;
        }
        return mention(toks, i, last, raw, y + "s", "decade");
    }

    /** عام 2024، منذ 2014، في 2023، 2024م، عام 1445 هـ; in 2024, since 2014. */
    private DateMention yearOnly(List<Token> toks, int i, int end, String raw) {
        Token t = toks.get(i);
        if (arabic) {
            int[] y = year(toks, i, end, false);
            if (y != null && y[1] == 1 && (y[2] == 2 || t.isWord())) { // 2024م or 2024 م: marked by itself
                return mention(toks, i, i + y[2] - 1, raw, Integer.toString(y[0]), "year");
            }
        }
        Hit m = word(toks, i, end, Kind.YEAR_MARKER);
        if (m == null || i + m.length >= end) return null;
        int k = i + m.length;
        int[] y = year(toks, k, end, false);
        if (y == null || numeric(toks, k, end, raw) != null) return null; // في 2024-03-05 is a day
        // "في 2000 ألف": a number with a scale is not a year
        int after = k + y[2];
        if (y[2] == 1 && after < end) {
            NumberMention n = numbers.at(toks, k, end, raw, null);
            if (n != null && n.lastToken() > k) return null;
        }
        int year = y[0];
        if (y[1] == 2) {
            try {
                year = LocalDate.from(HijrahDate.of(y[0], 6, 15)).getYear();
            } catch (DateTimeException e) {
                return null;
            }
        }
        return mention(toks, arabic ? i : k, after - 1, raw, Integer.toString(year), "year");
    }

    // ------------------------------------------------------------------ helpers

    /** A date word of the given kind at token k (its first word through clitic readings), or null. */
    private Hit word(List<Token> toks, int k, int end, Kind kind) {
        if (k >= end) return null;
        Token t = toks.get(k);
        if (!t.isWord()) return null;
        for (Analysis a : t.analyses()) {
            if (a.hasSuffix()) continue;
            Hit best = best(words.get(a.stem()), toks, k, end, kind, null);
            if (a.article()) best = best(wordsByArticleStem.get(a.stem()), toks, k, end, kind, best);
            if (best != null) return best;
        }
        return null;
    }

    private static Hit best(List<Word> ws, List<Token> toks, int k, int end, Kind kind, Hit best) {
        if (ws == null) return best;
        for (Word w : ws) {
            if (w.kind != kind || k + w.words.length > end) continue;
            boolean ok = true;
            for (int x = 1; x < w.words.length && ok; x++) ok = toks.get(k + x).norm().equals(w.words[x]);
            if (ok && (best == null || w.words.length > best.length)) best = new Hit(w, w.words.length);
        }
        return best;
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
        return num(t.norm());
    }

    private static int num(String s) {
        if (s.isEmpty() || s.length() > 9) return -1;
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** ISO yyyy-mm-dd without String.format (slow: it builds a formatter on every call). */
    private static String ymd(int y, int m, int d) {
        return y + "-" + two(m) + "-" + two(d);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
