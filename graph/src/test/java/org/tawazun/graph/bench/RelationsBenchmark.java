package org.tawazun.graph.bench;

import org.tawazun.graph.Balance;
import org.tawazun.graph.BalanceReport;
import org.tawazun.graph.Blocs;
import org.tawazun.graph.DyadEvent;
import org.tawazun.graph.Filter;
import org.tawazun.graph.Frustration;
import org.tawazun.graph.JsonlEventSource;
import org.tawazun.graph.ListEventSource;
import org.tawazun.graph.RelationSet;
import org.tawazun.graph.ShiftRule;
import org.tawazun.graph.Shifts;
import org.tawazun.graph.SignRule;
import org.tawazun.graph.SignedGraph;
import org.tawazun.graph.TriadListing;
import org.tawazun.graph.Window;
import org.tawazun.graph.WindowLength;
import org.tawazun.ontology.PloverType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The relations model on synthetic data: N dyad events (default 1,000,000) over A actors (default 200) in four
 * latent camps, two years of dates, skewed activity (a few actors take part in most events). Times each step a
 * user's command runs, in memory and, with --jsonl, from a JSON Lines file of the output contract (the store of
 * today). Not a test: run it with graph/bench.sh; method and figures in docs/benchmarks.md (relations model).
 * <p>
 * Arguments: [events] [actors] [--jsonl] [--repeat N]
 */
public final class RelationsBenchmark {
    static final PloverType[] COOP = {PloverType.CONSULT, PloverType.AGREE, PloverType.SUPPORT, PloverType.COOPERATE, PloverType.AID};
    static final double[] COOP_SCORE = {2.5, 2.5, 5.0, 9.5, 10.0};
    static final PloverType[] CONFLICT = {PloverType.ACCUSE, PloverType.REQUEST, PloverType.THREATEN, PloverType.SANCTION,
            PloverType.MOBILIZE, PloverType.COERCE, PloverType.ASSAULT};
    static final double[] CONFLICT_SCORE = {-2.0, 0.0, -3.5, -6.0, -6.5, -7.0, -9.0};
    static final LocalDate START = LocalDate.of(2023, 1, 1);

    public static void main(String[] args) throws IOException {
        int n = 1_000_000, actors = 200, repeat = 5;
        boolean jsonl = false;
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--jsonl")) jsonl = true;
            else if (args[i].equals("--repeat")) repeat = Integer.parseInt(args[++i]);
            else nums.add(Integer.parseInt(args[i]));
        }
        if (nums.size() > 0) n = nums.get(0);
        if (nums.size() > 1) actors = nums.get(1);

