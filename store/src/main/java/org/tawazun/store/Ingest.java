package org.tawazun.store;

import org.tawazun.ingest.Input;
import org.tawazun.model.Document;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.pipeline.Pipeline;
import org.tawazun.store.corpus.Corpus;
import org.tawazun.store.corpus.CorpusFormat;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ingests a corpus into the store: the calling thread reads documents in input order and skips those whose
 * content is already stored (or was seen earlier in this run); a pool of workers analyzes the others; one writer
 * thread takes the results in input order and commits them in batches ({@link EventStore#write}) of
 * {@link Options#batchSize} documents or every two seconds, whichever comes first, then updates the events.
 * Killed at any moment, a re-run stores exactly what is missing: committed batches are known by their content
 * hashes, uncommitted ones were never visible.
 */
public final class Ingest {
    /**
     * @param threads     analysis threads
     * @param batchSize   documents per transaction
     * @param format      input format, or AUTO
     * @param analyzeKnown analyze documents already in the store too (they are still not stored again), so the
     *                     listener sees every document's events — what {@code tawazun run} needs for its JSONL
     */
    public record Options(int threads, int batchSize, CorpusFormat format, boolean analyzeKnown) {
        public Options {
            if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
            if (batchSize < 1) throw new IllegalArgumentException("--batch must be at least 1");
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), 500, CorpusFormat.AUTO, false);
        }
    }

    /** Hooks for progress and output. {@link #analyzed} and {@link #committed} are called on the writer thread, in order. */
    public interface Listener {
        /** Reading starts: {@code totalBytes} is the size of all input files (0 when unknown, e.g. stdin). */
        default void started(long files, long totalBytes) {
        }

        /** After each document or failure read: bytes consumed so far, documents and failures read so far. */
        default void progress(long bytes, long documents, long failures) {
        }

        /** A document was analyzed; {@code stored} is false when its content was already in the store. */
        default void analyzed(AnalyzedDocument doc, boolean stored) {
        }

        /** A document could not be read or analyzed (it is also written to the errors table). */
        default void failure(Input.Failure f) {
        }

        /** A batch was committed; {@code articles} new articles are now stored in this run so far. */
        default void committed(long articles) {
        }
    }

    /** What one ingest did. */
    public record Summary(long files, long documents, long stored, long known, long failed, long sentences, long mentions,
                          long skippedRecords, long elapsedMillis) {
    }

    private static final Object END = new Object();
    private static final long COMMIT_MILLIS = 2000;

    private Ingest() {
    }

    public static Summary run(EventStore store, List<String> paths, InputStream stdin, Pipeline pipeline, Options o, Listener l) {
        long t0 = System.nanoTime();
        List<Input.Failure> early = new ArrayList<>();
        List<String> files = Corpus.expand(paths, early::add);
        long totalBytes = 0;
        for (String f : files) totalBytes += Corpus.size(f);
        l.started(files.size(), totalBytes);
        LongSet known = store.articleIds();
        AtomicLong bytes = new AtomicLong();
        long[] read = new long[3]; // documents, failures, known
        Corpus corpus = new Corpus(o.format(), stdin, bytes::addAndGet);

        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(o.threads() * 16);
        Writer writer = new Writer(store, queue, o.batchSize(), l);
        Thread wt = new Thread(writer, "tawazun-store-writer");
        wt.setDaemon(true);
        wt.start();
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
            Thread t = new Thread(r, "tawazun-worker");
            t.setDaemon(true);
            return t;
        });
        boolean finished = false;
        try {
            for (Input.Failure f : early) {
                read[1]++;
                put(queue, CompletableFuture.<Object>completedFuture(f), writer);
            }
            for (String f : files) {
                corpus.read(f, outcome -> {
                    if (outcome instanceof Input.Failure fail) {
                        read[1]++;
                        put(queue, CompletableFuture.<Object>completedFuture(fail), writer);
                    } else {
                        read[0]++;
                        Document d = ((Input.Success) outcome).document();
                        String hash = Hashing.contentHash(d.text());
                        boolean isKnown = !known.add(Hashing.idOfHash(hash));
                        if (isKnown) read[2]++;
                        Future<Object> result = isKnown && !o.analyzeKnown()
                                ? CompletableFuture.completedFuture(d)
                                : pool.submit(() -> analyze(pipeline, d, isKnown ? null : hash));
                        put(queue, result, writer);
                    }
                    l.progress(bytes.get(), read[0], read[1]);
                });
            }
            put(queue, END, writer);
            wt.join();
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("ingest interrupted");
        } finally {
            pool.shutdownNow();
            if (!finished) {
                // leaving on an error: stop the writer before the caller closes the store; its open batch is not
                // committed, so a re-run reads those documents again
                writer.abort = true;
                try {
                    wt.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (writer.error.get() != null) {
            Throwable e = writer.error.get();
            if (e instanceof StoreException se) throw se;
            throw new StoreException(store.path() + ": ingest failed: " + e, e);
        }
        return new Summary(files.size(), read[0], writer.stored, read[2], writer.failed, writer.sentences, writer.mentions,
                corpus.skippedRecords(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static void put(BlockingQueue<Object> q, Object item, Writer w) {
        try {
            while (!q.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (w.error.get() != null) throw new StoreException("the store writer stopped: " + w.error.get().getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("ingest interrupted");
        }
        if (w.error.get() != null) throw new StoreException(w.error.get().getMessage(), w.error.get());
    }

    /** An analyzed document and, when it is to be stored, its rows. */
    private record Analyzed(AnalyzedDocument doc, ArticleRecord record) {
    }

    /**
     * Analyzes one document (and builds its rows when {@code hash} is given, on the worker thread); an exception
     * becomes a failure naming the document instead of stopping the batch.
     */
    static Object analyze(Pipeline pipeline, Document d, String hash) {
        try {
            AnalyzedDocument a = pipeline.process(d);
            return new Analyzed(a, hash == null ? null : ArticleRecord.of(hash, a));
        } catch (RuntimeException | StackOverflowError e) {
            String where = d.source() != null ? d.source() : d.id();
            return new Input.Failure(where, where + ": could not be analyzed (" + e + ")");
        }
    }

    /** Takes results in input order and commits them in batches. */
    private static final class Writer implements Runnable {
        final EventStore store;
        final BlockingQueue<Object> queue;
        final int batchSize;
        final Listener l;
        final AtomicReference<Throwable> error = new AtomicReference<>();
        volatile boolean abort;
        final Clock clock = Clock.systemUTC();
        final List<ArticleRecord> articles = new ArrayList<>();
        final List<Input.Failure> failures = new ArrayList<>();
        long stored, failed, sentences, mentions;
        long lastCommit = System.nanoTime();

        Writer(EventStore store, BlockingQueue<Object> queue, int batchSize, Listener l) {
            this.store = store;
            this.queue = queue;
            this.batchSize = batchSize;
            this.l = l;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Object o = queue.poll(COMMIT_MILLIS / 4, TimeUnit.MILLISECONDS);
                    if (abort) return;
                    if (o == END) break;
                    if (o != null) take((Future<?>) o);
                    if (articles.size() + failures.size() >= batchSize
                            || (!articles.isEmpty() || !failures.isEmpty()) && System.nanoTime() - lastCommit > COMMIT_MILLIS * 1_000_000) {
                        commit();
                    }
                }
                commit();
                store.refreshEvents();
            } catch (Throwable e) {
                error.set(e);
                queue.clear();
            }
        }

        /** One result in input order: a failure, an analyzed document, or a known document not analyzed again. */
        private void take(Future<?> item) throws InterruptedException, ExecutionException {
            Object r = item.get();
            if (r instanceof Input.Failure f) {
                failed++;
                failures.add(f);
                l.failure(f);
            } else if (r instanceof Analyzed a) {
                l.analyzed(a.doc(), a.record() != null);
                if (a.record() != null) {
                    ArticleRecord rec = a.record();
                    articles.add(rec);
                    sentences += rec.sentences();
                    mentions += rec.mentions().size();
                }
            }
        }

        private void commit() {
            if (articles.isEmpty() && failures.isEmpty()) return;
            store.write(articles, failures, LocalDateTime.now(clock));
            stored += articles.size();
            articles.clear();
            failures.clear();
            lastCommit = System.nanoTime();
            l.committed(stored);
        }
    }
}
