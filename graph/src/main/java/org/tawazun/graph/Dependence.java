package org.tawazun.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dependence edges from figures. A share or percentage figure (holder H has s of O's measure) gives the edge
 * O → H with that share. An amount (H's part of O's measure in some unit) gives an edge only when a total of O's
 * measure in the same unit for the same year is known (a figure with no holder): share = amount / total. For each
 * (dependent, on, measure) the latest figure wins (dated before undated; on equal dates, the later one in the
 * source's order). Asymmetry is the difference of the two directions' shares.
 */
public final class Dependence {
    private Dependence() {
    }

    public static List<DependenceEdge> edges(FigureSource source) {
        List<Figure> all;
        try (var s = source.figures()) {
            all = s.toList();
        }
        return edges(all);
    }

    public static List<DependenceEdge> edges(List<Figure> figures) {
        Map<String, Figure> totals = new HashMap<>();
        for (Figure f : figures) {
            if (f.holder() != null || f.asOf() == null || !Double.isNaN(f.share())) continue;
            totals.merge(totalKey(f.of(), f.measure(), f.unit(), f.asOf().getYear()), f, (a, b) -> b);
        }
        Map<String, DependenceEdge> latest = new TreeMap<>();
        for (Figure f : figures) {
            if (f.holder() == null || f.holder().equals(f.of())) continue;
            double share = f.share();
            Figure total = null;
            if (Double.isNaN(share)) {
                if (f.asOf() == null) continue;
                total = totals.get(totalKey(f.of(), f.measure(), f.unit(), f.asOf().getYear()));
                if (total == null || total.value() <= 0) continue;
                share = f.value() / total.value();
            }
            if (share < 0 || share > 1) continue; // not a share of the whole: a misreading upstream, not a dependence
            DependenceEdge e = new DependenceEdge(f.of(), f.holder(), f.measure(), share, f.asOf(), f, total);
            latest.merge(f.of() + '\t' + f.holder() + '\t' + f.measure(), e, Dependence::later);
        }
        List<DependenceEdge> out = new ArrayList<>(latest.values());
        out.sort(Comparator.comparing(DependenceEdge::dependent).thenComparing(DependenceEdge::on).thenComparing(DependenceEdge::measure));
        return out;
    }

    private static DependenceEdge later(DependenceEdge a, DependenceEdge b) {
        if (a.asOf() == null) return b;
        if (b.asOf() == null) return a;
        return b.asOf().isBefore(a.asOf()) ? a : b;
    }

    private static String totalKey(String of, String measure, String unit, int year) {
        return of + '\t' + measure + '\t' + unit.trim().toLowerCase(java.util.Locale.ROOT) + '\t' + year;
    }

    /**
     * share(a depends on b) − share(b depends on a) for the measure; positive when a is the more dependent one.
     * NaN unless both directions are known.
     */
    public static double asymmetry(List<DependenceEdge> edges, String a, String b, String measure) {
        double ab = Double.NaN, ba = Double.NaN;
        for (DependenceEdge e : edges) {
            if (!e.measure().equals(measure)) continue;
            if (e.dependent().equals(a) && e.on().equals(b)) ab = e.share();
            if (e.dependent().equals(b) && e.on().equals(a)) ba = e.share();
        }
        return ab - ba;
    }

    /** The edges between two actors, either direction. */
    public static List<DependenceEdge> between(List<DependenceEdge> edges, String a, String b) {
        List<DependenceEdge> out = new ArrayList<>();
        for (DependenceEdge e : edges)
            if ((e.dependent().equals(a) && e.on().equals(b)) || (e.dependent().equals(b) && e.on().equals(a))) out.add(e);
        return out;
    }
}
