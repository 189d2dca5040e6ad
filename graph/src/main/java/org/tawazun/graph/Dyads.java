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
        // actor codes become ints and (window, actor, recipient) one long key into an open-addressing table: no
        // object per event, which matters at millions of events
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        LongIntTable slots = new LongIntTable(1 << 12);
        List<Tally> tallies = new ArrayList<>();
        for (DyadEvent e : events) {
            int w = find(windows, e.date());
            if (w < 0) continue;
            long key = ((long) w << 42) | ((long) id(ids, names, e.actor()) << 21) | id(ids, names, e.recipient());
            int slot = slots.get(key);
            if (slot < 0) {
                slot = tallies.size();
                tallies.add(new Tally());
                slots.put(key, slot);
            }
            tallies.get(slot).add(e);
        }
        List<Map<Dyad, DyadStats>> out = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) out.add(new HashMap<>());
        slots.forEach((key, slot) -> {
            int w = (int) (key >>> 42), a = (int) ((key >>> 21) & 0x1FFFFF), r = (int) (key & 0x1FFFFF);
            out.get(w).put(new Dyad(names.get(a), names.get(r)), tallies.get(slot).stats());
        });
        return out;
    }

    private static int id(Map<String, Integer> ids, List<String> names, String code) {
        Integer i = ids.get(code);
        if (i != null) return i;
        if (names.size() == 1 << 21) throw new IllegalStateException("more than 2,097,152 distinct actors");
        ids.put(code, names.size());
        names.add(code);
        return names.size() - 1;
    }

    /** A map from long keys to non-negative ints with linear probing; -1 means absent. */
    static final class LongIntTable {
        private long[] keys;
        private int[] values;
        private int size;

        LongIntTable(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
            java.util.Arrays.fill(values, -1);
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (values[i] < 0) return -1;
                if (keys[i] == key) return values[i];
            }
        }

        void put(long key, int value) {
            if (2 * (size + 1) > keys.length) grow();
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (values[i] < 0) {
                    keys[i] = key;
                    values[i] = value;
                    size++;
                    return;
                }
                if (keys[i] == key) {
                    values[i] = value;
                    return;
                }
            }
        }

        private void grow() {
            long[] k = keys;
            int[] v = values;
            keys = new long[k.length * 2];
            values = new int[k.length * 2];
            java.util.Arrays.fill(values, -1);
            size = 0;
            for (int i = 0; i < k.length; i++) if (v[i] >= 0) put(k[i], v[i]);
        }

        void forEach(java.util.function.BiConsumer<Long, Integer> f) {
            for (int i = 0; i < keys.length; i++) if (values[i] >= 0) f.accept(keys[i], values[i]);
        }
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
