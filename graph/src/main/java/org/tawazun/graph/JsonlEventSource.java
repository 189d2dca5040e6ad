package org.tawazun.graph;

import org.tawazun.io.EventJson;
import org.tawazun.model.Event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Events from a JSON Lines file in the output contract (docs/schema.md), as {@code tawazun run} writes them. The
 * events of a document are expected on consecutive lines (as Tawazun writes them): they are deduplicated together
 * ({@link DyadEvents#fromDocument}). A line that is not an event is reported to {@code problems} as
 * {@code file:line: why} and skipped; the rest is read. The file is read again at each call of {@link #events}.
 */
public final class JsonlEventSource implements EventSource {
    private final Path file;
    private final Consumer<String> problems;
    private int problemCount;

    public JsonlEventSource(Path file, Consumer<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Problems reported so far (bad lines, unreadable dates). */
    public int problems() {
        return problemCount;
    }

    @Override
    public String describe() {
        return file.toString();
    }

    /**
     * @throws UncheckedIOException naming the file when it cannot be opened (no such file, a folder, no permission)
     */
    @Override
    public Stream<DyadEvent> events(Filter filter) {
        BufferedReader r;
        try {
            if (Files.isDirectory(file)) throw new IOException("is a folder, not a JSON Lines file of events");
            r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        Iterator<DyadEvent> it = new Reader(r);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .filter(filter::test)
                .onClose(() -> {
                    try {
                        r.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private void problem(String message) {
        problemCount++;
        problems.accept(message);
    }

    /** Reads line by line, buffering one document's events, and yields its dyad events. */
    private final class Reader implements Iterator<DyadEvent> {
        private final BufferedReader in;
        private final ArrayDeque<DyadEvent> ready = new ArrayDeque<>();
        private final List<Event> doc = new ArrayList<>();
        private final Map<String, String> codes = new HashMap<>(); // one String per actor code: a million events share them
        private String docId;
        private int lineNo;
        private boolean eof;

        Reader(BufferedReader in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !eof) advance();
            return !ready.isEmpty();
        }

        @Override
        public DyadEvent next() {
            if (!hasNext()) throw new NoSuchElementException();
            return ready.poll();
        }

        private void advance() {
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(file + ":" + (lineNo + 1) + ": cannot read: " + e.getMessage(), e);
            }
            if (line == null) {
                eof = true;
                flush();
                return;
            }
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
            if (line.isBlank()) return;
            Event e;
            try {
                e = EventJson.parse(line);
            } catch (IOException | RuntimeException ex) {
                problem(file + ":" + lineNo + ": not an event of the output contract (" + reason(ex) + "); line skipped");
                return;
            }
            if (e.doc() == null || e.type() == null) {
                problem(file + ":" + lineNo + ": event without " + (e.doc() == null ? "doc" : "type") + "; line skipped");
                return;
            }
            if (!e.doc().equals(docId)) {
                flush();
                docId = e.doc();
            }
            doc.add(e);
        }

        private void flush() {
            if (doc.isEmpty()) return;
            for (DyadEvent d : DyadEvents.fromDocument(doc, m -> problem(file + ": " + m))) {
                ready.add(new DyadEvent(intern(d.actor()), intern(d.recipient()), d.date(), d.datePrecision(), d.type(),
                        d.quadClass(), d.score(), d.goldstein(), d.mentions(), d.sources(), d.eventId()));
            }
            doc.clear();
        }

        private String intern(String s) {
            return codes.computeIfAbsent(s, k -> k);
        }
    }

    private static String reason(Exception ex) {
        String m = ex.getMessage();
        if (m == null) return ex.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
