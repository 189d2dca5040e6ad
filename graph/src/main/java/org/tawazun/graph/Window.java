package org.tawazun.graph;

import java.time.LocalDate;

/**
 * A period of time, both ends inclusive. An open end (null) is unbounded. The window with both ends open,
 * {@link #ALL}, is the only one that holds undated events: any bound needs a date to test.
 */
public record Window(LocalDate start, LocalDate end) implements Comparable<Window> {
    public static final Window ALL = new Window(null, null);

    public Window {
        if (start != null && end != null && start.isAfter(end))
            throw new IllegalArgumentException("window starts " + start + " after it ends " + end);
    }

    public boolean contains(LocalDate d) {
        if (d == null) return start == null && end == null;
        return (start == null || !d.isBefore(start)) && (end == null || !d.isAfter(end));
    }

    public boolean isAll() {
        return start == null && end == null;
    }

    /** "all", "2024-06-01..2024-06-30", "2024-06-01.." or "..2024-06-30". */
    public String label() {
        if (isAll()) return "all";
        return (start == null ? "" : start.toString()) + ".." + (end == null ? "" : end.toString());
    }

    @Override
    public int compareTo(Window o) {
        if (start == null || o.start == null) return start == o.start ? 0 : start == null ? -1 : 1;
        return start.compareTo(o.start);
    }

    @Override
    public String toString() {
        return label();
    }
}
