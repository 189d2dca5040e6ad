package org.tawazun.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.tawazun.model.Document;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.pipeline.Pipeline;
import org.tawazun.pipeline.Pipelines;
import org.tawazun.pipeline.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import jdk.jfr.Recording;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-to-end throughput of {@link Pipelines#standard()} over the repeated corpus, in its own JVM (started by
 * {@link Main} with a fixed heap): a warm-up over the base set first (not timed), then one timed pass over the whole
 * corpus on N threads pulling documents from a shared counter, repeated {@code --passes} times (the median pass is
 * reported). Prints one {@code RESULT {json}} line.
 * With {@code --stages}, also times each stage separately over the base set (one thread).
 */
public final class Throughput {
    private Throughput() {
    }

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv, Set.of("shared", "examples", "lang", "threads", "mb", "seed", "warmup-seconds", "passes", "jfr"), Set.of("stages"));
        String lang = a.get("lang", "all");
        int threads = a.getInt("threads", 1);
        Corpus corpus = Corpus.load(a.path("shared", "../shared"), a.path("examples", "examples"));
        long seed = a.getLong("seed", Corpus.SEED);
        List<Document> docs = corpus.repeated(lang, a.getLong("mb", 50) * Corpus.MB, seed);
        List<Document> base = corpus.base(lang);

        long t0 = System.nanoTime();
        Pipeline pipeline = Pipelines.standard();
        double buildSeconds = (System.nanoTime() - t0) / 1e9;

        // warm-up: the base set, on the same number of threads, until the time is up (at least two passes)
        long warmupNanos = a.getLong("warmup-seconds", 15) * 1_000_000_000L;
        long w0 = System.nanoTime();
        int passes = 0;
        while (passes < 2 || System.nanoTime() - w0 < warmupNanos) {
            run(pipeline, base, threads);
            passes++;
        }
        double warmupSeconds = (System.nanoTime() - w0) / 1e9;

        // timed passes over the whole corpus; the median pass (by wall time) is reported, all passes are listed
        int timedPasses = a.getInt("passes", 1);
        String loadBefore = loadAverage();
        HeapWatch heap = new HeapWatch();
        System.gc();
        heap.start();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // with --jfr, execution samples every millisecond during the timed passes only (not the warm-up)
        Recording rec = null;
        if (a.get("jfr", null) != null) {
            rec = new Recording();
            rec.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            rec.start();
        }
        long cpu0 = os.getProcessCpuTime();
        List<Counts> all = new ArrayList<>();
        for (int i = 0; i < timedPasses; i++) all.add(run(pipeline, docs, threads));
        long cpu1 = os.getProcessCpuTime();
        if (rec != null) {
            rec.stop();
            rec.dump(Path.of(a.get("jfr", null)));
            rec.close();
        }
        Map<String, Object> heapStats = heap.stop();
        List<Counts> sorted = new ArrayList<>(all);
        sorted.sort((x, y) -> Long.compare(x.wallNanos, y.wallNanos));
        Counts c = sorted.get(sorted.size() / 2);
        List<Double> passSeconds = new ArrayList<>();
        for (Counts p : all) passSeconds.add(round(p.wallNanos / 1e9, 2));

        double secs = c.wallNanos / 1e9;
        long bytes = Corpus.bytes(docs);
        long chars = Corpus.chars(docs);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("lang", lang);
        r.put("threads", threads);
        r.put("docs", docs.size());
        r.put("bytes", bytes);
        r.put("chars", chars);
        r.put("base_docs", base.size());
        r.put("fingerprint", Corpus.fingerprint(docs));
        r.put("pipeline_build_s", round(buildSeconds, 3));
        r.put("warmup_s", round(warmupSeconds, 1));
        r.put("warmup_passes", passes);
        r.put("wall_s", round(secs, 2));
        r.put("timed_passes", timedPasses);
        r.put("passes_wall_s", passSeconds);
        r.put("docs_per_s", round(docs.size() / secs, 0));
        r.put("sentences_per_s", round(c.sentences / secs, 0));
        r.put("tokens_per_s", round(c.tokens / secs, 0));
        r.put("mb_per_s", round(bytes / (double) Corpus.MB / secs, 2));
        r.put("sentences", c.sentences);
        r.put("tokens", c.tokens);
        r.put("events", c.events);
        r.put("process_cpu_s_all_passes", round((cpu1 - cpu0) / 1e9, 2));
        r.put("worker_cpu_s", round(c.workerCpuNanos / 1e9, 2));
        // sentences per second of worker CPU: what one core delivers, less sensitive to a busy shared machine
        r.put("sentences_per_worker_cpu_s", round(c.sentences / (c.workerCpuNanos / 1e9), 0));
        r.put("mb_per_worker_cpu_s", round(bytes / (double) Corpus.MB / (c.workerCpuNanos / 1e9), 2));
        r.putAll(heapStats);
        r.put("loadavg_before", loadBefore);
        r.put("loadavg_after", loadAverage());
        if (a.flag("stages")) r.put("stages", stageTimes(pipeline, base, 3));
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(r));
    }

    /** What a pass produced. */
    static final class Counts {
        long sentences;
        long tokens;
        long events;
        long wallNanos;
        long workerCpuNanos;

        synchronized void add(long s, long t, long e, long cpu) {
            sentences += s;
            tokens += t;
            events += e;
            workerCpuNanos += cpu;
        }
    }

    /** Runs the pipeline over {@code docs} on {@code threads} threads; each thread takes the next document. */
    static Counts run(Pipeline pipeline, List<Document> docs, int threads) throws InterruptedException {
        Counts c = new Counts();
        AtomicInteger next = new AtomicInteger();
        ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                long cpu0 = tmx.getCurrentThreadCpuTime();
                long s = 0, tok = 0, ev = 0;
                for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                    AnalyzedDocument d = pipeline.process(docs.get(i));
                    s += d.sentences().size();
                    tok += d.tokens().size();
                    ev += d.events().size();
                }
                c.add(s, tok, ev, tmx.getCurrentThreadCpuTime() - cpu0);
            }, "bench-worker-" + t);
            th.setUncaughtExceptionHandler((x, e) -> {
                synchronized (failures) {
                    failures.add(e);
                }
            });
            workers.add(th);
        }
        long t0 = System.nanoTime();
        for (Thread th : workers) th.start();
        for (Thread th : workers) th.join();
        c.wallNanos = System.nanoTime() - t0;
        if (!failures.isEmpty()) throw new IllegalStateException("a pipeline worker failed", failures.get(0));
        return c;
    }

    /** Each stage timed alone over the base set, one thread, {@code passes} passes (after the warm-up). */
    static List<Map<String, Object>> stageTimes(Pipeline pipeline, List<Document> base, int passes) {
        List<Stage> stages = pipeline.stages();
        long[] nanos = new long[stages.size()];
        long sentences = 0;
        for (int p = 0; p < passes; p++) {
            for (Document doc : base) {
                AnalyzedDocument d = new AnalyzedDocument(doc);
                for (int i = 0; i < stages.size(); i++) {
                    long t = System.nanoTime();
                    stages.get(i).process(d);
                    nanos[i] += System.nanoTime() - t;
                }
                sentences += d.sentences().size();
            }
        }
        long total = 0;
        for (long n : nanos) total += n;
        long chars = Corpus.chars(base) * passes;
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stage", stages.get(i).name());
            m.put("share", round(nanos[i] / (double) total, 3));
            m.put("ns_per_char", round(nanos[i] / (double) chars, 2));
            m.put("sentences_per_s_alone", round(sentences / (nanos[i] / 1e9), 0));
            out.add(m);
        }
        return out;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    static double round(double v, int digits) {
        double p = Math.pow(10, digits);
        return Math.round(v * p) / p;
    }
}
