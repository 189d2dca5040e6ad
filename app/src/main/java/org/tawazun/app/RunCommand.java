package org.tawazun.app;

import org.tawazun.ingest.Format;
import org.tawazun.ingest.Input;
import org.tawazun.io.EventJson;
import org.tawazun.model.Event;
import org.tawazun.model.Modality;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.pipeline.Pipeline;
import picocli.CommandLine.Command;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code tawazun run}: the main job: analyzes every article under the paths, writes events, prints a summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Analyzes every article under the given paths, writes all events as JSON Lines and prints a summary.",
                "Exit code 1 when any input could not be read."})
final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of articles (text, HTML, JSONL).")
    List<String> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the events (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("tawazun-out", "events.jsonl");

    @Option(names = "--input", paramLabel = "FORMAT", description = "Input format: ${COMPLETION-CANDIDATES} (default: auto).")
    Format input = Format.AUTO;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--top", paramLabel = "N", description = "How many actor → recipient pairs to list (default: ${DEFAULT-VALUE}).")
    int top = 10;

    @picocli.CommandLine.Mixin
    LexiconOptions lexicons;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline;
        try {
            pipeline = lexicons.pipeline(err);
        } catch (LexiconOptions.BadDictionary e) {
            err.println("tawazun: " + e.getMessage());
            return Main.USAGE;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        int[] counts = new int[4]; // documents, sentences, events, failures
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> pairs = new TreeMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            Batch.run(paths, input, System.in, threads, pipeline, new Batch.Sink() {
                @Override
                public void document(AnalyzedDocument doc) {
                    counts[0]++;
                    counts[1] += doc.sentences().size();
                    try {
                        for (Event e : doc.events()) {
                            w.write(EventJson.toJson(e));
                            w.write('\n');
                            if (e.modality() != Modality.ASSERTED) continue;
                            counts[2]++;
                            byType.merge(e.type().name(), 1, Integer::sum);
                            String pair = EventTable.parties(e.actor()) + " -> " + EventTable.parties(e.recipient());
                            pairs.merge(pair, 1, Integer::sum);
                        }
                    } catch (IOException ex) {
                        throw new UncheckedIOException(out + ": cannot write: " + ex.getMessage(), ex);
                    }
                }

                @Override
                public void failure(Input.Failure f) {
                    counts[3]++;
                    err.println("tawazun: " + f.message());
                }
            });
        }
        o.printf("documents  %d%n", counts[0]);
        o.printf("sentences  %d%n", counts[1]);
        o.printf("events     %d asserted (all modalities written to %s)%n", counts[2], out);
        if (counts[3] > 0) o.printf("failed     %d input(s): see the messages above%n", counts[3]);
        o.println();
        o.println("events by type");
        byType.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> o.printf("  %-10s %5d%n", e.getKey(), e.getValue()));
        o.println();
        o.println("top actor -> recipient pairs");
        List<Map.Entry<String, Integer>> top10 = pairs.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top).collect(Collectors.toList());
        for (var e : top10) o.printf("  %-34s %5d%n", e.getKey(), e.getValue());
        o.flush();
        return counts[3] > 0 ? Main.BAD_INPUT : Main.OK;
    }
}
