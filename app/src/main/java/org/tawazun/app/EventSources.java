package org.tawazun.app;

import org.tawazun.graph.DyadEvent;
import org.tawazun.graph.EventSource;
import org.tawazun.graph.Filter;
import org.tawazun.graph.JsonlEventSource;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Opens the event source the relations commands read: the JSON Lines file given with {@code --events}, else the
 * event store given with {@code --db} (its deduplicated events, {@link StoreEventSource}).
 */
final class EventSources {
    private EventSources() {
    }

    /** Why the events cannot be read: a one-line message naming the input. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /** A source, a way to tell after reading whether any input was bad, and what to close when done. */
    record Opened(EventSource source, java.util.function.IntSupplier problems, AutoCloseable resource) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (resource != null) resource.close();
        }
    }

    static Opened open(Path events, Path db, PrintWriter err) throws Unavailable {
        if (events != null) {
            if (!Files.exists(events)) throw new Unavailable(events + ": no such file (write one with: tawazun run ARTICLES --out " + events + ")");
            JsonlEventSource s = new JsonlEventSource(events, m -> err.println("tawazun: " + m));
            return new Opened(s, s::problems, null);
        }
        if (!Files.exists(db)) {
            throw new Unavailable(db + ": no such event store (create one with: tawazun run ARTICLES, or read a run's events with --events FILE)");
        }
        try {
            org.tawazun.store.EventStore store = org.tawazun.store.EventStore.open(db);
            return new Opened(new StoreEventSource(store), () -> 0, store);
        } catch (RuntimeException e) {
            throw new Unavailable(db + ": cannot open the event store: " + e.getMessage());
        }
    }

    /** What a relations command read: the events, and whether some input line was bad (then the exit code is 1). */
    record Read(List<DyadEvent> events, java.util.function.IntSupplier problems) {
        int exitCode() {
            return problems.getAsInt() > 0 ? Main.BAD_INPUT : Main.OK;
        }
    }

    /**
     * Opens --events or else --db and reads the events matching the filter; prints why and returns null when they
     * cannot be read.
     */
    static Read read(RelationsOptions opts, Filter filter, PrintWriter err) {
        try {
            Opened src = open(opts.events, opts.store.path(), err);
            return new Read(load(src, filter), src.problems());
        } catch (Unavailable e) {
            err.println("tawazun: " + e.getMessage());
            return null;
        }
    }

    /** Reads the matching events into memory (the commands analyse them several ways) and closes the store. */
    static List<DyadEvent> load(Opened opened, Filter filter) throws Unavailable {
        try (Stream<DyadEvent> s = opened.source().events(filter)) {
            return s.toList();
        } catch (UncheckedIOException | org.tawazun.store.StoreException e) {
            throw new Unavailable(e.getMessage());
        } finally {
            try {
                opened.close();
            } catch (Exception e) {
                throw new Unavailable(opened.source().describe() + ": cannot close: " + e.getMessage());
            }
        }
    }
}
