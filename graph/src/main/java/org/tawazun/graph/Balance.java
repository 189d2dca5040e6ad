package org.tawazun.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Structural balance of a signed graph: every triad (three actors with all three edges signed) classified as
 * balanced or not, strictly and under Davis's weak balance, the shares of balanced triads (plain and weighted by
 * {@link Triad#weight()}), and the triads that changed between two windows.
 */
public final class Balance {
    private Balance() {
    }

    /** Shares are NaN when there is no triad (or, weighted, when all triads weigh 0). */
    public record Summary(int triads, int balanced, double share, double weightedShare, int weaklyBalanced, double weakShare,
                          double weakWeightedShare, Map<String, Integer> byKind) {
    }

    /** How a triad differs between two windows; {@code before} or {@code after} is null when it was or is not a triad. */
    public record Change(String a, String b, String c, String before, String after, Boolean wasBalanced, Boolean isBalanced) {
        /** changed (signs differ), appeared or vanished. */
        public String kind() {
            return before == null ? "appeared" : after == null ? "vanished" : "changed";
        }

        /** True when the triad was balanced in one window and unbalanced (or absent) in the other. */
        public boolean balanceChanged() {
            return !java.util.Objects.equals(wasBalanced, isBalanced);
        }
    }

    /** Every triad, in code order of (a, b, c). */
    public static List<Triad> triads(SignedGraph g) {
        List<Triad> out = new ArrayList<>();
        forEachTriad(g, out::add);
        return out;
    }

    /**
     * Visits every triad once, a &lt; b &lt; c by index, intersecting the sorted neighbour lists of each edge's ends:
     * time proportional to the sum over edges of the ends' degrees, no n × n matrix.
     */
    public static void forEachTriad(SignedGraph g, Consumer<Triad> sink) {
        List<String> names = g.nodes();
        for (int i = 0; i < g.size(); i++) {
            int[] ni = g.nbr[i];
            for (int x = 0; x < ni.length; x++) {
                int j = ni[x];
                if (j <= i) continue;
                int[] nj = g.nbr[j];
                int p = x + 1, q = 0;
                while (q < nj.length && nj[q] <= j) q++;
                while (p < ni.length && q < nj.length) {
                    int a = ni[p], b = nj[q];
                    if (a < b) p++;
                    else if (b < a) q++;
                    else {
                        sink.accept(new Triad(names.get(i), names.get(j), names.get(a), g.sgn[i][x], g.sgn[i][p], g.sgn[j][q],
                                g.wt[i][x] * g.wt[i][p] * g.wt[j][q]));
                        p++;
                        q++;
                    }
                }
            }
        }
    }

    public static Summary summarize(List<Triad> triads) {
        Counter c = new Counter();
        triads.forEach(c);
        return c.summary();
    }

    /** The summary without keeping the triads (for large graphs). */
    public static Summary census(SignedGraph g) {
        Counter c = new Counter();
        forEachTriad(g, c);
        return c.summary();
    }

    /** Triads whose signs differ between two windows, or that are triads in only one of them, in code order. */
    public static List<Change> changes(List<Triad> before, List<Triad> after) {
        Map<String, Triad> b = new HashMap<>();
        for (Triad t : before) b.put(t.key(), t);
        Map<String, Triad> a = new HashMap<>();
        for (Triad t : after) a.put(t.key(), t);
        TreeMap<String, Change> out = new TreeMap<>();
        for (Triad t : after) {
            Triad old = b.get(t.key());
            if (old == null) out.put(t.key(), new Change(t.a(), t.b(), t.c(), null, t.signs(), null, t.balanced()));
            else if (!old.signs().equals(t.signs()))
                out.put(t.key(), new Change(t.a(), t.b(), t.c(), old.signs(), t.signs(), old.balanced(), t.balanced()));
        }
        for (Triad t : before) {
            if (!a.containsKey(t.key())) out.put(t.key(), new Change(t.a(), t.b(), t.c(), t.signs(), null, t.balanced(), null));
        }
        return new ArrayList<>(out.values());
    }

    private static final class Counter implements Consumer<Triad> {
        int n, balanced, weak;
        double w, wBalanced, wWeak;
        final int[] kinds = new int[4];

        @Override
        public void accept(Triad t) {
            n++;
            w += t.weight();
            kinds[t.negatives()]++;
            if (t.balanced()) {
                balanced++;
                wBalanced += t.weight();
            }
            if (t.weaklyBalanced()) {
                weak++;
                wWeak += t.weight();
            }
        }

        Summary summary() {
            Map<String, Integer> k = new LinkedHashMap<>();
            k.put("+++", kinds[0]);
            k.put("++-", kinds[1]);
            k.put("+--", kinds[2]);
            k.put("---", kinds[3]);
            double nan = Double.NaN;
            return new Summary(n, balanced, n == 0 ? nan : (double) balanced / n, w == 0 ? nan : wBalanced / w, weak,
                    n == 0 ? nan : (double) weak / n, w == 0 ? nan : wWeak / w, java.util.Collections.unmodifiableMap(k));
        }
    }
}
