package org.tawazun.pipeline;

import org.tawazun.actor.ActorLexicon;
import org.tawazun.coding.PatternLexicon;

/** The pipelines Tawazun ships, each built in one readable method. */
public final class Pipelines {
    private Pipelines() {
    }

    /** The standard pipeline with the shipped lexicons. */
    public static Pipeline standard() {
        return standard(ActorLexicon.defaults(), PatternLexicon.forLang("ar"), PatternLexicon.forLang("en"));
    }

    /**
     * Language first (it picks the lexicons); normalization keeps offsets, so tokens, sentences, dates, mentions
     * and events all point into the raw text; dates and mentions are found before coding because the coder
     * attaches both to events.
     */
    public static Pipeline standard(ActorLexicon actors, PatternLexicon arabic, PatternLexicon english) {
        return Pipeline.builder()
                .add(new Stages.Language())
                .add(new Stages.Normalize())
                .add(new Stages.Tokenize())
                .add(new Stages.Sentences())
                .add(new Stages.Dates())
                .add(new Stages.Actors(actors))
                .add(new Stages.Coding(arabic, english, actors))
                .build();
    }
}
