package org.tawazun.app;

import org.tawazun.ingest.Format;
import org.tawazun.ingest.Input;
import org.tawazun.io.EventJson;
import org.tawazun.model.Event;
import org.tawazun.model.Mention;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tawazun analyze}: codes articles and prints their events (or, with --output mentions, their actor mentions). */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Codes articles and prints the events found in them (or, with --output mentions, the actor mentions).",
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

    @Option(names = "--output", paramLabel = "WHAT", description = "What to print: events (the default) or mentions (every resolved actor mention, docs/schema.md).")
    String output = "events";

    @Mixin
    LexiconOptions lexicons;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat fmt = format != null ? format : OutputFormat.auto();
        if (!output.equals("events") && !output.equals("mentions")) {
            return Main.usage(err, "analyze", "--output must be events or mentions, not '" + output + "'");
        }
        boolean mentions = output.equals("mentions");
        if (files.isEmpty()) files = List.of("-");
        Pipeline pipeline = lexicons.pipelineOrReport(err);
        if (pipeline == null) return Main.BAD_INPUT;
        int[] failures = {0};
        List<String> all = new ArrayList<>();
        if (fmt == OutputFormat.TABLE) {
            if (mentions) MentionJson.header(out);
            else EventTable.header(out);
        }
        Batch.run(files, input, System.in, threads, pipeline, new Batch.Sink() {
            @Override
            public void document(AnalyzedDocument doc) {
                if (mentions) {
                    String id = doc.document().id();
                    for (Mention m : doc.mentions()) {
                        switch (fmt) {
                            case JSONL -> out.println(MentionJson.toJson(id, m));
                            case TABLE -> MentionJson.row(out, id, m);
                            case JSON -> all.add(MentionJson.toJson(id, m));
                        }
                    }
                } else {
                    for (Event e : doc.events()) {
                        switch (fmt) {
                            case JSONL -> out.println(EventJson.toJson(e));
                            case TABLE -> EventTable.row(out, e);
                            case JSON -> all.add(EventJson.toJson(e));
                        }
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
            for (int i = 0; i < all.size(); i++) out.println("  " + all.get(i) + (i + 1 < all.size() ? "," : ""));
            out.println("]");
        }
        out.flush();
        return failures[0] > 0 ? Main.BAD_INPUT : Main.OK;
    }
}
