package org.tawazun.app;

import org.tawazun.ingest.Input;
import org.tawazun.pipeline.Pipelines;
import org.tawazun.store.EventStore;
import org.tawazun.store.Ingest;
import org.tawazun.store.StoreException;
import org.tawazun.store.corpus.CorpusFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tawazun ingest}: reads a corpus into the event store, idempotently. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles into the event store: text, HTML, JSON Lines (also news-please records), RSS/Atom feeds "
                + "and WARC web archives, from files, folders (recursively), glob patterns or - for standard input.",
                "Articles already in the store (same text) are skipped, so a re-run after an interruption only adds what "
                        + "is missing. Documents that cannot be read are recorded in the store's errors table.",
                "Exit code 1 when any document could not be read."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, glob patterns ('news/**/*.warc.gz') or -.")
    List<String> paths;

    @Mixin
    StoreOption store;

    @Option(names = "--input", paramLabel = "FORMAT", description = "Input format: ${COMPLETION-CANDIDATES} (default: auto, by extension then content).")
    CorpusFormat input = CorpusFormat.AUTO;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
    int batch = 500;

    @Option(names = "--no-progress", description = "Do not show the progress bar on a terminal.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ingest.Options options;
        try {
            options = new Ingest.Options(threads, batch, input, false);
        } catch (IllegalArgumentException e) {
            return Main.usage(err, "ingest", e.getMessage());
        }
        Ingest.Summary s;
        EventStore.Totals t;
        List<String> deferred = new ArrayList<>();
        try (EventStore db = store.open(); Progress progress = new Progress(!noProgress)) {
            Ingest.Listener l = progress.wrap(new Ingest.Listener() {
                @Override
                public void failure(Input.Failure f) {
                    if (progress.showing()) deferred.add(f.message());
                    else err.println("tawazun: " + f.message());
                }
            });
            s = Ingest.run(db, paths, System.in, Pipelines.standard(), options, l);
            progress.finish();
            t = db.totals();
        } catch (StoreException e) {
            for (String m : deferred) err.println("tawazun: " + m);
            err.println("tawazun: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        for (String m : deferred) err.println("tawazun: " + m);
        printSummary(out, s, t, store.path().toString());
        out.flush();
        return s.failed() > 0 ? Main.BAD_INPUT : Main.OK;
    }

    static void printSummary(PrintWriter o, Ingest.Summary s, EventStore.Totals t, String db) {
        o.printf("read       %,d documents from %,d input(s)%s%n", s.documents(), s.files(),
                s.skippedRecords() > 0 ? String.format(" (%,d web-archive responses skipped: not HTML pages)", s.skippedRecords()) : "");
        o.printf("stored     %,d new articles (%,d already in the store)%n", s.stored(), s.known());
        if (s.failed() > 0) o.printf("failed     %,d document(s): see the messages above and the store's errors table%n", s.failed());
        o.printf("coded      %,d sentences, %,d event mentions in the new articles%n", s.sentences(), s.mentions());
        o.printf("store      %s: %,d articles, %,d events from %,d asserted mentions, %,d unreadable documents recorded%n", db, t.articles(),
                t.events(), t.asserted(), t.errors());
        double secs = s.elapsedMillis() / 1000.0;
        o.printf("time       %.1f s (%,.0f documents/s)%n", secs, s.documents() / Math.max(secs, 1e-3));
    }
}