        System.out.printf(Locale.ROOT, "java %s, %d cores, heap max %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        List<DyadEvent> events = generate(n, actors, 8L);
        System.out.printf(Locale.ROOT, "generated %,d events over %d actors in %.2f s%n", events.size(), actors, secs(t0));
        System.gc(); // the events are the input, loaded once: settle them in the old generation before timing
        System.out.println("load average at start: " + loadAverage());
        ListEventSource source = new ListEventSource(events);
        String busiest = "C000";

        time("relations, all pairs, all time", repeat, () -> {
            RelationSet rs = RelationSet.compute(events, Window.ALL, SignRule.DEFAULT);
            return rs.pairs().size() + " pairs";
        });
        List<Window> months = WindowLength.parse("30d").split(START, START.plusDays(729));
        time("relations, all pairs, 30-day windows (" + months.size() + ")", repeat, () -> {
            List<RelationSet> sets = RelationSet.compute(events, months, SignRule.DEFAULT);
            return sets.stream().mapToInt(s -> s.pairs().size()).sum() + " pair-windows";
        });
        time("relations --actor " + busiest + " (filter + compute)", repeat, () -> {
            List<DyadEvent> mine;
            try (Stream<DyadEvent> s = source.events(Filter.ALL.involving(List.of(busiest)))) {
                mine = s.toList();
            }
            return RelationSet.compute(mine, Window.ALL, SignRule.DEFAULT).involving(busiest).size() + " pairs of " + mine.size() + " events";
        });
        RelationSet all = RelationSet.compute(events, Window.ALL, SignRule.DEFAULT);
        SignedGraph g = all.signedGraph(null);
        System.out.printf(Locale.ROOT, "signed graph: %d actors, %d edges%n", g.size(), g.edgeCount());
        time("balance: triad census", repeat, () -> {
            Balance.Summary s = Balance.census(g);
            return String.format(Locale.ROOT, "%,d triads, %.3f balanced", s.triads(), s.share());
        });
        time("balance: frustration index (heuristic + lower bound)", repeat, () -> {
            Frustration.Result r = Frustration.compute(g);
            return "index " + r.index() + (r.exact() ? " exact" : " heuristic, lower bound " + r.lowerBound());
        });
        time("balance: blocs (k = 1..6)", repeat, () -> {
            Blocs.Partition p = Blocs.partition(g);
            return p.k() + " blocs, criterion " + String.format(Locale.ROOT, "%.2f", p.criterion());
        });
        for (TriadListing listing : new TriadListing[]{TriadListing.NONE, TriadListing.UNBALANCED}) {
            time("balance command, 90-day windows, --triads " + listing.name().toLowerCase(Locale.ROOT), Math.max(1, repeat / 2), () -> {
                List<Window> q = WindowLength.parse("90d").split(START, START.plusDays(729));
                var reports = BalanceReport.analyse(events, q, SignRule.DEFAULT, null, listing, Frustration.Options.DEFAULT,
                        Blocs.Options.DEFAULT);
                return reports.size() + " windows, " + reports.stream().mapToInt(r -> r.summary().triads()).sum() + " triads, "
                        + reports.stream().mapToInt(r -> r.triads().size() + r.changes().size()).sum() + " listed";
            });
        }
        time("shifts, monthly, all pairs and actors", repeat, () -> Shifts.detect(events, ShiftRule.DEFAULT, false, null).size() + " shifts");

        if (jsonl) {
            Path file = Files.createTempFile("tawazun-bench-", ".jsonl");
            try {
                long tw = System.nanoTime();
                write(events, file);
                System.out.printf(Locale.ROOT, "wrote %s (%,d MB) in %.2f s%n", file, Files.size(file) >> 20, secs(tw));
                time("JSONL: read and deduplicate " + String.format(Locale.ROOT, "%,d", n) + " events", Math.max(1, repeat / 2), () -> {
                    JsonlEventSource src = new JsonlEventSource(file, p -> { throw new IllegalStateException(p); });
                    try (Stream<DyadEvent> s = src.events(Filter.ALL)) {
                        return s.count() + " dyad events";
                    }
                });
                time("JSONL: relations --actor " + busiest + " (read + filter + compute)", Math.max(1, repeat / 2), () -> {
                    JsonlEventSource src = new JsonlEventSource(file, p -> { throw new IllegalStateException(p); });
                    List<DyadEvent> mine;
                    try (Stream<DyadEvent> s = src.events(Filter.ALL.involving(List.of(busiest)))) {
                        mine = s.toList();
                    }
                    return RelationSet.compute(mine, Window.ALL, SignRule.DEFAULT).involving(busiest).size() + " pairs";
                });
            } finally {
                Files.deleteIfExists(file);
            }
        }
        System.out.println("load average at end: " + loadAverage());
    }

