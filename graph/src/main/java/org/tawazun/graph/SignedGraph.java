package org.tawazun.graph;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An undirected signed graph: actors and edges of sign +1 or −1 with a non-negative weight. Backed by a JGraphT
 * graph ({@link #asGraph()}) for structure, with an index-based copy (nodes in code order, neighbours sorted) for
 * the balance, frustration and bloc algorithms. Immutable.
 */
public final class SignedGraph {
    /** An edge between {@code a} and {@code b} (a sorts before b). */
    public record Edge(String a, String b, int sign, double weight) {
        public Edge {
            if (sign != 1 && sign != -1) throw new IllegalArgumentException("edge sign must be +1 or -1, not " + sign);
            if (!(weight >= 0)) throw new IllegalArgumentException("edge weight must be at least 0, not " + weight);
            if (a.compareTo(b) >= 0) throw new IllegalArgumentException("edge ends must be two actors in code order: " + a + ", " + b);
        }
    }

    private final Graph<String, Edge> graph;
    private final List<String> nodes;
    private final Map<String, Integer> index;
    /** Neighbours of node i in increasing index order, with the sign and weight of each edge. */
    final int[][] nbr;
    final int[][] sgn;
    final double[][] wt;

    private SignedGraph(Graph<String, Edge> graph) {
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.nodes = List.copyOf(new TreeSet<>(graph.vertexSet()));
        this.index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) index.put(nodes.get(i), i);
        int n = nodes.size();
        nbr = new int[n][];
        sgn = new int[n][];
        wt = new double[n][];
        for (int i = 0; i < n; i++) {
            String v = nodes.get(i);
            List<Edge> es = new ArrayList<>(graph.edgesOf(v));
            int[] ix = new int[es.size()];
            for (int j = 0; j < es.size(); j++) ix[j] = index.get(Graphs.getOppositeVertex(graph, es.get(j), v));
            Integer[] order = new Integer[es.size()];
            for (int j = 0; j < order.length; j++) order[j] = j;
            Arrays.sort(order, (x, y) -> Integer.compare(ix[x], ix[y]));
            nbr[i] = new int[order.length];
            sgn[i] = new int[order.length];
            wt[i] = new double[order.length];
            for (int j = 0; j < order.length; j++) {
                Edge e = es.get(order[j]);
                nbr[i][j] = ix[order[j]];
                sgn[i][j] = e.sign();
                wt[i][j] = e.weight();
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a signed graph edge by edge. */
    public static final class Builder {
        private final Graph<String, Edge> g = GraphTypeBuilder.<String, Edge>undirected()
                .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(false).buildGraph();

        /** Adds an actor without edges (it counts as a node but takes part in no triad). */
        public Builder node(String v) {
            g.addVertex(v);
            return this;
        }

        public Builder edge(String u, String v, int sign, double weight) {
            if (u.equals(v)) throw new IllegalArgumentException("no edge from an actor to itself: " + u);
            String a = u.compareTo(v) < 0 ? u : v, b = a.equals(u) ? v : u;
            g.addVertex(a);
            g.addVertex(b);
            if (g.containsEdge(a, b)) throw new IllegalArgumentException("edge " + a + "–" + b + " given twice");
            g.addEdge(a, b, new Edge(a, b, sign, weight));
            return this;
        }

        /** Unit-weight edge. */
        public Builder edge(String u, String v, int sign) {
            return edge(u, v, sign, 1.0);
        }

        public SignedGraph build() {
            return new SignedGraph(g);
        }
    }

    /** The JGraphT view (read-only). */
    public Graph<String, Edge> asGraph() {
        return graph;
    }

    /** Actors in code order. */
    public List<String> nodes() {
        return nodes;
    }

    public int size() {
        return nodes.size();
    }

    public int edgeCount() {
        return graph.edgeSet().size();
    }

    /** Edges in code order of (a, b). */
    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>(graph.edgeSet());
        out.sort((x, y) -> x.a().equals(y.a()) ? x.b().compareTo(y.b()) : x.a().compareTo(y.a()));
        return out;
    }

    /** The sign of the edge between two actors, 0 when there is none. */
    public int sign(String u, String v) {
        if (!graph.containsVertex(u) || !graph.containsVertex(v)) return 0;
        Edge e = graph.getEdge(u, v);
        return e == null ? 0 : e.sign();
    }

    public int indexOf(String v) {
        Integer i = index.get(v);
        return i == null ? -1 : i;
    }

    /** The connected components as signed graphs, largest first, then by first actor. */
    public List<SignedGraph> components() {
        List<Set<String>> sets = new ConnectivityInspector<>(graph).connectedSets();
        if (sets.size() == 1) return List.of(this); // connected: no copy
        List<SignedGraph> out = new ArrayList<>(sets.size());
        for (Set<String> s : sets) out.add(induced(s));
        out.sort((x, y) -> x.size() != y.size() ? Integer.compare(y.size(), x.size()) : x.nodes.get(0).compareTo(y.nodes.get(0)));
        return out;
    }

    /** The subgraph on these actors. */
    public SignedGraph induced(Collection<String> keep) {
        Builder b = new Builder();
        Set<String> k = new TreeSet<>(keep);
        for (String v : k) if (graph.containsVertex(v)) b.node(v);
        for (Edge e : graph.edgeSet()) if (k.contains(e.a()) && k.contains(e.b())) b.g.addEdge(e.a(), e.b(), e);
        return b.build();
    }

    /** Total weight of the edges. */
    public double totalWeight() {
        double s = 0;
        for (Edge e : graph.edgeSet()) s += e.weight();
        return s;
    }

    /** A map of node → value for values indexed like {@link #nodes()}. */
    Map<String, Integer> byName(int[] values) {
        Map<String, Integer> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) m.put(nodes.get(i), values[i]);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        return "SignedGraph" + edges();
    }
}
