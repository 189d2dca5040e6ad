package org.tawazun.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Finds shifts ({@link ShiftRule}) per pair of actors and per actor. */
public final class Shifts {
    private Shifts() {
    }

    /**
     * Shifts of every pair (both directions pooled, or ordered pairs when {@code directed}) and of every actor,
     * limited to those involving one of {@code actors} when it is not null. Chronological, then by |z|, largest first.
     */
    public static List<Shift> detect(Iterable<DyadEvent> events, ShiftRule rule, boolean directed, Collection<String> actors) {
        Set<String> only = actors == null ? null : Set.copyOf(actors);
        Map<Dyad, TreeMap<LocalDate, List<DyadEvent>>> pairs = new HashMap<>();
        Map<String, TreeMap<LocalDate, List<DyadEvent>>> single = new HashMap<>();
        for (DyadEvent e : events) {
            if (e.date() == null) continue;
            if (only != null && !only.contains(e.actor()) && !only.contains(e.recipient())) continue;
            LocalDate p = rule.resolution().periodStart(e.date());
            Dyad d = directed ? e.dyad() : e.dyad().unordered();
            pairs.computeIfAbsent(d, k -> new TreeMap<>()).computeIfAbsent(p, k -> new ArrayList<>()).add(e);
            for (String a : new String[]{e.actor(), e.recipient()}) {
                if (only == null || only.contains(a))
                    single.computeIfAbsent(a, k -> new TreeMap<>()).computeIfAbsent(p, k -> new ArrayList<>()).add(e);
            }
        }
        List<Shift> out = new ArrayList<>();
        pairs.forEach((d, s) -> scan("dyad", d.actor(), d.recipient(), s, rule, out));
        single.forEach((a, s) -> scan("actor", a, null, s, rule, out));
        out.sort(Comparator.comparing(Shift::start).thenComparing(x -> -Math.abs(x.z())).thenComparing(Shift::kind)
                .thenComparing(Shift::actor).thenComparing(x -> x.recipient() == null ? "" : x.recipient()));
        return out;
    }

    /** Walks one series in time order, testing each period against the periods before it. */
    static void scan(String kind, String actor, String recipient, TreeMap<LocalDate, List<DyadEvent>> series, ShiftRule rule,
                     List<Shift> out) {
        List<Double> history = new ArrayList<>();
        String prevLabel = null;
        for (var entry : series.entrySet()) {
            List<DyadEvent> evs = entry.getValue();
            double sum = 0;
            for (DyadEvent e : evs) sum += e.score();
            double mean = sum / evs.size();
            if (evs.size() >= rule.minEvents() && history.size() >= rule.minHistory()) {
                List<Double> h = history.subList(Math.max(0, history.size() - rule.maxHistory()), history.size());
                double mu = 0;
                for (double x : h) mu += x;
                mu /= h.size();
                double var = 0;
                for (double x : h) var += (x - mu) * (x - mu);
                double sd = Math.sqrt(var / (h.size() - 1));
                double z = (mean - mu) / Math.max(sd, rule.sdFloor());
                if (Math.abs(z) >= rule.z()) {
                    LocalDate start = entry.getKey();
                    out.add(new Shift(kind, actor, recipient, rule.resolution().label(start), start, rule.resolution().periodEnd(start),
                            evs.size(), mean, history.get(history.size() - 1), prevLabel, mu, sd, h.size(), z,
                            drivers(evs, mu, z, rule.drivers())));
                }
            }
            history.add(mean);
            prevLabel = rule.resolution().label(entry.getKey());
        }
    }

    /** The events that pushed most in the shift's direction: largest (score − μ)·sign(z) first, then by id. */
    private static List<DyadEvent> drivers(List<DyadEvent> evs, double mu, double z, int n) {
        double dir = Math.signum(z);
        List<DyadEvent> s = new ArrayList<>(evs);
        s.sort(Comparator.<DyadEvent>comparingDouble(e -> -(e.score() - mu) * dir)
                .thenComparing(e -> e.eventId() == null ? "" : e.eventId()));
        return List.copyOf(s.subList(0, Math.min(n, s.size())));
    }
}
