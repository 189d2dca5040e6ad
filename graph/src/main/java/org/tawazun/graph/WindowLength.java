package org.tawazun.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A window length written as a count and a unit: {@code 30d} days, {@code 2w} weeks, {@code 3m} calendar months,
 * {@code 1y} years.
 */
public record WindowLength(int amount, char unit) {
    public WindowLength {
        if (amount < 1) throw new IllegalArgumentException("a window needs a length of at least 1, not " + amount);
        if ("dwmy".indexOf(unit) < 0) throw new IllegalArgumentException("window unit must be d, w, m or y, not " + unit);
    }

    /** Parses {@code 30d}, {@code 2w}, {@code 3m}, {@code 1y}; throws IllegalArgumentException with the reason. */
    public static WindowLength parse(String s) {
        String t = s == null ? "" : s.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.length() < 2 || !t.substring(0, t.length() - 1).chars().allMatch(Character::isDigit))
            throw new IllegalArgumentException("window '" + s + "' is not a count and a unit such as 30d, 2w, 3m or 1y");
        try {
            return new WindowLength(Integer.parseInt(t.substring(0, t.length() - 1)), t.charAt(t.length() - 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("window '" + s + "' is too long");
        }
    }

    /** The day {@code n} lengths before {@code d}. */
    private LocalDate minus(LocalDate d, long n) {
        long k = n * amount;
        return switch (unit) {
            case 'd' -> d.minusDays(k);
            case 'w' -> d.minusWeeks(k);
            case 'm' -> d.minusMonths(k);
            default -> d.minusYears(k);
        };
    }

    /**
     * Consecutive windows covering {@code first..last}, anchored at {@code last}: the latest window ends on
     * {@code last}, each earlier one ends the day before the next begins; the earliest is cut at {@code first}, so
     * it may be shorter. Chronological order.
     */
    public List<Window> split(LocalDate first, LocalDate last) {
        if (first.isAfter(last)) throw new IllegalArgumentException("period starts " + first + " after it ends " + last);
        List<Window> out = new ArrayList<>();
        LocalDate end = last;
        for (long i = 1; !end.isBefore(first); i++) {
            LocalDate start = minus(last, i).plusDays(1);
            if (start.isBefore(first)) start = first;
            out.add(new Window(start, end));
            end = start.minusDays(1);
        }
        Collections.reverse(out);
        return out;
    }

    @Override
    public String toString() {
        return amount + String.valueOf(unit);
    }
}
