package org.tawazun.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Structural balance of one window: the signed graph of the symmetric relations, the triads, the balance summary,
 * the frustration index, the blocs, and the triads that changed since the previous window.
 *
 * @param relations     the window's relations (all pairs with events among the actors)
 * @param graph         the signed graph (pairs with sign ±1)
 * @param unconnected   requested actors (or actors with events) that have no signed edge in the window
 * @param triads        the triads kept for listing ({@link TriadListing}); all are counted in {@code summary}
 * @param changeSummary counts of the differences from the previous window's triads (all zero for the first)
 * @param changes       the changes kept for listing
 */
public record BalanceReport(Window window, RelationSet relations, SignedGraph graph, List<String> unconnected,
                            List<Triad> triads, Balance.Summary summary, Frustration.Result frustration,
                            Blocs.Partition blocs, Balance.ChangeSummary changeSummary, List<Balance.Change> changes) {

    /**
     * Balance of each window, in order: blocs start from the previous window's partition so that they stay stable
     * where the data allow, and triads are compared with the previous window's.
     *
     * @param actors the actors to consider (null: every actor with events)
     */
    public static List<BalanceReport> analyse(Iterable<DyadEvent> events, List<Window> windows, SignRule rule,
                                              Collection<String> actors, TriadListing listing, Frustration.Options fo,
                                              Blocs.Options bo) {
        List<RelationSet> sets = RelationSet.compute(events, windows, rule);
        TreeSet<String> everyone = new TreeSet<>();
        for (RelationSet rs : sets) everyone.addAll(rs.actors());
        List<String> names = new ArrayList<>(everyone);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) index.put(names.get(i), i);

        List<BalanceReport> out = new ArrayList<>();
        Map<String, Integer> previousBlocs = null;
        Balance.TriadCodes previous = null;
        for (RelationSet rs : sets) {
            SignedGraph g = rs.signedGraph(actors);
            TreeSet<String> unconnected = new TreeSet<>(actors != null ? actors : rs.actors());
            unconnected.removeAll(g.nodes());
            int[] global = new int[g.size()];
            for (int i = 0; i < g.size(); i++) global[i] = index.get(g.nodes().get(i));
            Balance.TriadCodes codes = new Balance.TriadCodes();
            List<Triad> listed = new ArrayList<>();
            Balance.Counter counter = new Balance.Counter();
            List<String> local = g.nodes();
            Balance.forEachTriadIndex(g, (i, j, k, sij, sik, sjk, w) -> {
                codes.add(global[i], global[j], global[k], sij, sik, sjk);
                int negatives = (sij < 0 ? 1 : 0) + (sik < 0 ? 1 : 0) + (sjk < 0 ? 1 : 0);
                counter.add(negatives, w);
                if (listing == TriadListing.ALL || (listing == TriadListing.UNBALANCED && negatives % 2 == 1))
                    listed.add(new Triad(local.get(i), local.get(j), local.get(k), sij, sik, sjk, w));
            });
            List<Balance.Change> changes = new ArrayList<>();
            Balance.ChangeSummary cs = previous == null ? Balance.ChangeSummary.NONE
                    : Balance.compare(previous, codes, names, listing, changes);
            Blocs.Partition p = Blocs.partition(g, bo, previousBlocs);
            out.add(new BalanceReport(rs.window(), rs, g, List.copyOf(unconnected), List.copyOf(listed), counter.summary(),
                    Frustration.compute(g, fo), p, cs, List.copyOf(changes)));
            if (g.size() > 0) previousBlocs = p.bloc();
            previous = codes;
        }
        return out;
    }
}
