package org.tawazun.pipeline;

import org.tawazun.model.Document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An ordered list of stages, checked when built: every layer a stage needs is added by an earlier stage. */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public AnalyzedDocument process(Document d) {
        return run(new AnalyzedDocument(d));
    }

    /** Runs the stages on a prepared document (e.g. one with tracing turned on). */
    public AnalyzedDocument run(AnalyzedDocument doc) {
        for (Stage s : stages) s.process(doc);
        return doc;
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Builds a pipeline, rejecting a stage whose needs are not met by the stages before it. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private final Set<Layer> provided = EnumSet.noneOf(Layer.class);

        public Builder add(Stage s) {
            for (Layer l : s.needs()) {
                if (!provided.contains(l)) {
                    throw new IllegalStateException("stage " + s.name() + " needs layer " + l + ", which no earlier stage adds");
                }
            }
            for (Layer l : s.adds()) {
                if (provided.contains(l)) throw new IllegalStateException("stage " + s.name() + " adds layer " + l + " a second time");
            }
            stages.add(s);
            provided.addAll(s.adds());
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages);
        }
    }
}
