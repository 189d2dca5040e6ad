package org.tawazun.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The frustration index of a signed graph: the fewest edges whose sign must change (equivalently, which must be
 * removed) for the graph to be balanced, i.e. for its actors to split into two camps with every + edge inside a
 * camp and every − edge across. It is the minimum over two-colourings of the number of frustrated edges, and it
 * adds up over connected components, which are solved one by one:
 * <ul>
 *   <li>a component of at most {@link Options#exactMaxNodes()} actors (default 40) is solved exactly by branch and
 *       bound over two-colourings (actors in max-connectivity order, the first one's camp fixed; lower bound: cost so
 *       far plus, for each unplaced actor, the cheaper of its two camps against the placed ones), started from the
 *       heuristic's value. If the search exceeds {@link Options#nodeBudget()} (default 5,000,000 search nodes) it
 *       stops and the component counts as heuristic;</li>
 *   <li>a larger component gets the heuristic: local search flipping single actors to the other camp while that
 *       lowers the count, from a spanning-tree colouring (exact when the component is balanced) and from
 *       {@link Options#starts()} seeded random colourings (default 50), keeping the best.</li>
 * </ul>
 * Every result carries a lower bound (a greedy set of edge-disjoint unbalanced triads, each of which needs one
 * frustrated edge), so a heuristic value comes with its possible gap. The index counts edges, not weights.
 */
public final class Frustration {
    private Frustration() {
    }

    public record Options(int exactMaxNodes, long nodeBudget, int starts, long seed) {
        public static final Options DEFAULT = new Options(40, 5_000_000L, 50, 8L);
    }

    /**
     * @param index      the frustration index found (exact when {@code exact})
     * @param lowerBound a proven lower bound (equal to {@code index} when exact)
     * @param frustrated the edges frustrated by the best colouring found
     * @param camp       each actor's camp (0 or 1) in that colouring; within each component the first actor is in 0
     * @param method     branch-and-bound, local-search, or both (per component)
     */
    public record Result(int index, boolean exact, int lowerBound, List<SignedGraph.Edge> frustrated, Map<String, Integer> camp,
                         String method) {
    }

    public static Result compute(SignedGraph g) {
        return compute(g, Options.DEFAULT);
    }

    public static Result compute(SignedGraph g, Options o) {
        int index = 0, lower = 0;
        boolean exact = true, usedBnb = false, usedLocal = false;
        List<SignedGraph.Edge> frustrated = new ArrayList<>();
        Map<String, Integer> camp = new TreeMap<>();
        for (SignedGraph c : g.components()) {
            int[] col = localSearch(c, o);
            int cost = cost(c, col);
            boolean ex = cost == 0;
            if (!ex && c.size() <= o.exactMaxNodes()) {
                BranchAndBound bb = new BranchAndBound(c, col, cost, o.nodeBudget());
                bb.run();
                col = bb.best;
                cost = bb.bestCost;
                ex = !bb.aborted;
                usedBnb = true;
            } else if (!ex) {
                usedLocal = true;
            }
            int lb = ex ? cost : disjointUnbalancedTriads(c);
            index += cost;
            lower += lb;
            exact &= ex;
            int flip = col.length > 0 ? col[0] : 0;
            for (int i = 0; i < c.size(); i++) camp.put(c.nodes().get(i), col[i] ^ flip);
            for (int i = 0; i < c.size(); i++)
                for (int x = 0; x < c.nbr[i].length; x++) {
                    int j = c.nbr[i][x];
                    if (j > i && frustrated(c.sgn[i][x], col[i], col[j])) {
                        String a = c.nodes().get(i), b = c.nodes().get(j);
                        frustrated.add(new SignedGraph.Edge(a, b, c.sgn[i][x], c.wt[i][x]));
                    }
                }
        }
        frustrated.sort((x, y) -> x.a().equals(y.a()) ? x.b().compareTo(y.b()) : x.a().compareTo(y.a()));
        String method = usedBnb && usedLocal ? "branch-and-bound+local-search" : usedLocal ? "local-search"
                : usedBnb ? "branch-and-bound" : "spanning-tree (balanced)";
        return new Result(index, exact, lower, Collections.unmodifiableList(frustrated), Collections.unmodifiableMap(camp), method);
    }

    static boolean frustrated(int sign, int ci, int cj) {
        return sign > 0 ? ci != cj : ci == cj;
    }

    static int cost(SignedGraph g, int[] col) {
        int c = 0;
        for (int i = 0; i < g.size(); i++)
            for (int x = 0; x < g.nbr[i].length; x++) {
                int j = g.nbr[i][x];
                if (j > i && frustrated(g.sgn[i][x], col[i], col[j])) c++;
            }
        return c;
    }

    /** The best of a spanning-tree colouring and seeded random colourings, each improved by single flips. */
    static int[] localSearch(SignedGraph g, Options o) {
        int n = g.size();
        int[] best = spanningTreeColouring(g);
        improve(g, best);
        int bestCost = cost(g, best);
        SplittableRandom rnd = new SplittableRandom(o.seed() ^ (n == 0 ? 0 : g.nodes().get(0).hashCode()));
        for (int s = 0; s < o.starts() && bestCost > 0; s++) {
            int[] col = new int[n];
            for (int i = 0; i < n; i++) col[i] = rnd.nextInt(2);
            improve(g, col);
            int c = cost(g, col);
            if (c < bestCost) {
                bestCost = c;
                best = col;
            }
        }
        return best;
    }

    /** Colours along a breadth-first spanning tree: same camp across +, other camp across −. */
    static int[] spanningTreeColouring(SignedGraph g) {
        int n = g.size();
        int[] col = new int[n];
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> q = new ArrayDeque<>();
        for (int r = 0; r < n; r++) {
            if (seen[r]) continue;
            seen[r] = true;
            q.add(r);
            while (!q.isEmpty()) {
                int i = q.poll();
                for (int x = 0; x < g.nbr[i].length; x++) {
                    int j = g.nbr[i][x];
                    if (seen[j]) continue;
                    seen[j] = true;
                    col[j] = g.sgn[i][x] > 0 ? col[i] : 1 - col[i];
                    q.add(j);
                }
            }
        }
        return col;
    }

    /** Flips single actors while a flip lowers the number of frustrated edges. */
    static void improve(SignedGraph g, int[] col) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int i = 0; i < g.size(); i++) {
                int gain = 0;
                for (int x = 0; x < g.nbr[i].length; x++)
                    gain += frustrated(g.sgn[i][x], col[i], col[g.nbr[i][x]]) ? 1 : -1;
                if (gain > 0) {
                    col[i] ^= 1;
                    moved = true;
                }
            }
        }
    }

    /** A lower bound: unbalanced triads chosen greedily (in code order) so that no two share an edge. */
    static int disjointUnbalancedTriads(SignedGraph g) {
        int n = g.size();
        java.util.BitSet used = new java.util.BitSet();
        java.util.Set<Long> usedLarge = (long) n * n > Integer.MAX_VALUE ? new java.util.HashSet<>() : null;
        int[] count = {0};
        Balance.forEachTriadIndex(g, (i, j, k, sij, sik, sjk, w) -> {
            if (sij * sik * sjk > 0) return;
            long ij = (long) i * n + j, ik = (long) i * n + k, jk = (long) j * n + k;
            if (usedLarge == null) {
                if (used.get((int) ij) || used.get((int) ik) || used.get((int) jk)) return;
                used.set((int) ij);
                used.set((int) ik);
                used.set((int) jk);
            } else {
                if (usedLarge.contains(ij) || usedLarge.contains(ik) || usedLarge.contains(jk)) return;
                usedLarge.add(ij);
                usedLarge.add(ik);
                usedLarge.add(jk);
            }
            count[0]++;
        });
        return count[0];
    }

    /** Exact search over two-colourings of one connected component. */
    private static final class BranchAndBound {
        final SignedGraph g;
        final int n;
        final int[] order;
        final int[] col;
        final boolean[] placed;
        final int[][] costIf; // costIf[b][u]: frustrated edges between u and placed actors if u takes camp b
        final long budget;
        long visited;
        boolean aborted;
        int[] best;
        int bestCost;

        BranchAndBound(SignedGraph g, int[] start, int startCost, long budget) {
            this.g = g;
            this.n = g.size();
            this.order = maxConnectivityOrder(g);
            this.col = new int[n];
            this.placed = new boolean[n];
            this.costIf = new int[2][n];
            this.budget = budget;
            this.best = start.clone();
            this.bestCost = startCost;
        }

        void run() {
            if (n == 0) return;
            place(order[0], 0, +1);
            search(1, 0);
        }

        private void search(int depth, int cost) {
            if (aborted) return;
            if (++visited > budget) {
                aborted = true;
                return;
            }
            if (depth == n) {
                if (cost < bestCost) {
                    bestCost = cost;
                    best = col.clone();
                }
                return;
            }
            int bound = cost;
            for (int d = depth; d < n; d++) {
                int u = order[d];
                bound += Math.min(costIf[0][u], costIf[1][u]);
            }
            if (bound >= bestCost) return;
            int v = order[depth];
            int first = costIf[0][v] <= costIf[1][v] ? 0 : 1;
            for (int k = 0; k < 2; k++) {
                int b = k == 0 ? first : 1 - first;
                int c = cost + costIf[b][v];
                if (c >= bestCost) continue;
                place(v, b, +1);
                search(depth + 1, c);
                place(v, b, -1);
            }
        }

        /** Places (delta +1) or removes (delta −1) actor v in camp b, updating its unplaced neighbours' costs. */
        private void place(int v, int b, int delta) {
            col[v] = b;
            placed[v] = delta > 0;
            for (int x = 0; x < g.nbr[v].length; x++) {
                int u = g.nbr[v][x];
                if (placed[u]) continue;
                // u frustrates the edge when it takes the other camp across +, the same camp across −
                int bad = g.sgn[v][x] > 0 ? 1 - b : b;
                costIf[bad][u] += delta;
            }
        }

        /** Highest degree first, then the actor with most edges to those already ordered (ties by index). */
        private static int[] maxConnectivityOrder(SignedGraph g) {
            int n = g.size();
            int[] order = new int[n];
            boolean[] in = new boolean[n];
            int[] links = new int[n];
            for (int k = 0; k < n; k++) {
                int pick = -1;
                for (int i = 0; i < n; i++) {
                    if (in[i]) continue;
                    if (pick < 0 || links[i] > links[pick] || (links[i] == links[pick] && g.nbr[i].length > g.nbr[pick].length)) pick = i;
                }
                order[k] = pick;
                in[pick] = true;
                for (int j : g.nbr[pick]) links[j]++;
            }
            return order;
        }
    }

    /** For tests: the index by trying every colouring (n ≤ 20). */
    static int bruteForce(SignedGraph g) {
        int n = g.size();
        if (n > 20) throw new IllegalArgumentException("brute force is for at most 20 actors");
        int best = Integer.MAX_VALUE;
        int[] col = new int[n];
        for (int mask = 0; mask < (1 << Math.max(0, n - 1)); mask++) {
            for (int i = 1; i < n; i++) col[i] = (mask >> (i - 1)) & 1;
            best = Math.min(best, cost(g, col));
        }
        return n == 0 ? 0 : best;
    }
}
