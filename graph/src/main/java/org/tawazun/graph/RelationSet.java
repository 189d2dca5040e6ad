package org.tawazun.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.TreeSet;

/** All relations of one window: directed (both directions kept) and symmetric. Immutable. */
public final class RelationSet {
    private final Window window;
    private final SignRule rule;
    private final Map<Dyad, SymmetricRelation> pairs;

    private RelationSet(Window window, SignRule rule, Map<Dyad, SymmetricRelation> pairs) {
        this.window = window;
        this.rule = rule;
        this.pairs = Collections.unmodifiableMap(pairs);
    }

    /** Relations from dyad totals (self-pairs, if any, are ignored). */
    public static RelationSet of(Map<Dyad, DyadStats> totals, Window window, SignRule rule) {
        List<Dyad> keys = new ArrayList<>(totals.size());
        for (Dyad d : totals.keySet()) {
            if (d.actor().equals(d.recipient())) continue;
            Dyad u = d.unordered();
            // each pair once: from its forward dyad, or from the backward one when there is no forward
            if (u == d || !totals.containsKey(u)) keys.add(u);
        }
        Collections.sort(keys);
        Map<Dyad, SymmetricRelation> pairs = new LinkedHashMap<>(keys.size() * 2);
        for (Dyad u : keys) {
            Dyad back = u.reverse();
            DyadStats f = totals.getOrDefault(u, DyadStats.EMPTY);
            DyadStats b = totals.getOrDefault(back, DyadStats.EMPTY);
            pairs.put(u, new SymmetricRelation(rule.relation(u, window, f.plus(b)), rule.relation(u, window, f),
                    rule.relation(back, window, b)));
        }
        return new RelationSet(window, rule, pairs);
    }

    /** Relations of the events in the window. */
    public static RelationSet compute(Iterable<DyadEvent> events, Window window, SignRule rule) {
        return of(Dyads.aggregate(events, window), window, rule);
    }

    /** Relations for each window, in one pass over the events. */
    public static List<RelationSet> compute(Iterable<DyadEvent> events, List<Window> windows, SignRule rule) {
        List<Map<Dyad, DyadStats>> totals = Dyads.aggregate(events, windows);
        List<RelationSet> out = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) out.add(of(totals.get(i), windows.get(i), rule));
        return out;
    }

    public Window window() {
        return window;
    }

    public SignRule rule() {
        return rule;
    }

    /** Every pair with events, in code order. */
    public List<SymmetricRelation> pairs() {
        return new ArrayList<>(pairs.values());
    }

    /** The pair of two actors, or null when they have no events in the window. */
    public SymmetricRelation pair(String a, String b) {
        return pairs.get(new Dyad(a, b).unordered());
    }

    /** The directed relation a → b (sign 0 and no events when there are none). */
    public Relation relation(String a, String b) {
        SymmetricRelation p = pair(a, b);
        return p == null ? rule.relation(new Dyad(a, b), window, DyadStats.EMPTY) : p.from(a);
    }

    /** The pairs one actor takes part in, in the other actor's code order. */
    public List<SymmetricRelation> involving(String actor) {
        List<SymmetricRelation> out = new ArrayList<>();
        for (SymmetricRelation p : pairs.values()) if (p.a().equals(actor) || p.b().equals(actor)) out.add(p);
        return out;
    }

    /** Every actor with at least one event in the window, in code order. */
    public List<String> actors() {
        TreeSet<String> s = new TreeSet<>();
        for (Dyad d : pairs.keySet()) {
            s.add(d.actor());
            s.add(d.recipient());
        }
        return new ArrayList<>(s);
    }

    /** The signed graph of the symmetric relations with a sign, optionally limited to some actors (null = all). */
    public SignedGraph signedGraph(java.util.Collection<String> among) {
        SignedGraph.Builder b = SignedGraph.builder();
        java.util.Set<String> keep = among == null ? null : new java.util.HashSet<>(among);
        for (SymmetricRelation p : pairs.values()) {
            if (p.sign() == 0) continue;
            if (keep != null && (!keep.contains(p.a()) || !keep.contains(p.b()))) continue;
            b.edge(p.a(), p.b(), p.sign(), p.pooled().weight());
        }
        return b.build();
    }
}
