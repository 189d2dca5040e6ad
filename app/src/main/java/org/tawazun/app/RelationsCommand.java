package org.tawazun.app;

import com.fasterxml.jackson.core.JsonGenerator;
import org.tawazun.graph.Dependence;
import org.tawazun.graph.DependenceEdge;
import org.tawazun.graph.DyadEvent;
import org.tawazun.graph.DyadStats;
import org.tawazun.graph.Dyads;
import org.tawazun.graph.FigureSource;
import org.tawazun.graph.Filter;
import org.tawazun.graph.GraphJson;
import org.tawazun.graph.Relation;
import org.tawazun.graph.RelationSet;
import org.tawazun.graph.Resolution;
import org.tawazun.graph.SignRule;
import org.tawazun.graph.SymmetricRelation;
import org.tawazun.graph.Window;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;

/** {@code tawazun relations}: the signed relations of an actor (or of all pairs), window by window. */
@Command(name = "relations", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the signed relations of an actor with every actor it has events with.",
                "For each direction and for the pair: the sign (+ friendly, - hostile, 0 neutral or too little evidence), the "
                        + "mean PLOVER score, the confidence and the counts behind them, per window. With --recipient and "
                        + "--series, the pair's time series instead. The sign rule is in docs/using.md.",
                "Exit code 1 when the events cannot be read or some lines are bad, 2 on a usage error."})
final class RelationsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--actor", paramLabel = "CODE", description = "The actor (PRK, RUSGOV is RUS: codes are countries or organizations). Default: every pair.")
    String actor;

    @Option(names = "--recipient", paramLabel = "CODE", description = "Only the pair of --actor with this actor.")
    String recipient;

    @Option(names = "--window", paramLabel = "LENGTH", description = "Split the period into consecutive windows of this length (30d, 2w, 3m, 1y), the last ending on --until or the latest event.")
    String window;

    @Option(names = "--series", paramLabel = "RESOLUTION", description = "With --actor and --recipient: the pair's time series by day, week or month.")
    Resolution series;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    Layout format = Layout.TABLE;

    @Mixin
    RelationsOptions opts;

    enum Layout { TABLE, JSON }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (recipient != null && actor == null) return Main.usage(err, "relations", "--recipient needs --actor");
        if (series != null && (actor == null || recipient == null)) return Main.usage(err, "relations", "--series needs --actor and --recipient");
        if (actor != null && actor.equals(recipient)) return Main.usage(err, "relations", "--actor and --recipient are the same actor");
        SignRule rule;
        Filter filter;
        try {
            rule = opts.rule();
            filter = opts.filter();
        } catch (IllegalArgumentException e) {
            return Main.usage(err, "relations", e.getMessage());
        }
        if (actor != null) filter = recipient != null ? filter.among(Set.of(actor, recipient)) : filter.involving(Set.of(actor));
        EventSources.Read read = EventSources.read(opts, filter, err);
        if (read == null) return Main.BAD_INPUT;
        List<DyadEvent> events = read.events();
        if (series != null) {
            printSeries(out, events);
        } else {
            List<Window> windows;
            try {
                windows = opts.windows(window, events, err);
            } catch (IllegalArgumentException e) {
                return Main.usage(err, "relations", e.getMessage());
            }
            List<RelationSet> sets = RelationSet.compute(events, windows, rule);
            List<DependenceEdge> dependence = Dependence.edges(FigureSource.EMPTY);
            if (format == Layout.JSON) {
                try (JsonGenerator g = GraphJson.generator(out)) {
                    GraphJson.relations(g, sets, actor, dependence);
                }
                out.println();
            } else {
                printTable(out, sets, dependence);
            }
        }
        out.flush();
        return read.exitCode();
    }

    private void printSeries(PrintWriter out, List<DyadEvent> events) throws IOException {
        List<DyadEvent> ab = events.stream().filter(e -> e.actor().equals(actor)).toList();
        List<DyadEvent> ba = events.stream().filter(e -> e.actor().equals(recipient)).toList();
        SortedMap<LocalDate, DyadStats> sab = Dyads.series(ab, series), sba = Dyads.series(ba, series), both = Dyads.series(events, series);
        if (format == Layout.JSON) {
            try (JsonGenerator g = GraphJson.generator(out)) {
                g.writeStartArray();
                GraphJson.series(g, actor, recipient, true, series, sab);
                GraphJson.series(g, recipient, actor, true, series, sba);
                GraphJson.series(g, actor, recipient, false, series, both);
                g.writeEndArray();
            }
            out.println();
            return;
        }
        long undated = events.stream().filter(e -> e.date() == null).count();
        out.printf("%-10s %-22s %-22s %-22s%n", "period", actor + " -> " + recipient, recipient + " -> " + actor, "both");
        out.printf("%-10s %-22s %-22s %-22s%n", "", "events  mean  sum", "events  mean  sum", "events  mean  sum");
        for (LocalDate d : both.keySet()) {
            out.printf("%-10s %-22s %-22s %-22s%n", series.label(d), cell(sab.get(d)), cell(sba.get(d)), cell(both.get(d)));
        }
        if (undated > 0) out.printf("(%d undated event(s) are not in the series)%n", undated);
    }

    private static String cell(DyadStats s) {
        if (s == null) return "";
        return String.format(java.util.Locale.ROOT, "%6d %5.2f %6.1f", s.events(), s.scoreMean(), s.scoreSum());
    }

    private void printTable(PrintWriter out, List<RelationSet> sets, List<DependenceEdge> dependence) {
        out.printf("%-23s %-7s %-9s %4s %6s %5s %6s %4s %5s %5s  | %4s %6s %5s %6s%n", "window", "actor", "recipient", "sign",
                "score", "conf", "events", "coop", "confl", "mixed", "pair", "score", "conf", "events");
        int rows = 0;
        for (RelationSet rs : sets) {
            for (SymmetricRelation p : actor == null ? rs.pairs() : rs.involving(actor)) {
                String first = actor != null ? actor : p.a();
                String other = first.equals(p.a()) ? p.b() : p.a();
                for (Relation r : new Relation[]{p.from(first), p.from(other)}) {
                    Relation s = p.pooled();
                    out.printf("%-23s %-7s %-9s %4s %6s %5s %6d %4d %5d %5s  | %4s %6s %5s %6d%n", rs.window().label(), r.actor(),
                            r.recipient(), RelationsOptions.sign(r.sign()), RelationsOptions.num(r.score()),
                            RelationsOptions.num(r.confidence()), r.events(), r.stats().cooperative(), r.stats().conflictual(),
                            r.stats().mixed() ? "mixed" : "", RelationsOptions.sign(s.sign()), RelationsOptions.num(s.score()),
                            RelationsOptions.num(s.confidence()), s.events());
                    rows++;
                }
            }
        }
        if (rows == 0) out.println("(no events" + (actor == null ? "" : " involving " + actor) + " in the period)");
        for (DependenceEdge d : dependence) {
            if (actor != null && !d.dependent().equals(actor) && !d.on().equals(actor)) continue;
            out.printf("dependence: %s depends on %s for %.0f%% of its %s (as of %s: \"%s\", %s)%n", d.dependent(), d.on(),
                    d.share() * 100, d.measure(), d.asOf() == null ? "undated" : d.asOf(), d.figure().sentence(), d.figure().source());
        }
    }

}
