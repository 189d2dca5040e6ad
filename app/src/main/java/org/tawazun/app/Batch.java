package org.tawazun.app;

import org.tawazun.ingest.Format;
import org.tawazun.ingest.Input;
import org.tawazun.model.Document;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.pipeline.Pipeline;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads every input, analyzes the documents on a pool of threads and hands the results back in input order.
 * A document that cannot be read or analyzed becomes a one-line failure; the others go on.
 */
final class Batch {
    /** What to do with each result; both are called on the caller's thread, in input order. */
    interface Sink {
        void document(AnalyzedDocument doc);

        void failure(Input.Failure f);
    }

    private Batch() {
    }

    static void run(List<String> paths, Format format, InputStream stdin, int threads, Pipeline pipeline, Sink sink) {
        List<String> files = Input.expand(paths, sink::failure);
        if (threads <= 1) {
            for (String f : files) {
                Input.read(f, format, stdin, o -> {
                    if (o instanceof Input.Failure fail) sink.failure(fail);
                    else deliver(analyze(pipeline, ((Input.Success) o).document()), sink);
                });
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tawazun-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Object>> pending = new ArrayDeque<>();
        int window = threads * 8;
        try {
            for (String f : files) {
                Input.read(f, format, stdin, o -> {
                    if (o instanceof Input.Failure fail) {
                        pending.add(java.util.concurrent.CompletableFuture.<Object>completedFuture(fail));
                    } else {
                        Document d = ((Input.Success) o).document();
                        pending.add(pool.submit(() -> analyze(pipeline, d)));
                    }
                    while (pending.size() >= window) deliver(take(pending.poll()), sink);
                });
            }
            while (!pending.isEmpty()) deliver(take(pending.poll()), sink);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Analyzes one document; an exception becomes a failure naming the document instead of stopping the batch. */
    static Object analyze(Pipeline pipeline, Document d) {
        try {
            return pipeline.process(d);
        } catch (RuntimeException | StackOverflowError e) {
            return new Input.Failure(d.source(), d.source() + ": could not be analyzed (" + e + ")");
        }
    }

    private static Object take(Future<Object> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void deliver(Object o, Sink sink) {
        if (o instanceof AnalyzedDocument a) sink.document(a);
        else sink.failure((Input.Failure) o);
    }
}
