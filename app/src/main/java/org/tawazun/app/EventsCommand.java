package org.tawazun.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.tawazun.store.EventStore;
import org.tawazun.store.StoreException;
import org.tawazun.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tawazun events}: queries the deduplicated events in the store. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists the deduplicated events in the store, in date order (undated last), with how many mentions, "
                + "sources and articles reported each. `tawazun sources ID` shows the sentences behind one.",
                "An event dated to a month or year is selected by --since/--until when its period overlaps the range."})
final class EventsCommand implements Callable<Integer> {
    enum Format { TABLE, JSONL, CSV }

    static final List<String> CSV_COLUMNS = List.of("id", "date", "date_precision", "type", "mode", "cameo", "quad_class",
            "goldstein", "score", "actor", "recipient", "num_mentions", "num_sources", "num_articles", "first_seen",
            "last_seen", "languages", "source_url", "source_sentence");

    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, jsonl or csv (default: table on a terminal, jsonl when piped).")
    Format format;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format fmt = format != null ? format : System.console() != null ? Format.TABLE : Format.JSONL;
        org.tawazun.store.EventFilter f;
        try {
            f = filters.filter();
        } catch (IllegalArgumentException e) {
            return Main.usage(err, "events", e.getMessage());
        }
        try (EventStore db = store.openExisting()) {
            if (fmt == Format.TABLE) {
                out.printf("%-19s %-10s %-9s %-14s %-14s %-5s %4s %4s %4s  %s%n", "id", "date", "type", "actor", "recipient",
                        "cameo", "ment", "src", "art", "sentence (earliest report)");
            }
            if (fmt == Format.CSV) out.println(String.join(",", CSV_COLUMNS));
            db.events(f, limit, e -> {
                switch (fmt) {
                    case TABLE -> out.printf("%-19d %-10s %-9s %-14s %-14s %-5s %4d %4d %4d  %s%n", e.id(), dash(e.date()), e.type(),
                            dash(e.actorCodes()), dash(e.recipientCodes()), dash(e.cameo()), e.numMentions(), e.numSources(),
                            e.numArticles(), clip(e.sentenceText(), 70));
                    case JSONL -> out.println(json(e));
                    case CSV -> out.println(csv(e));
                }
            });
        } catch (StoreException e) {
            err.println("tawazun: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        out.flush();
        return Main.OK;
    }

    static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    static String clip(String s, int n) {
        if (s == null) return "";
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** One event as a JSON object (codes as lists, the earliest report as "source"). */
    static String json(StoredEvent e) {
        StringWriter w = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("id", e.id());
            g.writeStringField("date", e.date());
            g.writeStringField("date_precision", e.datePrecision());
            g.writeStringField("type", e.type());
            g.writeStringField("mode", e.mode());
            g.writeStringField("cameo", e.cameo());
            if (e.quadClass() == null) g.writeNullField("quad_class");
            else g.writeNumberField("quad_class", e.quadClass());
            if (e.goldstein() == null) g.writeNullField("goldstein");
            else g.writeNumberField("goldstein", e.goldstein());
            if (e.score() == null) g.writeNullField("score");
            else g.writeNumberField("score", e.score());
            codes(g, "actor", e.actorCodes());
            codes(g, "recipient", e.recipientCodes());
            g.writeNumberField("num_mentions", e.numMentions());
            g.writeNumberField("num_sources", e.numSources());
            g.writeNumberField("num_articles", e.numArticles());
            g.writeStringField("first_seen", e.firstSeen() == null ? null : e.firstSeen().toString());
            g.writeStringField("last_seen", e.lastSeen() == null ? null : e.lastSeen().toString());
            codes(g, "languages", e.languages());
            g.writeObjectFieldStart("source");
            g.writeStringField("doc", e.docId());
            g.writeStringField("url", e.url());
            g.writeStringField("outlet", e.outlet());
            g.writeStringField("title", e.title());
            g.writeNumberField("sentence_index", e.sentenceIndex());
            g.writeStringField("sentence", e.sentenceText());
            g.writeStringField("pattern", e.pattern());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }

    private static void codes(JsonGenerator g, String field, String joined) throws IOException {
        g.writeArrayFieldStart(field);
        if (joined != null) for (String c : joined.split("\\+")) if (!c.isEmpty()) g.writeString(c);
        g.writeEndArray();
    }

    static String csv(StoredEvent e) {
        return String.join(",", List.of(Long.toString(e.id()), q(e.date()), q(e.datePrecision()), q(e.type()), q(e.mode()),
                q(e.cameo()), e.quadClass() == null ? "" : e.quadClass().toString(), e.goldstein() == null ? "" : e.goldstein().toString(),
                e.score() == null ? "" : e.score().toString(), q(e.actorCodes()), q(e.recipientCodes()), Integer.toString(e.numMentions()),
                Integer.toString(e.numSources()), Integer.toString(e.numArticles()), e.firstSeen() == null ? "" : e.firstSeen().toString(),
                e.lastSeen() == null ? "" : e.lastSeen().toString(), q(e.languages()), q(e.url()), q(e.sentenceText())));
    }

    /** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
    static String q(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
