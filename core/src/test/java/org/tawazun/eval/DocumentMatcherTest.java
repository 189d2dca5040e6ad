package org.tawazun.eval;

import org.junit.jupiter.api.Test;
import org.tawazun.model.Actor;
import org.tawazun.model.Event;
import org.tawazun.model.Mention;
import org.tawazun.model.Modality;
import org.tawazun.model.Span;
import org.tawazun.ontology.PloverType;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The matching rules of docs/evaluation.md on small hand-made gold/system pairs. */
class DocumentMatcherTest {
    static Mention m(String code) {
        Actor a = code.length() == 3 ? new Actor(code, null, null, null) : new Actor(null, null, code, null);
        return new Mention(0, 0, code, a, "test", 0, 0, false, '?', false);
    }

    static Event ev(PloverType t, String actor, String recipient, Modality mod) {
        return new Event("d", "d#1", "ar", t, null, List.of(), "040", 1.0, 1.0, 1,
                actor == null ? List.of() : List.of(m(actor)), recipient == null ? List.of() : List.of(m(recipient)),
                null, mod, 0, 0, 0, new Span("", 0, 0), "p", List.of());
    }

    static GoldEvent gold(PloverType t, List<String> actor, List<String> recipient, boolean required, PloverType... alts) {
        return new GoldEvent(t, alts.length == 0 ? Set.of() : Set.of(alts), actor, recipient, null, required, "");
    }

    @Test
    void exactMatchCountsForPrecisionAndRecall() {
        var r = DocumentMatcher.match(List.of(ev(PloverType.SANCTION, "CHN", "PRK", Modality.ASSERTED)),
                List.of(gold(PloverType.SANCTION, List.of("CHN"), List.of("PRK"), true)));
        assertThat(r.correct()).hasSize(1);
        assertThat(r.found()).hasSize(1);
        assertThat(r.extra()).isEmpty();
        assertThat(r.missed()).isEmpty();
    }

    @Test
    void consultMatchesWithActorAndRecipientSwapped() {
        var r = DocumentMatcher.match(List.of(ev(PloverType.CONSULT, "PRK", "RUS", Modality.ASSERTED)),
                List.of(gold(PloverType.CONSULT, List.of("RUS"), List.of("PRK"), true)));
        assertThat(r.found()).hasSize(1);
    }

    @Test
    void sanctionDoesNotMatchSwapped() {
        var r = DocumentMatcher.match(List.of(ev(PloverType.SANCTION, "PRK", "CHN", Modality.ASSERTED)),
                List.of(gold(PloverType.SANCTION, List.of("CHN"), List.of("PRK"), true)));
        assertThat(r.found()).isEmpty();
        assertThat(r.extra()).hasSize(1);
    }

    @Test
    void negatedAndHypotheticalEventsAreNotClaims() {
        var r = DocumentMatcher.match(List.of(ev(PloverType.SANCTION, "CHN", "PRK", Modality.NEGATED),
                        ev(PloverType.SANCTION, "CHN", "PRK", Modality.HYPOTHETICAL)),
                List.of(gold(PloverType.SANCTION, List.of("CHN"), List.of("PRK"), true)));
        assertThat(r.claims()).isEmpty();
        assertThat(r.missed()).hasSize(1);
    }

    @Test
    void altTypesEmptyListsAndWildcardsMatch() {
        var r = DocumentMatcher.match(List.of(ev(PloverType.COERCE, "USA", "IRN", Modality.ASSERTED), ev(PloverType.PROTEST, "EGY", null, Modality.ASSERTED)),
                List.of(gold(PloverType.SANCTION, List.of("USA"), List.of("*"), true, PloverType.COERCE),
                        gold(PloverType.PROTEST, List.of(), List.of(), false)));
        assertThat(r.correct()).hasSize(2);
        assertThat(r.found()).hasSize(1); // the PROTEST gold is optional: it counts for precision only
    }

    @Test
    void duplicateClaimsInADocumentCountOnce() {
        var r = DocumentMatcher.match(List.of(ev(PloverType.ACCUSE, "PRK", "CHN", Modality.ASSERTED), ev(PloverType.ACCUSE, "PRK", "CHN", Modality.ASSERTED)),
                List.of(gold(PloverType.ACCUSE, List.of("PRK"), List.of("CHN"), true)));
        assertThat(r.claims()).hasSize(1);
    }

    @Test
    void systemEventWithNoRecipientDoesNotMatchAGoldRecipient() {
        var r = DocumentMatcher.match(List.of(ev(PloverType.THREATEN, "IRN", null, Modality.ASSERTED)),
                List.of(gold(PloverType.THREATEN, List.of("IRN"), List.of("USA"), true)));
        assertThat(r.found()).isEmpty();
    }
}
