package org.tawazun.pipeline;

import org.junit.jupiter.api.Test;
import org.tawazun.actor.ActorLexicon;
import org.tawazun.coding.PatternLexicon;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

class PipelineTest {
    @Test
    void rejectsAStageBeforeWhatItNeeds() {
        assertThatThrownBy(() -> Pipeline.builder()
                .add(new Stages.Language())
                .add(new Stages.Normalize())
                .add(new Stages.Actors(ActorLexicon.defaults())) // needs sentences
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Actors").hasMessageContaining("SENTENCES");
    }

    @Test
    void rejectsAddingALayerTwice() {
        assertThatThrownBy(() -> Pipeline.builder().add(new Stages.Normalize()).add(new Stages.Normalize()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theStandardPipelineIsInOrder() {
        Pipeline p = Pipelines.standard(ActorLexicon.defaults(), PatternLexicon.forLang("ar"), PatternLexicon.forLang("en"));
        assertThat(p.stages()).hasSize(7);
    }
}
