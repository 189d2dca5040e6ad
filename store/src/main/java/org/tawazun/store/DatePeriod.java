package org.tawazun.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The period of days an event date names, from its ISO value and precision: 2024-06-19 (day) is one day,
 * 2024-06 (month) the whole June, 2024 (year) the year, 2020s (decade) 2020-01-01 to 2029-12-31.
 */
public record DatePeriod(Precision precision, LocalDate start, LocalDate end) {
    /** Date precisions from finest to coarsest. */
    public enum Precision {
        DAY, MONTH, YEAR, DECADE;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Precision parse(String s) {
            if (s == null) return null;
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** The period, or null when the value does not parse at its precision (such a date is treated as undated). */
    public static DatePeriod of(String value, String precision) {
        Precision p = Precision.parse(precision);
        if (value == null || p == null) return null;
        try {
            return switch (p) {
                case DAY -> {
                    LocalDate d = LocalDate.parse(value);
                    yield new DatePeriod(p, d, d);
                }
                case MONTH -> {
                    YearMonth m = YearMonth.parse(value);
                    yield new DatePeriod(p, m.atDay(1), m.atEndOfMonth());
                }
                case YEAR -> {
                    int y = Integer.parseInt(value);
                    yield new DatePeriod(p, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
                }
                case DECADE -> {
                    if (!value.matches("\\d{3}0s")) yield null;
                    int y = Integer.parseInt(value.substring(0, 4));
                    yield new DatePeriod(p, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
                }
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /** The ISO form of the period at its precision: 2024-06-19, 2024-06, 2024, 2020s. */
    public String value() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> Integer.toString(start.getYear());
            case DECADE -> start.getYear() + "s";
        };
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(start) && !d.isAfter(end);
    }
}
