package org.tawazun.pipeline;

import java.util.Set;

/** One step of the pipeline: reads the layers it {@link #needs()}, writes those it {@link #adds()}. */
public interface Stage {
    Set<Layer> needs();

    Set<Layer> adds();

    void process(AnalyzedDocument doc);

    default String name() {
        return getClass().getSimpleName();
    }
}
