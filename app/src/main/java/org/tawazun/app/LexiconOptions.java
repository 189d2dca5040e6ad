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
 * shipped actor data (docs/data.md, "Importing PETRARCH dictionaries"). Used as a picocli mixin.
 */
final class LexiconOptions {
    @Option(names = "--actors", paramLabel = "FILE",
            description = "A PETRARCH / UniversalPetrarch actor dictionary to add to the shipped actors (repeatable; curated while read, what is rejected is reported).")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE",
            description = "A PETRARCH / UniversalPetrarch agent dictionary ([~SECTOR] lines) to add to the shipped sector nouns (repeatable).")
    List<Path> agents = new ArrayList<>();

    /** Thrown when a dictionary cannot be read: the message names the file. */
    static final class BadDictionary extends Exception {
        BadDictionary(String message) {
            super(message);
        }
    }

    /** The standard pipeline, with the imported dictionaries when any were given; one summary line each on {@code err}. */
    Pipeline pipeline(PrintWriter err) throws BadDictionary {
        if (actors.isEmpty() && agents.isEmpty()) return Pipelines.standard();
        List<PetrarchDictionary.Report> reports = new ArrayList<>();
        ActorLexicon lexicon;
        try {
            lexicon = ActorLexicon.withImports(actors, agents, reports);
        } catch (IOException e) {
            throw new BadDictionary(e.getMessage());
        }
        for (PetrarchDictionary.Report r : reports) err.println("tawazun: imported " + r.summary());
        err.flush();
        return Pipelines.standard(lexicon, PatternLexicon.forLang("ar"), PatternLexicon.forLang("en"));
    }
}