    /** Synthetic events: actor i is in camp i % 4; 80% of events inside a camp cooperate, 70% across conflict. */
    static List<DyadEvent> generate(int n, int actors, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] codes = new String[actors];
        for (int i = 0; i < actors; i++) codes[i] = String.format(Locale.ROOT, "C%03d", i);
        double[] cum = new double[actors];
        double total = 0;
        for (int i = 0; i < actors; i++) {
            total += 1 / Math.pow(i + 1, 0.8);
            cum[i] = total;
        }
        LocalDate[] days = new LocalDate[730];
        for (int d = 0; d < days.length; d++) days[d] = START.plusDays(d);
        List<DyadEvent> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int a = pick(cum, rnd.nextDouble() * total);
            int r;
            do {
                r = pick(cum, rnd.nextDouble() * total);
            } while (r == a);
            boolean sameCamp = a % 4 == r % 4;
            boolean coop = rnd.nextDouble() < (sameCamp ? 0.8 : 0.3);
            int t = rnd.nextInt(coop ? COOP.length : CONFLICT.length);
            PloverType type = coop ? COOP[t] : CONFLICT[t];
            double score = coop ? COOP_SCORE[t] : CONFLICT_SCORE[t];
            int mentions = 1 + (rnd.nextDouble() < 0.3 ? rnd.nextInt(5) : 0);
            out.add(new DyadEvent(codes[a], codes[r], days[rnd.nextInt(days.length)], "day", type, quad(type), score, score,
                    mentions, 1, "doc" + (k / 5) + "#" + (k % 5 + 1)));
        }
        return out;
    }

    static int pick(double[] cum, double x) {
        int i = Arrays.binarySearch(cum, x);
        return i >= 0 ? i : Math.min(cum.length - 1, -i - 1);
    }

    static int quad(PloverType t) {
        return switch (t) {
            case AGREE, CONSULT, SUPPORT, CONCEDE -> 1;
            case COOPERATE, AID, RETREAT -> 2;
            case REQUEST, ACCUSE, REJECT, THREATEN -> 3;
            default -> 4;
        };
    }

    /**
     * Writes the events as output-contract lines, five to a document. Events of one document that share type, actor
     * and recipient would be merged on reading, so the counts read back may be a little lower than written.
     */
    static void write(List<DyadEvent> events, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (DyadEvent e : events) {
                String id = e.eventId();
                String doc = id.substring(0, id.indexOf('#'));
                w.write("{\"doc\":\"" + doc + "\",\"id\":\"" + id + "\",\"lang\":\"en\",\"type\":\"" + e.type() + "\",\"mode\":null,"
                        + "\"contexts\":[],\"cameo\":\"040\",\"goldstein\":" + e.goldstein() + ",\"score\":" + e.score()
                        + ",\"quad_class\":" + e.quadClass() + ",\"actor\":[{\"text\":\"x\",\"start\":0,\"end\":1,\"country\":\""
                        + e.actor() + "\",\"sector\":null,\"org\":null,\"name\":null}],\"recipient\":[{\"text\":\"y\",\"start\":2,"
                        + "\"end\":3,\"country\":\"" + e.recipient() + "\",\"sector\":null,\"org\":null,\"name\":null}],\"date\":\""
                        + e.date() + "\",\"date_precision\":\"day\",\"date_source\":\"text\",\"modality\":\"asserted\","
                        + "\"sentence\":{\"index\":0,\"start\":0,\"end\":40},\"trigger\":{\"text\":\"met\",\"start\":4,\"end\":7},"
                        + "\"pattern\":\"en:bench:1\"}\n");
            }
        }
    }

    /**
     * Runs the task once to warm up, then {@code repeat} times; prints the median and best wall time, the median CPU
     * time of the thread running it (what the computation costs, whatever else the machine is doing) and the
     * median time spent in garbage collection (in other threads, but the task waits for it).
     */
    static void time(String what, int repeat, Supplier<String> task) {
        String result = task.get(); // warm-up
        double[] wall = new double[repeat], cpu = new double[repeat], gc = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long g = gcMillis(), c = THREADS.getCurrentThreadCpuTime(), s = System.nanoTime();
            result = task.get();
            wall[i] = secs(s);
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e9;
            gc[i] = (gcMillis() - g) / 1e3;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        Arrays.sort(gc);
        System.out.printf(Locale.ROOT, "%-62s wall %7.3f s (best %7.3f)  cpu %7.3f s  gc %6.3f s  [%d runs]  %s%n", what,
                wall[repeat / 2], wall[0], cpu[repeat / 2], gc[repeat / 2], repeat, result);
    }

    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    static long gcMillis() {
        long t = 0;
        for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) t += Math.max(0, b.getCollectionTime());
        return t;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
