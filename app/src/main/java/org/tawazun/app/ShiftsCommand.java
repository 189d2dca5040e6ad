package org.tawazun.app;

import com.fasterxml.jackson.core.JsonGenerator;
import org.tawazun.graph.DyadEvent;
import org.tawazun.graph.Filter;
import org.tawazun.graph.GraphJson;
import org.tawazun.graph.Resolution;
import org.tawazun.graph.Shift;
import org.tawazun.graph.ShiftRule;
import org.tawazun.graph.Shifts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code tawazun shifts}: periods in which a relation moved away from its own history. */
@Command(name = "shifts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists periods in which a relation moved away from its own history.",
                "For each pair of actors and each actor: the period's mean PLOVER score against the previous periods' means "
                        + "(a z-score, with at least --min-history earlier periods with events and --min-period-events events "
                        + "in the period), with the events that drove the change. Undated events are in no period.",
                "Exit code 1 when the events cannot be read or some lines are bad, 2 on a usage error."})
final class ShiftsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--actor", paramLabel = "CODE", description = "Only shifts involving this actor.")
    String actor;

    @Option(names = "--resolution", paramLabel = "STEP", description = "day, week or month (default: month).")
    Resolution resolution = ShiftRule.DEFAULT.resolution();

    @Option(names = "--z", paramLabel = "Z", description = "Smallest |z| reported (default: ${DEFAULT-VALUE}).")
    double z = ShiftRule.DEFAULT.z();

    @Option(names = "--min-history", paramLabel = "N", description = "Previous periods with events needed (default: ${DEFAULT-VALUE}).")
    int minHistory = ShiftRule.DEFAULT.minHistory();

    @Option(names = "--min-period-events", paramLabel = "N", description = "Events needed in the period itself (default: ${DEFAULT-VALUE}).")
    int minPeriodEvents = ShiftRule.DEFAULT.minEvents();

    @Option(names = "--directed", description = "Ordered pairs (A -> B and B -> A apart) instead of pairs with both directions pooled.")
    boolean directed;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    RelationsCommand.Layout format = RelationsCommand.Layout.TABLE;

    @Mixin
    RelationsOptions opts;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ShiftRule rule;
        Filter filter;
        try {
            rule = ShiftRule.DEFAULT.withResolution(resolution).withZ(z).withMinHistory(minHistory).withMinEvents(minPeriodEvents);
            filter = opts.filter();
        } catch (IllegalArgumentException e) {
            return Main.usage(err, "shifts", e.getMessage());
        }
        if (actor != null) filter = filter.involving(Set.of(actor));
        EventSources.Read read = EventSources.read(opts, filter, err);
        if (read == null) return Main.BAD_INPUT;
        List<DyadEvent> events = read.events();
        List<Shift> shifts = Shifts.detect(events, rule, directed, actor == null ? null : Set.of(actor));
        if (format == RelationsCommand.Layout.JSON) {
            try (JsonGenerator g = GraphJson.generator(out)) {
                GraphJson.shifts(g, shifts);
            }
            out.println();
        } else {
            long dated = events.stream().filter(e -> e.date() != null).count();
            if (shifts.isEmpty()) {
                out.printf("no shift (%d dated event(s); a shift needs %d earlier %ss with events and %d event(s) in the %s, |z| >= %s)%n",
                        dated, rule.minHistory(), name(rule.resolution()), rule.minEvents(), name(rule.resolution()), z);
            } else {
                out.printf("%-10s %-6s %-17s %-9s %6s %6s %6s %6s %6s%n", "period", "kind", "actors", "direction", "z", "mean", "before",
                        "mu", "events");
                for (Shift s : shifts) {
                    String who = s.recipient() == null ? s.actor() : s.actor() + (directed ? " -> " : " - ") + s.recipient();
                    out.printf("%-10s %-6s %-17s %-9s %6.2f %6.2f %6.2f %6.2f %6d%n", s.period(), s.kind(), who, s.direction(),
                            s.z(), s.mean(), s.previous(), s.historyMean(), s.events());
                    for (DyadEvent e : s.drivers()) {
                        out.printf("%12s %-28s %-9s %-7s -> %-7s %5.1f  %s%n", "", e.eventId(), e.type(), e.actor(), e.recipient(),
                                e.score(), e.date());
                    }
                }
            }
        }
        out.flush();
        return read.exitCode();
    }

    private static String name(Resolution r) {
        return r.name().toLowerCase(Locale.ROOT);
    }
}
