package org.tawazun.app;

import org.tawazun.actor.ActorLexicon;
import org.tawazun.actor.PetrarchDictionary;
import org.tawazun.coding.PatternLexicon;
import org.tawazun.pipeline.Pipeline;
import org.tawazun.pipeline.Pipelines;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options every command that runs the pipeline shares: PETRARCH / UniversalPetrarch dictionaries to add to the
 * shipped actor data and event patterns (docs/data.md, "Importing PETRARCH dictionaries"). Used as a picocli mixin.
 */
final class LexiconOptions {
    @Option(names = "--actors", paramLabel = "FILE",
            description = "A PETRARCH / UniversalPetrarch actor dictionary to add to the shipped actors (repeatable; curated while read, what is rejected is reported).")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE",
            description = "A PETRARCH / UniversalPetrarch agent dictionary ([~SECTOR] lines) to add to the shipped sector nouns (repeatable).")
    List<Path> agents = new ArrayList<>();

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "A PETRARCH / UniversalPetrarch verb dictionary (CAMEO.*.txt) to add to the shipped event patterns of its language (repeatable; the language is read from the script its verbs are written in).")
    List<Path> verbs = new ArrayList<>();

    /** Thrown when a dictionary cannot be read: the message names the file. */
    static final class BadDictionary extends Exception {
        BadDictionary(String message) {
            super(message);
        }
    }

    /**
     * The pipeline for a command, or null after a one-line message naming the dictionary that cannot be read (the
     * command then exits with {@link Main#BAD_INPUT}).
     */
    Pipeline pipelineOrReport(PrintWriter err) {
        try {
            return pipeline(err);
        } catch (BadDictionary e) {
            err.println("tawazun: " + e.getMessage());
            return null;
        }
    }

    /** The standard pipeline, with the imported dictionaries when any were given; one summary line each on {@code err}. */
    Pipeline pipeline(PrintWriter err) throws BadDictionary {
        if (actors.isEmpty() && agents.isEmpty() && verbs.isEmpty()) return Pipelines.standard();
        List<PetrarchDictionary.Report> reports = new ArrayList<>();
        ActorLexicon lexicon = ActorLexicon.defaults();
        if (!actors.isEmpty() || !agents.isEmpty()) {
            try {
                lexicon = ActorLexicon.withImports(actors, agents, reports);
            } catch (IOException e) {
                throw new BadDictionary(e.getMessage());
            }
        }
        for (PetrarchDictionary.Report r : reports) err.println("tawazun: imported " + r.summary());
        PatternLexicon ar = PatternLexicon.forLang("ar");
        PatternLexicon en = PatternLexicon.forLang("en");
        for (Path v : verbs) {
            String lang = arabicScript(v) ? "ar" : "en";
            try {
                PatternLexicon.Import imp = (lang.equals("ar") ? ar : en).withPetrarchVerbs(v);
                if (lang.equals("ar")) ar = imp.lexicon();
                else en = imp.lexicon();
                err.println("tawazun: imported " + v + " (" + lang + "): " + imp.patterns() + " patterns"
                        + (imp.skipped().isEmpty() ? "" : "; skipped " + imp.skipped()));
            } catch (IOException e) {
                throw new BadDictionary(v + ": cannot read: " + e.getMessage());
            }
        }
        err.flush();
        return Pipelines.standard(lexicon, ar, en);
    }

    /** True when the dictionary's verbs are written in Arabic script (UniversalPetrarch's Arabic dictionary). */
    private static boolean arabicScript(Path file) throws BadDictionary {
        try {
            String head = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            return org.tawazun.text.LanguageGuesser.guess(head.substring(0, Math.min(head.length(), 200_000))).equals("ar");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadDictionary(file + ": cannot read: " + e.getMessage());
        }
    }
}
