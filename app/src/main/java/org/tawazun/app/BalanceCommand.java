package org.tawazun.app;

import com.fasterxml.jackson.core.JsonGenerator;
import org.tawazun.graph.Balance;
import org.tawazun.graph.BalanceReport;
import org.tawazun.graph.Blocs;
import org.tawazun.graph.DyadEvent;
import org.tawazun.graph.Filter;
import org.tawazun.graph.Frustration;
import org.tawazun.graph.GraphJson;
import org.tawazun.graph.Relation;
import org.tawazun.graph.SignRule;
import org.tawazun.graph.SymmetricRelation;
import org.tawazun.graph.Triad;
import org.tawazun.graph.TriadListing;
import org.tawazun.graph.Window;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tawazun balance}: structural balance, frustration and blocs of the signed graph, window by window. */
@Command(name = "balance", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Structural balance, frustration index and blocs of the signed graph of relations.",
                "The signed graph has one edge per pair of actors with a sign. Reported per window: every triad balanced or "
                        + "not (strict, and Davis's weak balance), the share of balanced triads, the frustration index (the "
                        + "fewest sign changes that would balance the graph; exact up to 40 actors per component), the blocs "
                        + "that best fit the signs, and the triads that changed since the previous window.",
                "Exit code 1 when the events cannot be read or some lines are bad, 2 on a usage error."})
final class BalanceCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--actors", paramLabel = "CODES", split = ",", description = "Only these actors, e.g. CHN,RUS,PRK,KOR,JPN,USA (default: every actor with events).")
    List<String> actors;

    @Option(names = "--window", paramLabel = "LENGTH", description = "Consecutive windows of this length (30d, 2w, 3m, 1y), the last ending on --until or the latest event.")
    String window;

    @Option(names = "--triads", paramLabel = "WHICH", description = "Which triads to list: all (default), unbalanced or none; all are counted.")
    TriadListing triads = TriadListing.ALL;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    RelationsCommand.Layout format = RelationsCommand.Layout.TABLE;

    @Mixin
    RelationsOptions opts;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SignRule rule;
        Filter filter;
        try {
            rule = opts.rule();
            filter = opts.filter();
            actors = RelationsOptions.actorCodes(actors);
        } catch (IllegalArgumentException e) {
            return Main.usage(err, "balance", e.getMessage());
        }
        if (actors != null) filter = filter.among(actors);
        EventSources.Read read = EventSources.read(opts, filter, err);
        if (read == null) return Main.BAD_INPUT;
        List<DyadEvent> events = read.events();
        List<Window> windows;
        try {
            windows = opts.windows(window, events, err);
        } catch (IllegalArgumentException e) {
            return Main.usage(err, "balance", e.getMessage());
        }
        List<BalanceReport> reports = BalanceReport.analyse(events, windows, rule, actors, triads, Frustration.Options.DEFAULT,
                Blocs.Options.DEFAULT);
        if (format == RelationsCommand.Layout.JSON) {
            try (JsonGenerator g = GraphJson.generator(out)) {
                GraphJson.balance(g, reports);
            }
            out.println();
        } else {
            if (reports.isEmpty()) out.println("(no dated events in the period)");
            for (BalanceReport r : reports) print(out, r);
        }
        out.flush();
        return read.exitCode();
    }

    private void print(PrintWriter out, BalanceReport r) {
        out.printf("window %s: %d actors with signed relations, %d edges, %d triads%n", r.window().label(), r.graph().size(),
                r.graph().edgeCount(), r.summary().triads());
        if (!r.unconnected().isEmpty()) out.println("  no signed relation: " + String.join(" ", r.unconnected()));
        out.println("  edges");
        for (SymmetricRelation p : r.relations().pairs()) {
            if (r.graph().sign(p.a(), p.b()) == 0) continue;
            Relation x = p.pooled();
            out.printf("    %-7s %-7s %s  score %6s  confidence %s  events %d%s%n", p.a(), p.b(), RelationsOptions.sign(x.sign()),
                    RelationsOptions.num(x.score()), RelationsOptions.num(x.confidence()), x.events(), x.stats().mixed() ? "  mixed" : "");
        }
        Balance.Summary s = r.summary();
        if (s.triads() == 0) {
            out.println("  balance: no triad (no three actors all related by signed edges)");
        } else {
            out.printf("  balance: %d of %d triads balanced (%s, weighted %s); weak balance %d (%s, weighted %s)%n", s.balanced(),
                    s.triads(), pct(s.share()), pct(s.weightedShare()), s.weaklyBalanced(), pct(s.weakShare()), pct(s.weakWeightedShare()));
            out.printf("  triads by kind: %s%n", s.byKind());
        }
        Frustration.Result f = r.frustration();
        out.printf("  frustration index: %d (%s, %s%s)%n", f.index(), f.exact() ? "exact" : "heuristic", f.method(),
                f.exact() ? "" : ", lower bound " + f.lowerBound());
        for (var e : f.frustrated()) out.printf("    frustrated: %s %s %s%n", e.a(), e.b(), RelationsOptions.sign(e.sign()));
        Blocs.Partition p = r.blocs();
        out.printf("  blocs: %d (criterion %s)%n", p.k(), RelationsOptions.num(p.criterion()));
        for (Map.Entry<Integer, List<String>> b : p.members().entrySet()) {
            StringBuilder sb = new StringBuilder();
            for (String a : b.getValue()) sb.append(' ').append(a).append(" (").append(RelationsOptions.num(p.strength().get(a))).append(')');
            out.printf("    %d:%s%n", b.getKey(), sb);
        }
        if (!r.triads().isEmpty()) {
            out.println(triads == TriadListing.ALL ? "  triads" : "  unbalanced triads");
            for (Triad t : r.triads()) {
                out.printf("    %-7s %-7s %-7s %s  %s%s%n", t.a(), t.b(), t.c(), t.signs(), t.balanced() ? "balanced" : "unbalanced",
                        !t.balanced() && t.weaklyBalanced() ? " (weakly balanced)" : "");
            }
        }
        Balance.ChangeSummary cs = r.changeSummary();
        if (cs.changed() + cs.appeared() + cs.vanished() > 0) {
            out.printf("  triads since the previous window: %d changed (%d became balanced, %d unbalanced), %d appeared, %d vanished%n",
                    cs.changed(), cs.becameBalanced(), cs.becameUnbalanced(), cs.appeared(), cs.vanished());
        }
        if (!r.changes().isEmpty()) {
            for (Balance.Change c : r.changes()) {
                out.printf("    %-7s %-7s %-7s %-8s %s -> %s%s%n", c.a(), c.b(), c.c(), c.kind(), c.before() == null ? "(none)" : c.before(),
                        c.after() == null ? "(none)" : c.after(), c.balanceChanged() ? "  balance changed" : "");
            }
        }
        out.println();
    }

    private static String pct(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.0f%%", d * 100);
    }

}
