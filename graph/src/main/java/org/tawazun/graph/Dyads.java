package org.tawazun.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Dyad totals per window and dyad time series: the counting layer under signed relations and shifts. */
public final class Dyads {
    private Dyads() {
    }

    /** Totals per ordered pair of the events that fall in the window. */
    public static Map<Dyad, DyadStats> aggregate(Iterable<DyadEvent> events, Window window) {
        return aggregate(events, List.of(window)).get(0);
    }

    /**
     * Totals per ordered pair for each window, in one pass. The windows must be in chronological order and must
     * not overlap ({@link WindowLength#split} gives such windows); an event outside all of them is not counted.
     */
    public static List<Map<Dyad, DyadStats>> aggregate(Iterable<DyadEvent> events, List<Window> windows) {
        List<Map<Dyad, Tally>> tallies = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) tallies.add(new HashMap<>());
        for (DyadEvent e : events) {
            int w = find(windows, e.date());
            if (w < 0) continue;
            tallies.get(w).computeIfAbsent(e.dyad(), k -> new Tally()).add(e);
        }
        List<Map<Dyad, DyadStats>> out = new ArrayList<>(windows.size());
        for (Map<Dyad, Tally> m : tallies) {
            Map<Dyad, DyadStats> s = new HashMap<>(m.size() * 2);
            m.forEach((d, t) -> s.put(d, t.stats()));
            out.add(s);
        }
        return out;
    }

    /** The index of the window holding the date, or -1; binary search over chronological, disjoint windows. */
    static int find(List<Window> windows, LocalDate d) {
        if (windows.size() == 1) return windows.get(0).contains(d) ? 0 : -1;
        if (d == null) return -1;
        int lo = 0, hi = windows.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Window w = windows.get(mid);
            if (w.start() != null && d.isBefore(w.start())) hi = mid - 1;
            else if (w.end() != null && d.isAfter(w.end())) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /** The time series of a set of events (say, one dyad's): period start → totals. Undated events are left out. */
    public static SortedMap<LocalDate, DyadStats> series(Iterable<DyadEvent> events, Resolution resolution) {
        TreeMap<LocalDate, Tally> t = new TreeMap<>();
        for (DyadEvent e : events) {
            if (e.date() == null) continue;
            t.computeIfAbsent(resolution.periodStart(e.date()), k -> new Tally()).add(e);
        }
        TreeMap<LocalDate, DyadStats> out = new TreeMap<>();
        t.forEach((d, x) -> out.put(d, x.stats()));
        return out;
    }

    /** One time series per ordered pair. */
    public static Map<Dyad, SortedMap<LocalDate, DyadStats>> seriesByDyad(Iterable<DyadEvent> events, Resolution resolution) {
        Map<Dyad, TreeMap<LocalDate, Tally>> t = new HashMap<>();
        for (DyadEvent e : events) {
            if (e.date() == null) continue;
            t.computeIfAbsent(e.dyad(), k -> new TreeMap<>()).computeIfAbsent(resolution.periodStart(e.date()), k -> new Tally()).add(e);
        }
        Map<Dyad, SortedMap<LocalDate, DyadStats>> out = new HashMap<>();
        t.forEach((d, m) -> {
            TreeMap<LocalDate, DyadStats> s = new TreeMap<>();
            m.forEach((p, x) -> s.put(p, x.stats()));
            out.put(d, s);
        });
        return out;
    }
}
