package org.tawazun.app;

import org.tawazun.ingest.Format;
import org.tawazun.ingest.Input;
import org.tawazun.model.DateMention;
import org.tawazun.model.Event;
import org.tawazun.model.Mention;
import org.tawazun.model.Sentence;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tawazun explain}: shows, sentence by sentence, what the pipeline saw and why it coded what it coded. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Shows, sentence by sentence, the actor mentions, dates, the patterns that fired, the roles they",
                "assigned and why candidate patterns were rejected."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles to explain (files, folders, or - for standard input).")
    List<String> files;

    @Option(names = "--input", paramLabel = "FORMAT", description = "Input format: ${COMPLETION-CANDIDATES} (default: auto).")
    Format input = Format.AUTO;

    @Option(names = "--all", description = "Also list sentences where nothing was found.")
    boolean all;

    @picocli.CommandLine.Mixin
    LexiconOptions lexicons;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = lexicons.pipelineOrReport(err);
        if (pipeline == null) return Main.BAD_INPUT;
        int[] failures = {0};
        for (String f : Input.expand(files, o -> {
            failures[0]++;
            err.println("tawazun: " + o);
        })) {
            Input.read(f, input, System.in, o -> {
                if (o instanceof Input.Failure fail) {
                    failures[0]++;
                    err.println("tawazun: " + fail.message());
                    return;
                }
                AnalyzedDocument d = pipeline.run(new AnalyzedDocument(((Input.Success) o).document()).traced());
                print(out, d);
            });
        }
        out.flush();
        return failures[0] > 0 ? Main.BAD_INPUT : Main.OK;
    }

    private void print(PrintWriter out, AnalyzedDocument d) {
        out.printf("== %s  (language %s, %d sentences, %d mentions, %d events)%n", d.document().id(), d.lang(),
                d.sentences().size(), d.mentions().size(), d.events().size());
        for (Sentence s : d.sentences()) {
            List<Mention> ms = d.mentions().stream().filter(m -> m.firstToken() >= s.firstToken() && m.lastToken() < s.endToken()).toList();
            List<DateMention> ds = d.dates().stream().filter(x -> x.firstToken() >= s.firstToken() && x.lastToken() < s.endToken()).toList();
            List<String> notes = d.trace().forSentence(s.index());
            List<Event> evs = d.events().stream().filter(e -> e.sentenceIndex() == s.index()).toList();
            if (!all && ms.isEmpty() && notes.isEmpty() && ds.isEmpty()) continue;
            out.printf("%n[%d] %s%n", s.index(), d.text().substring(s.start(), s.end()).replace('\n', ' '));
            for (Mention m : ms) {
                out.printf("    mention  %-28s %-4s %-4s %-5s %s%s%s%n", quote(m.text()), nz(m.actor().code()), nz(m.actor().sector()),
                        m.via(), m.actor().name() == null ? "" : m.actor().name() + " ", m.oblique() ? "(oblique) " : "",
                        m.coordinated() ? "(coordinated)" : "");
            }
            for (DateMention x : ds) out.printf("    date     %-28s %s (%s)%n", quote(x.text()), x.date().value(), x.date().precision());
            for (String n : notes) out.printf("    %s%n", n);
            for (Event e : evs) {
                out.printf("    EVENT    %s %s %s -> %s  %s %s%n", e.id(), e.type(), EventTable.parties(e.actor()),
                        EventTable.parties(e.recipient()), e.modality().json(), e.date() == null ? "" : e.date().value());
            }
        }
        out.println();
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    private static String quote(String s) {
        return "«" + s + "»";
    }
}
