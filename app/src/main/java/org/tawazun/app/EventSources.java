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
 * event store given with {@code --db}. The store's source plugs in here (an {@link EventSource} over its events
 * table); this build has none, so {@code --db} says so instead of pretending to read.
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

    /** A source and a way to tell, after reading, whether any input was bad. */
    record Opened(EventSource source, java.util.function.IntSupplier problems) {
    }

    static Opened open(Path events, Path db, PrintWriter err) throws Unavailable {
        if (events != null) {
            if (!Files.exists(events)) throw new Unavailable(events + ": no such file (write one with: tawazun run ARTICLES --out " + events + ")");
            JsonlEventSource s = new JsonlEventSource(events, m -> err.println("tawazun: " + m));
            return new Opened(s, s::problems);
        }
        if (!Files.exists(db))
            throw new Unavailable(db + ": no such event store; read the events of a run with --events tawazun-out/events.jsonl");
        throw new Unavailable(db + ": this build cannot read the event store yet; read the events of a run with --events tawazun-out/events.jsonl");
    }

    /** Reads the matching events into memory (the commands analyse them several ways). */
    static List<DyadEvent> load(EventSource source, Filter filter) throws Unavailable {
        try (Stream<DyadEvent> s = source.events(filter)) {
            return s.toList();
        } catch (UncheckedIOException e) {
            throw new Unavailable(e.getMessage());
        }
    }
}
