package org.tawazun.app;

import org.tawazun.graph.DyadEvent;
import org.tawazun.graph.Filter;
import org.tawazun.graph.SignRule;
import org.tawazun.graph.Window;
import org.tawazun.graph.WindowLength;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the relations commands: where the events come from, the period, and the sign rule. */
final class RelationsOptions {
    @picocli.CommandLine.Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--events", paramLabel = "FILE", description = "Read events from this JSON Lines file (what tawazun run writes, e.g. tawazun-out/events.jsonl) instead of the store.")
    Path events;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "First day (inclusive). With --since or --until, undated events are left out.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
    LocalDate until;

    @Option(names = "--min-events", paramLabel = "N", description = "Fewest events for a relation to get a sign (default: ${DEFAULT-VALUE}).")
    int minEvents = SignRule.DEFAULT.minEvents();

    @Option(names = "--dead-zone", paramLabel = "SCORE", description = "Mean scores closer to 0 than this give sign 0 (default: ${DEFAULT-VALUE}).")
    double deadZone = SignRule.DEFAULT.deadZone();

    @Option(names = "--weight", paramLabel = "BY", description = "Average scores by events or by mentions (default: events).")
    SignRule.Weighting weight = SignRule.Weighting.EVENTS;

    /** The sign rule; throws IllegalArgumentException with the reason for bad values. */
    SignRule rule() {
        return new SignRule(deadZone, minEvents, SignRule.DEFAULT.confidenceK(), weight);
    }

    /**
     * The actor codes of an --actors option, trimmed and without repeats, or null when the option was not given;
     * throws IllegalArgumentException when it names no code.
     */
    static List<String> actorCodes(List<String> given) {
        if (given == null) return null;
        List<String> codes = given.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (codes.isEmpty()) throw new IllegalArgumentException("--actors needs at least one actor code");
        return codes;
    }

    /** The date part of the filter; throws IllegalArgumentException when since is after until. */
    Filter filter() {
        return Filter.ALL.since(since).until(until);
    }

    /**
     * The windows: one covering --since..--until (all time, undated events included, when neither is given), or
     * consecutive windows of the given length ending on --until or on the latest event date.
     */
    List<Window> windows(String window, List<DyadEvent> events, PrintWriter err) {
        if (window == null) return List.of(new Window(since, until));
        WindowLength len = WindowLength.parse(window);
        LocalDate first = since, last = until;
        int undated = 0;
        for (DyadEvent e : events) {
            if (e.date() == null) {
                undated++;
                continue;
            }
            if (since == null && (first == null || e.date().isBefore(first))) first = e.date();
            if (until == null && (last == null || e.date().isAfter(last))) last = e.date();
        }
        if (undated > 0)
            err.println("tawazun: note: " + undated + " event(s) without a date are in no window (leave out --window, --since and --until to include them)");
        if (first == null || last == null) return new ArrayList<>();
        return len.split(first, last);
    }

    static String sign(int s) {
        return s > 0 ? "+" : s < 0 ? "-" : "0";
    }

    static String num(double d) {
        return Double.isNaN(d) ? "-" : String.format(java.util.Locale.ROOT, "%.2f", d);
    }
}
