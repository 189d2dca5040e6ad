package org.tawazun.app;

import org.tawazun.ingest.Format;
import org.tawazun.ingest.Input;
import org.tawazun.io.EventJson;
import org.tawazun.model.Event;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.pipeline.Pipeline;
import org.tawazun.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tawazun analyze}: codes articles and prints their events. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Codes articles and prints the events found in them.",
                "Reads files, folders (recursively) or standard input (-). Exit code 1 when any input could not be read."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Articles to read: files, folders, or - for standard input (the default).")
    List<String> files = new ArrayList<>();

    @Option(names = "--input", paramLabel = "FORMAT", description = "Input format: ${COMPLETION-CANDIDATES} (default: auto, by extension then content).")
    Format input = Format.AUTO;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output: jsonl, json or table (default: table on a terminal, jsonl when piped).")
    OutputFormat format;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat fmt = format != null ? format : OutputFormat.auto();
        if (files.isEmpty()) files = List.of("-");
        Pipeline pipeline = Pipelines.standard();
        int[] failures = {0};
        List<Event> all = new ArrayList<>();
        if (fmt == OutputFormat.TABLE) EventTable.header(out);
        Batch.run(files, input, System.in, threads, pipeline, new Batch.Sink() {
            @Override
            public void document(AnalyzedDocument doc) {
                for (Event e : doc.events()) {
                    switch (fmt) {
                        case JSONL -> out.println(EventJson.toJson(e));
                        case TABLE -> EventTable.row(out, e);
                        case JSON -> all.add(e);
                    }
                }
                out.flush();
            }

            @Override
            public void failure(Input.Failure f) {
                failures[0]++;
                err.println("tawazun: " + f.message());
            }
        });
        if (fmt == OutputFormat.JSON) {
            out.println("[");
            for (int i = 0; i < all.size(); i++) out.println("  " + EventJson.toJson(all.get(i)) + (i + 1 < all.size() ? "," : ""));
            out.println("]");
        }
        out.flush();
        return failures[0] > 0 ? Main.BAD_INPUT : Main.OK;
    }
}
