package org.tawazun.app;

import org.tawazun.ingest.Input;
import org.tawazun.io.EventJson;
import org.tawazun.model.Event;
import org.tawazun.model.Modality;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.store.EventStore;
import org.tawazun.store.Ingest;
import org.tawazun.store.StoreException;
import org.tawazun.store.corpus.CorpusFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tawazun run}: the main job: analyzes every article under the paths, stores the new ones in the event
 * store, writes all their events as JSON Lines and prints a summary of the store.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Analyzes every article under the given paths, adds the new ones to the event store, writes all their "
                + "events as JSON Lines and prints a summary of the store (documents, sentences, deduplicated events by type, "
                + "the most frequent actor -> recipient pairs).",
                "Exit code 1 when any input could not be read."})
final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of articles (text, HTML, JSONL, RSS/Atom, WARC).")
    List<String> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the events of these articles (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("tawazun-out", "events.jsonl");

    @Mixin
    StoreOption store;

    @Option(names = "--input", paramLabel = "FORMAT", description = "Input format: ${COMPLETION-CANDIDATES} (default: auto).")
    CorpusFormat input = CorpusFormat.AUTO;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--top", paramLabel = "N", description = "How many actor -> recipient pairs to list (default: ${DEFAULT-VALUE}).")
    int top = 10;

    @Mixin
    LexiconOptions lexicons;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            return Main.usage(err, "run", "--threads must be at least 1");
        }
        org.tawazun.pipeline.Pipeline pipeline = lexicons.pipelineOrReport(err);
        if (pipeline == null) return Main.BAD_INPUT;
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        long[] counts = new long[3]; // events written, asserted, documents analyzed
        List<String> deferred = new ArrayList<>();
        Ingest.Summary s;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             EventStore db = store.open(); Progress progress = new Progress(true)) {
            Ingest.Listener l = progress.wrap(new Ingest.Listener() {
                @Override
                public void analyzed(AnalyzedDocument doc, boolean stored) {
                    counts[2]++;
                    try {
                        for (Event e : doc.events()) {
                            w.write(EventJson.toJson(e));
                            w.write('\n');
                            counts[0]++;
                            if (e.modality() == Modality.ASSERTED) counts[1]++;
                        }
                    } catch (IOException ex) {
                        throw new UncheckedIOException(out + ": cannot write: " + ex.getMessage(), ex);
                    }
                }

                @Override
                public void failure(Input.Failure f) {
                    if (progress.showing()) deferred.add(f.message());
                    else err.println("tawazun: " + f.message());
                }
            });
            s = Ingest.run(db, paths, System.in, pipeline, new Ingest.Options(threads, 500, input, true), l);
            progress.finish();
            for (String m : deferred) err.println("tawazun: " + m);
            o.printf("this run   %,d documents (%,d new in the store, %,d already there)%s%n", s.documents(), s.stored(), s.known(),
                    s.failed() > 0 ? String.format("; %,d failed: see the messages above", s.failed()) : "");
            o.printf("           %,d events, %,d asserted, written to %s%n", counts[0], counts[1], out);
            o.println();
            StoreSummary.print(o, db, top);
        } catch (StoreException e) {
            for (String m : deferred) err.println("tawazun: " + m);
            err.println("tawazun: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        o.flush();
        return s.failed() > 0 ? Main.BAD_INPUT : Main.OK;
    }
}
