package org.tawazun.coding;

import org.tawazun.text.Token;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic time adverbials that stand between a verb and its object (خطفوا قبل ظهر أمس أميركيا; قتل مسلحون أمس ثلاثة
 * جنود): a day (أمس، اليوم، الليلة, a weekday, or a date the date layer found), with up to three words leading into
 * it (قبل، بعد، ظهر، صباح، مساء، فجر، ليل، منتصف، عصر). Without a publication date the date layer does not report
 * relative dates, so the day words themselves are read here, from the date layer's own word list.
 */
final class TimePhrase {
    private TimePhrase() {
    }

    /** Words that lead into a day (قبل ظهر أمس، صباح اليوم، بعد منتصف ليل الأحد), normalized. */
    private static final Set<String> LEAD = normalized("\u0642\u0628\u0644", "\u0628\u0639\u062F", // قبل بعد
            "\u0638\u0647\u0631", "\u0635\u0628\u0627\u062D", "\u0645\u0633\u0627\u0621", // ظهر صباح مساء
            "\u0641\u062C\u0631", "\u0644\u064A\u0644", "\u0644\u064A\u0644\u0629", "\u0645\u0646\u062A\u0635\u0641", // فجر ليل ليلة منتصف
            "\u0639\u0635\u0631"); // عصر

    /** Days the date layer's word list does not hold alone: الليلة (tonight, last night), normalized. */
    private static final Set<String> NIGHT = normalized("\u0627\u0644\u0644\u064A\u0644\u0629");

    /** The date layer's day words (أمس، اليوم, the weekdays: lang/ar/date-words.tsv). */
    private static final org.tawazun.text.DateFinder DAY_WORDS = org.tawazun.text.DateFinder.forLang("ar");

    private static Set<String> normalized(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(org.tawazun.lang.ar.ArabicNormalizer.normalize(w));
        return Set.copyOf(out);
    }

    /**
     * The first token at or after {@code j} (before {@code end}) past a time phrase that starts there, or {@code j}
     * when none does. {@code dates}: tokens inside the date layer's date expressions (may be null).
     */
    static int skip(List<Token> toks, int j, int end, BitSet dates) {
        int k = j;
        boolean day = false;
        while (k < end && k < j + 4) {
            Token t = toks.get(k);
            boolean isDay = dates != null && dates.get(k) || DAY_WORDS.namesDay(t) || NIGHT.contains(t.norm());
            if (!isDay && !LEAD.contains(t.norm())) break;
            day |= isDay;
            k++;
        }
        return day ? k : j;
    }
}
