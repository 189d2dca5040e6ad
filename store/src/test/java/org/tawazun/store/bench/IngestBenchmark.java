package org.tawazun.store.bench;

import org.tawazun.pipeline.Pipeline;
import org.tawazun.pipeline.Pipelines;
import org.tawazun.store.CorpusGenerator;
import org.tawazun.store.EventStore;
import org.tawazun.store.Ingest;
import org.tawazun.store.corpus.CorpusFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ingest benchmark (not a test): generates N short briefs ({@link CorpusGenerator}, seed 42) as JSON Lines, ingests
 * them into a fresh store and reports documents per second, then re-ingests them (all known: the cost of a
 * resumed run), adds 1% new briefs (an incremental run, whose cost includes recomputing the events of every key
 * they touch) and reports the store's size on disk per million events and per million mentions (measured before
 * the incremental run).
 * Run with store/bench.sh; results go to docs/benchmarks.md (event store).
 * <p>
 * Arguments: [articles (default 100000)] [threads (default: cores)] [work folder (default: a temp folder)]
 */
public final class IngestBenchmark {
    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("tawazun-bench");
        Path corpus = work.resolve("corpus");
        Path db = work.resolve("bench.duckdb");
        deleteTree(corpus);
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        long g0 = System.nanoTime();
        List<Path> files = CorpusGenerator.write(corpus, n, 20, 42);
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        System.out.printf("corpus     %,d briefs in %d JSONL files, %,.1f MB, generated in %.1f s%n", n, files.size(), bytes / 1e6,
                (System.nanoTime() - g0) / 1e9);
        System.out.printf("machine    %d cores, java %s, heap %d MB (max), threads %d%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, threads);

        Pipeline pipeline = Pipelines.standard();
        // warm-up on a small separate corpus, so lexicon loading and JIT are not billed to the measured run
        Path warm = work.resolve("warmup");
        deleteTree(warm);
        CorpusGenerator.write(warm, 5_000, 1, 7);
        try (EventStore s = EventStore.open(work.resolve("warmup.duckdb"))) {
            run(s, warm, pipeline, threads);
        }
        Files.deleteIfExists(work.resolve("warmup.duckdb"));

        Ingest.Summary first;
        EventStore.Totals t;
        try (EventStore s = EventStore.open(db)) {
            first = run(s, corpus, pipeline, threads);
            t = s.totals();
        }
        report("ingest", first);
        System.out.printf("stored     %,d articles, %,d mentions (%,d asserted), %,d events after deduplication, %,d errors%n",
                t.articles(), t.mentions(), t.asserted(), t.events(), t.errors());
        long size = Files.size(db) + (Files.exists(Path.of(db + ".wal")) ? Files.size(Path.of(db + ".wal")) : 0);
        Ingest.Summary again;
        try (EventStore s = EventStore.open(db)) {
            again = run(s, corpus, pipeline, threads);
        }
        report("re-ingest", again);
        // an incremental run: 1% new briefs (another seed) into the full store; their event keys are recomputed
        Path more = work.resolve("more");
        deleteTree(more);
        CorpusGenerator.write(more, Math.max(1, n / 100), 1, 4242);
        Ingest.Summary inc;
        try (EventStore s = EventStore.open(db)) {
            inc = run(s, more, pipeline, threads);
        }
        report("add 1%", inc);
        System.out.printf("store size %,.1f MB on disk: %,.0f MB per million events, %,.0f MB per million mentions, %,.2f KB per article%n",
                size / 1e6, size / 1e6 / (t.events() / 1e6), size / 1e6 / (t.mentions() / 1e6), size / 1e3 / t.articles());
    }

    static Ingest.Summary run(EventStore s, Path corpus, Pipeline p, int threads) {
        return Ingest.run(s, List.of(corpus.toString()), InputStream.nullInputStream(), p,
                new Ingest.Options(threads, 500, CorpusFormat.AUTO, false), new Ingest.Listener() {
                });
    }

    static void report(String what, Ingest.Summary s) {
        double secs = s.elapsedMillis() / 1000.0;
        System.out.printf("%-10s %,d documents in %.1f s: %,.0f documents/s (%,d new, %,d already stored)%n", what, s.documents(), secs,
                s.documents() / secs, s.stored(), s.known());
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
