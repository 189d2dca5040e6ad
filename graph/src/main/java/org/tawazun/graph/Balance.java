package org.tawazun.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Visits every triad once, a &lt; b &lt; c in code order, intersecting the sorted neighbour lists of each edge's
     * ends: time proportional to the sum over edges of the ends' degrees, no n × n matrix.
     */
    public static void forEachTriad(SignedGraph g, Consumer<Triad> sink) {
        List<String> names = g.nodes();
        forEachTriadIndex(g, (i, j, k, sij, sik, sjk, w) -> sink.accept(new Triad(names.get(i), names.get(j), names.get(k), sij, sik, sjk, w)));
    }

    /** A triad by node indices: signs of ij, ik, jk and the product of the three weights. */
    interface IndexVisitor {
        void visit(int i, int j, int k, int sij, int sik, int sjk, double weight);
    }

    static void forEachTriadIndex(SignedGraph g, IndexVisitor v) {
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
                        v.visit(i, j, a, g.sgn[i][x], g.sgn[i][p], g.sgn[j][q], g.wt[i][x] * g.wt[i][p] * g.wt[j][q]);
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
        forEachTriadIndex(g, (i, j, k, sij, sik, sjk, w) -> c.add((sij < 0 ? 1 : 0) + (sik < 0 ? 1 : 0) + (sjk < 0 ? 1 : 0), w));
        return c.summary();
    }

    /**
     * Counts of the differences between two windows' triads: sign patterns changed, triads appeared or vanished,
     * and, among the changed, those that became balanced or unbalanced.
     */
    public record ChangeSummary(int changed, int appeared, int vanished, int becameBalanced, int becameUnbalanced) {
        public static final ChangeSummary NONE = new ChangeSummary(0, 0, 0, 0, 0);
    }

    /** Triads whose signs differ between two windows, or that are triads in only one of them, in code order. */
    public static List<Change> changes(List<Triad> before, List<Triad> after) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        for (List<Triad> l : List.of(before, after))
            for (Triad t : l) {
                all.add(t.a());
                all.add(t.b());
                all.add(t.c());
            }
        List<String> names = new ArrayList<>(all);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) index.put(names.get(i), i);
        TriadCodes b = new TriadCodes(), a = new TriadCodes();
        for (Triad t : before) b.add(index.get(t.a()), index.get(t.b()), index.get(t.c()), t.ab(), t.ac(), t.bc());
        for (Triad t : after) a.add(index.get(t.a()), index.get(t.b()), index.get(t.c()), t.ab(), t.ac(), t.bc());
        b.sort();
        a.sort();
        List<Change> out = new ArrayList<>();
        compare(b, a, names, TriadListing.ALL, out);
        return out;
    }

    /**
     * Triads of a window in compact form, for comparing windows without keeping Triad objects: a key per triad
     * (three actor numbers of 21 bits, a &lt; b &lt; c) and its three signs as bits.
     */
    static final class TriadCodes {
        long[] keys = new long[16];
        byte[] signs = new byte[16];
        int size;

        void add(int a, int b, int c, int ab, int ac, int bc) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                signs = java.util.Arrays.copyOf(signs, size * 2);
            }
            keys[size] = ((long) a << 42) | ((long) b << 21) | c;
            signs[size] = (byte) ((ab > 0 ? 4 : 0) | (ac > 0 ? 2 : 0) | (bc > 0 ? 1 : 0));
            size++;
        }

        /** Sorts by key (a no-op in effect when added in code order, as the enumeration does). */
        void sort() {
            boolean sorted = true;
            for (int i = 1; i < size && sorted; i++) sorted = keys[i - 1] < keys[i];
            if (sorted) return;
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) order[i] = i;
            java.util.Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
            long[] k = new long[size];
            byte[] s = new byte[size];
            for (int i = 0; i < size; i++) {
                k[i] = keys[order[i]];
                s[i] = signs[order[i]];
            }
            keys = k;
            signs = s;
        }
    }

    private static final String[] PATTERNS = {"---", "--+", "-+-", "-++", "+--", "+-+", "++-", "+++"};

    /** Walks two sorted compact triad sets together, counting the differences and listing those asked for. */
    static ChangeSummary compare(TriadCodes before, TriadCodes after, List<String> names, TriadListing listing, List<Change> out) {
        int changed = 0, appeared = 0, vanished = 0, toBalanced = 0, toUnbalanced = 0;
        int i = 0, j = 0;
        while (i < before.size || j < after.size) {
            long kb = i < before.size ? before.keys[i] : Long.MAX_VALUE;
            long ka = j < after.size ? after.keys[j] : Long.MAX_VALUE;
            String sb = null, sa = null;
            long key;
            if (kb == ka) {
                key = kb;
                if (before.signs[i] != after.signs[j]) {
                    sb = PATTERNS[before.signs[i]];
                    sa = PATTERNS[after.signs[j]];
                    changed++;
                }
                i++;
                j++;
                if (sb == null) continue;
            } else if (kb < ka) {
                key = kb;
                sb = PATTERNS[before.signs[i++]];
                vanished++;
            } else {
                key = ka;
                sa = PATTERNS[after.signs[j++]];
                appeared++;
            }
            Boolean wasB = sb == null ? null : balanced(sb), isB = sa == null ? null : balanced(sa);
            if (sb != null && sa != null && isB && !wasB) toBalanced++;
            if (sb != null && sa != null && wasB && !isB) toUnbalanced++;
            boolean list = listing == TriadListing.ALL || (listing == TriadListing.UNBALANCED && !java.util.Objects.equals(wasB, isB));
            if (list) {
                out.add(new Change(names.get((int) (key >>> 42)), names.get((int) ((key >>> 21) & 0x1FFFFF)),
                        names.get((int) (key & 0x1FFFFF)), sb, sa, wasB, isB));
            }
        }
        return new ChangeSummary(changed, appeared, vanished, toBalanced, toUnbalanced);
    }

    private static boolean balanced(String signs) {
        int neg = 0;
        for (int k = 0; k < 3; k++) if (signs.charAt(k) == '-') neg++;
        return neg % 2 == 0;
    }

    static final class Counter implements Consumer<Triad> {
        int n, balanced, weak;
        double w, wBalanced, wWeak;
        final int[] kinds = new int[4];

        @Override
        public void accept(Triad t) {
            add(t.negatives(), t.weight());
        }

        /** Counts a triad by its number of negative edges and its weight. */
        void add(int negatives, double weight) {
            n++;
            w += weight;
            kinds[negatives]++;
            if (negatives % 2 == 0) {
                balanced++;
                wBalanced += weight;
            }
            if (negatives != 1) {
                weak++;
                wWeak += weight;
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
