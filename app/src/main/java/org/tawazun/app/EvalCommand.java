package org.tawazun.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.tawazun.eval.EvalReport;
import org.tawazun.eval.Evaluator;
import org.tawazun.eval.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tawazun eval}: precision, recall and F1 against gold standards. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures accuracy against gold standards: runs the pipeline on the gold texts (or reads a system's",
                "events with --system) and prints precision, recall and F1 overall, per event type and per language.",
                "Gold formats are detected by content (docs/evaluation.md). Exit code 0 whatever the scores."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "A gold file (repeatable).")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--system", paramLabel = "EVENTS.jsonl", description = "Score these events (output contract v1) instead of running the pipeline.")
    Path system;

    @Option(names = "--misses", description = "List every missed gold event and every extra system event, with its sentence and pattern.")
    boolean misses;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    String format = "table";

    @picocli.CommandLine.Mixin
    LexiconOptions lexicons;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("table") && !format.equals("json")) {
            return Main.usage(err, "eval", "--format must be table or json, not '" + format + "'");
        }
        Evaluator ev;
        try {
            ev = system != null ? new Evaluator(Evaluator.readSystem(system)) : new Evaluator(lexicons.pipeline(err));
        } catch (IOException e) {
            err.println("tawazun: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (LexiconOptions.BadDictionary e) {
            err.println("tawazun: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        EvalReport report = new EvalReport();
        int failures = 0;
        for (Path g : gold) {
            try {
                report.sections.add(ev.evaluate(g));
            } catch (IOException e) {
                failures++;
                err.println("tawazun: " + (e.getMessage() != null && e.getMessage().contains(g.toString()) ? e.getMessage() : g + ": " + e.getMessage()));
            }
        }
        report.addPooledActorSpans();
        if (format.equals("json")) printJson(out, report);
        else printTable(out, report);
        out.flush();
        return failures > 0 ? Main.BAD_INPUT : Main.OK;
    }

    private void printTable(PrintWriter out, EvalReport report) {
        for (EvalReport.Section s : report.sections) {
            out.println("== " + s.gold);
            out.println("   " + s.summary);
            boolean prf = s.rows.stream().anyMatch(r -> r.kind() == EvalReport.Kind.PRF);
            if (prf) out.printf("   %-34s %9s %7s %6s %15s %15s%n", "", "precision", "recall", "F1", "correct/claims", "found/required");
            for (EvalReport.Row r : s.rows) {
                Scores c = r.scores();
                if (r.kind() == EvalReport.Kind.PRF) {
                    out.printf("   %-34s %9.3f %7.3f %6.3f %15s %15s%n", r.label(), c.precision(), c.recall(), c.f1(),
                            c.correct + "/" + c.claims, c.found + "/" + c.required);
                } else {
                    out.printf("   %-44s %6.3f %15s%n", r.label(), c.recall(), c.found + "/" + c.required);
                }
            }
            if (misses) {
                for (EvalReport.Miss m : s.misses) {
                    out.printf("   %-14s %-24s %-9s %-28s %s%s%n", m.kind(), m.doc(), m.type(), m.parties(),
                            m.sentence() == null ? "" : clip(m.sentence()), m.pattern() == null ? "" : "  [" + m.pattern() + "]");
                }
            }
            out.println();
        }
    }

    private static String clip(String s) {
        s = s.replace('\n', ' ');
        return s.length() > 220 ? s.substring(0, 219) + "…" : s;
    }

    private void printJson(PrintWriter out, EvalReport report) throws IOException {
        List<Object> sections = new ArrayList<>();
        for (EvalReport.Section s : report.sections) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gold", s.gold);
            m.put("format", s.format.name().toLowerCase());
            m.put("summary", s.summary);
            List<Object> rows = new ArrayList<>();
            for (EvalReport.Row r : s.rows) {
                Map<String, Object> row = new LinkedHashMap<>();
                Scores c = r.scores();
                row.put("label", r.label());
                if (r.kind() == EvalReport.Kind.PRF) {
                    row.put("precision", round(c.precision()));
                    row.put("recall", round(c.recall()));
                    row.put("f1", round(c.f1()));
                    row.put("correct", c.correct);
                    row.put("claims", c.claims);
                } else {
                    row.put("accuracy", round(c.recall()));
                }
                row.put("found", c.found);
                row.put("required", c.required);
                rows.add(row);
            }
            m.put("rows", rows);
            if (misses) m.put("misses", s.misses);
            sections.add(m);
        }
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("sections", sections)));
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
