package org.tawazun;

import org.tawazun.model.Document;
import org.tawazun.model.Event;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.pipeline.Pipeline;
import org.tawazun.pipeline.Pipelines;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers for tests: run the standard pipeline on a text and describe events compactly. */
public final class TestDocs {
    private static final Pipeline PIPELINE = Pipelines.standard();

    private TestDocs() {
    }

    public static AnalyzedDocument analyze(String lang, String text) {
        return PIPELINE.process(new Document("t", text, null, null, LocalDate.of(2024, 11, 12), lang, "test"));
    }

    public static AnalyzedDocument analyze(Document d) {
        return PIPELINE.process(d);
    }

    /** "TYPE ACTOR>RECIPIENT modality", codes joined by +, e.g. "CONSULT RUS>PRK asserted". */
    public static String describe(Event e) {
        return e.type() + " " + String.join("+", e.actorCodes()) + ">" + String.join("+", e.recipientCodes()) + " " + e.modality().json();
    }

    public static List<String> events(String lang, String text) {
        return analyze(lang, text).events().stream().map(TestDocs::describe).collect(Collectors.toList());
    }
}
