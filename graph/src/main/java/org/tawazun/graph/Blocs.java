package org.tawazun.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Blocs: the partition of actors that best fits the signs (Doreian and Mrvar's relocation method). For k blocs
 * the criterion to minimise is P = α·(weight of − edges inside blocs) + (1 − α)·(weight of + edges across blocs),
 * α = 0.5, edge weight = strength × confidence. Each connected component is partitioned on its own (actors with no
 * path between them are never put together by default). For k = 1 … {@link Options#maxK()} the relocation moves
 * single actors to the bloc that lowers P most, never emptying a bloc, until no move helps, from the previous
 * window's partition (when given), from a spanning-tree two-colouring (for k = 2) and from
 * {@link Options#starts()} seeded random partitions; the best P wins, the earlier start on ties. <b>Choice of
 * k</b>: the smallest k whose P is within {@link Options#tolerance()} (1%) of the component's total edge weight of
 * the lowest P over all k; one more bloc must buy a real improvement. Blocs are labelled 1, 2, … by size (then
 * first actor); given the previous window's partition, each bloc takes the label of the previous bloc it shares
 * most actors with, so labels persist across windows. An actor's membership strength is the share of its edge
 * weight that fits: + edges to its own bloc and − edges to other blocs.
 */
public final class Blocs {
    private Blocs() {
    }

    public record Options(double alpha, int maxK, int starts, long seed, double tolerance) {
        public static final Options DEFAULT = new Options(0.5, 6, 30, 8L, 0.01);

        public Options {
            if (!(alpha >= 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in [0, 1], not " + alpha);
            if (maxK < 1) throw new IllegalArgumentException("maxK must be at least 1");
        }
    }

    /**
     * @param bloc      each actor's bloc label
     * @param strength  each actor's membership strength in [0, 1] (NaN for an actor without edges)
     * @param k         the number of blocs
     * @param criterion P of the partition (0 for a partition that fits every sign)
     */
    public record Partition(Map<String, Integer> bloc, Map<String, Double> strength, int k, double criterion) {
        /** The members of each bloc, by label. */
        public Map<Integer, List<String>> members() {
            Map<Integer, List<String>> m = new TreeMap<>();
            bloc.forEach((a, b) -> m.computeIfAbsent(b, x -> new ArrayList<>()).add(a));
            return m;
        }
    }

    public static Partition partition(SignedGraph g) {
        return partition(g, Options.DEFAULT, null);
    }

    /** The partition of the graph; {@code previous} (nullable) is the previous window's, for stability. */
    public static Partition partition(SignedGraph g, Options o, Map<String, Integer> previous) {
        List<List<String>> blocs = new ArrayList<>();
        double criterion = 0;
        for (SignedGraph c : g.components()) {
            Fit f = bestFit(c, o, previous);
            criterion += f.p;
            for (int b = 0; b < f.k; b++) {
                List<String> members = new ArrayList<>();
                for (int i = 0; i < c.size(); i++) if (f.bloc[i] == b) members.add(c.nodes().get(i));
                blocs.add(members);
            }
        }
        Map<String, Integer> labels = label(blocs, previous);
        Map<String, Double> strength = new TreeMap<>();
        for (String v : g.nodes()) strength.put(v, strength(g, labels, v));
        return new Partition(Collections.unmodifiableMap(labels), Collections.unmodifiableMap(strength), blocs.size(), criterion);
    }

    private record Fit(int k, int[] bloc, double p) {
    }

    private static Fit bestFit(SignedGraph c, Options o, Map<String, Integer> previous) {
        int n = c.size();
        double total = c.totalWeight();
        List<Fit> fits = new ArrayList<>();
        for (int k = 1; k <= Math.min(o.maxK(), n); k++) fits.add(fitK(c, k, o, previous));
        double min = fits.stream().mapToDouble(Fit::p).min().orElse(0);
        for (Fit f : fits) if (f.p <= min + o.tolerance() * total + 1e-12) return f;
        return fits.get(0);
    }

    private static Fit fitK(SignedGraph c, int k, Options o, Map<String, Integer> previous) {
        int n = c.size();
        if (k == 1) return new Fit(1, new int[n], criterion(c, new int[n], o.alpha()));
        List<int[]> starts = new ArrayList<>();
        int[] prev = fromPrevious(c, k, previous);
        if (prev != null) starts.add(prev);
        if (k == 2) starts.add(Frustration.spanningTreeColouring(c));
        SplittableRandom rnd = new SplittableRandom(o.seed() * 31 + k + c.nodes().get(0).hashCode());
        for (int s = 0; s < o.starts(); s++) {
            int[] b = new int[n];
            for (int i = 0; i < n; i++) b[i] = rnd.nextInt(k);
            starts.add(b);
        }
        Fit best = null;
        for (int[] s : starts) {
            if (!fillEmpty(s, k, rnd)) continue;
            relocate(c, s, k, o.alpha());
            double p = criterion(c, s, o.alpha());
            if (best == null || p < best.p - 1e-12) best = new Fit(k, s, p);
        }
        return best;
    }

    /** The previous window's blocs of these actors as a start, when they form exactly k blocs; else null. */
    private static int[] fromPrevious(SignedGraph c, int k, Map<String, Integer> previous) {
        if (previous == null) return null;
        Map<Integer, Integer> idx = new TreeMap<>();
        for (String v : c.nodes()) {
            Integer l = previous.get(v);
            if (l != null) idx.putIfAbsent(l, idx.size());
        }
        if (idx.size() != k) return null;
        int[] b = new int[c.size()];
        for (int i = 0; i < c.size(); i++) {
            Integer l = previous.get(c.nodes().get(i));
            b[i] = l == null ? 0 : idx.get(l); // new actors start in bloc 0; relocation moves them where they fit
        }
        return b;
    }

    /** Makes every bloc non-empty by moving random actors out of blocs with more than one; false if k > n. */
    private static boolean fillEmpty(int[] b, int k, SplittableRandom rnd) {
        if (k > b.length) return false;
        int[] size = new int[k];
        for (int x : b) size[x]++;
        for (int bl = 0; bl < k; bl++) {
            while (size[bl] == 0) {
                int i = rnd.nextInt(b.length);
                if (size[b[i]] > 1) {
                    size[b[i]]--;
                    b[i] = bl;
                    size[bl]++;
                }
            }
        }
        return true;
    }

    /** Moves single actors to the bloc that lowers P most, never emptying a bloc, until no move helps. */
    static void relocate(SignedGraph c, int[] b, int k, double alpha) {
        int n = c.size();
        int[] size = new int[k];
        for (int x : b) size[x]++;
        double[] pos = new double[k], neg = new double[k];
        boolean moved = true;
        for (int pass = 0; moved && pass < 1000; pass++) {
            moved = false;
            for (int i = 0; i < n; i++) {
                if (size[b[i]] == 1) continue;
                java.util.Arrays.fill(pos, 0);
                java.util.Arrays.fill(neg, 0);
                double posTotal = 0;
                for (int x = 0; x < c.nbr[i].length; x++) {
                    int j = c.nbr[i][x];
                    if (c.sgn[i][x] > 0) {
                        pos[b[j]] += c.wt[i][x];
                        posTotal += c.wt[i][x];
                    } else {
                        neg[b[j]] += c.wt[i][x];
                    }
                }
                int cur = b[i], best = cur;
                double bestCost = alpha * neg[cur] + (1 - alpha) * (posTotal - pos[cur]);
                for (int bl = 0; bl < k; bl++) {
                    double cost = alpha * neg[bl] + (1 - alpha) * (posTotal - pos[bl]);
                    if (cost < bestCost - 1e-12) {
                        bestCost = cost;
                        best = bl;
                    }
                }
                if (best != cur) {
                    size[cur]--;
                    size[best]++;
                    b[i] = best;
                    moved = true;
                }
            }
        }
    }

    /** P = α·(− weight inside blocs) + (1 − α)·(+ weight across blocs). */
    static double criterion(SignedGraph c, int[] b, double alpha) {
        double inNeg = 0, acrossPos = 0;
        for (int i = 0; i < c.size(); i++)
            for (int x = 0; x < c.nbr[i].length; x++) {
                int j = c.nbr[i][x];
                if (j <= i) continue;
                if (c.sgn[i][x] < 0 && b[i] == b[j]) inNeg += c.wt[i][x];
                if (c.sgn[i][x] > 0 && b[i] != b[j]) acrossPos += c.wt[i][x];
            }
        return alpha * inNeg + (1 - alpha) * acrossPos;
    }

    /** Labels blocs: by overlap with the previous window's labels, else 1, 2, … by size then first actor. */
    private static Map<String, Integer> label(List<List<String>> blocs, Map<String, Integer> previous) {
        List<List<String>> sorted = new ArrayList<>(blocs);
        for (List<String> m : sorted) Collections.sort(m);
        sorted.sort(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(m -> m.get(0)));
        Map<Integer, Integer> given = new HashMap<>(); // index in sorted -> label
        TreeSet<Integer> used = new TreeSet<>();
        if (previous != null) {
            record Overlap(int bloc, int label, int count) {
            }
            List<Overlap> ov = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                Map<Integer, Integer> counts = new TreeMap<>();
                for (String v : sorted.get(i)) {
                    Integer l = previous.get(v);
                    if (l != null) counts.merge(l, 1, Integer::sum);
                }
                for (var e : counts.entrySet()) ov.add(new Overlap(i, e.getKey(), e.getValue()));
            }
            ov.sort(Comparator.comparingInt(Overlap::count).reversed().thenComparingInt(Overlap::label).thenComparingInt(Overlap::bloc));
            for (Overlap x : ov) {
                if (given.containsKey(x.bloc()) || used.contains(x.label())) continue;
                given.put(x.bloc(), x.label());
                used.add(x.label());
            }
            used.addAll(previous.values());
        }
        int next = 1;
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Integer l = given.get(i);
            if (l == null) {
                while (used.contains(next)) next++;
                l = next;
                used.add(l);
            }
            for (String v : sorted.get(i)) out.put(v, l);
        }
        return out;
    }

    private static double strength(SignedGraph g, Map<String, Integer> labels, String v) {
        int i = g.indexOf(v);
        double fit = 0, total = 0;
        for (int x = 0; x < g.nbr[i].length; x++) {
            String u = g.nodes().get(g.nbr[i][x]);
            boolean same = labels.get(u).equals(labels.get(v));
            total += g.wt[i][x];
            if (g.sgn[i][x] > 0 == same) fit += g.wt[i][x];
        }
        return total == 0 ? Double.NaN : fit / total;
    }
}
