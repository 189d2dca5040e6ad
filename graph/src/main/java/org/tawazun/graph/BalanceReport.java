package org.tawazun.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Structural balance of one window: the signed graph of the symmetric relations, every triad, the balance
 * summary, the frustration index, the blocs, and the triads that changed since the previous window.
 *
 * @param relations   the window's relations (all pairs with events among the actors)
 * @param graph       the signed graph (pairs with sign ±1)
 * @param unconnected requested actors (or actors with events) that have no signed edge in the window
 * @param changes     triads changed since the previous window; empty for the first
 */
public record BalanceReport(Window window, RelationSet relations, SignedGraph graph, List<String> unconnected,
                            List<Triad> triads, Balance.Summary summary, Frustration.Result frustration,
                            Blocs.Partition blocs, List<Balance.Change> changes) {

    /**
     * Balance of each window, in order: blocs start from the previous window's partition so that they stay stable
     * where the data allow, and triads are compared with the previous window's.
     *
     * @param actors the actors to consider (null: every actor with events)
     */
    public static List<BalanceReport> analyse(Iterable<DyadEvent> events, List<Window> windows, SignRule rule,
                                              Collection<String> actors, Frustration.Options fo, Blocs.Options bo) {
        List<RelationSet> sets = RelationSet.compute(events, windows, rule);
        List<BalanceReport> out = new ArrayList<>();
        Map<String, Integer> previousBlocs = null;
        List<Triad> previousTriads = null;
        for (RelationSet rs : sets) {
            SignedGraph g = rs.signedGraph(actors);
            TreeSet<String> unconnected = new TreeSet<>(actors != null ? actors : rs.actors());
            unconnected.removeAll(g.nodes());
            List<Triad> triads = Balance.triads(g);
            Blocs.Partition p = Blocs.partition(g, bo, previousBlocs);
            List<Balance.Change> changes = previousTriads == null ? List.of() : Balance.changes(previousTriads, triads);
            out.add(new BalanceReport(rs.window(), rs, g, List.copyOf(unconnected), triads, Balance.summarize(triads),
                    Frustration.compute(g, fo), p, changes));
            if (g.size() > 0) previousBlocs = p.bloc();
            previousTriads = triads;
        }
        return out;
    }
}
