package org.tawazun.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.tawazun.store.EventStore;
import org.tawazun.store.Source;
import org.tawazun.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tawazun sources}: the sentences behind one deduplicated event. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"Lists every sentence that reported an event (its id from `tawazun events`): the article, its URL, "
                + "outlet and date, the sentence, the trigger word and the pattern that fired.",
                "Exit code 1 when the store has no such event."})
final class SourcesCommand implements Callable<Integer> {
    enum Format { TEXT, JSONL }

    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "EVENT_ID", description = "The event's id (first column of `tawazun events`).")
    long id;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or jsonl (default: text on a terminal, jsonl when piped).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format fmt = format != null ? format : System.console() != null ? Format.TEXT : Format.JSONL;
        try (EventStore db = store.openExisting()) {
            List<Source> sources = db.sources(id);
            if (sources.isEmpty()) {
                err.println("tawazun: " + store.path() + ": no event with id " + id + " (ids are in the first column of `tawazun events`)");
                return Main.BAD_INPUT;
            }
            int n = 0;
            for (Source s : sources) {
                n++;
                if (fmt == Format.JSONL) {
                    out.println(json(id, s));
                    continue;
                }
                out.printf("%d. %s  %s  %s%s%n", n, s.contractId(), s.published() == null ? "-" : s.published(),
                        s.outlet() == null ? "-" : s.outlet(), s.url() == null ? "  " + s.sourcePath() : "  " + s.url());
                out.printf("   %s %s, date %s (%s, %s)%n", s.type(), s.cameo() == null ? "" : s.cameo(), EventsCommand.dash(s.date()),
                        EventsCommand.dash(s.datePrecision()), EventsCommand.dash(s.dateSource()));
                out.printf("   sentence %d [%d-%d]: %s%n", s.sentenceIndex(), s.sentenceStart(), s.sentenceEnd(),
                        s.sentenceText().replaceAll("\\s+", " ").strip());
                out.printf("   trigger \"%s\" [%d-%d], pattern %s%n", s.triggerText(), s.triggerStart(), s.triggerEnd(), s.pattern());
            }
        } catch (StoreException e) {
            err.println("tawazun: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        out.flush();
        return Main.OK;
    }

    static String json(long eventId, Source s) {
        StringWriter w = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("event", eventId);
            g.writeStringField("id", s.contractId());
            g.writeStringField("doc", s.docId());
            g.writeStringField("url", s.url());
            g.writeStringField("outlet", s.outlet());
            g.writeStringField("title", s.title());
            g.writeStringField("published", s.published() == null ? null : s.published().toString());
            g.writeStringField("source", s.sourcePath());
            g.writeStringField("lang", s.lang());
            g.writeStringField("type", s.type());
            g.writeStringField("cameo", s.cameo());
            g.writeStringField("modality", s.modality());
            g.writeStringField("date", s.date());
            g.writeStringField("date_precision", s.datePrecision());
            g.writeStringField("date_source", s.dateSource());
            g.writeFieldName("actor");
            g.writeRawValue(s.actorsJson());
            g.writeFieldName("recipient");
            g.writeRawValue(s.recipientsJson());
            g.writeObjectFieldStart("sentence");
            g.writeNumberField("index", s.sentenceIndex());
            g.writeNumberField("start", s.sentenceStart());
            g.writeNumberField("end", s.sentenceEnd());
            g.writeStringField("text", s.sentenceText());
            g.writeEndObject();
            g.writeObjectFieldStart("trigger");
            g.writeStringField("text", s.triggerText());
            g.writeNumberField("start", s.triggerStart());
            g.writeNumberField("end", s.triggerEnd());
            g.writeEndObject();
            g.writeStringField("pattern", s.pattern());
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }
}
