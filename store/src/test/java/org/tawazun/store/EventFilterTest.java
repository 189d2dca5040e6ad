package org.tawazun.store;

import org.junit.jupiter.api.Test;
import org.tawazun.ontology.PloverType;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventFilterTest {
    @Test
    void codesAreNormalizedAndBecomeListConditions() {
        EventFilter f = new EventFilter("prk", " rus ", PloverType.AID, LocalDate.of(2024, 1, 1), null, "AR");
        assertThat(f.actor()).isEqualTo("PRK");
        assertThat(f.where()).contains("list_contains(string_split(e.actor_codes, '+'), 'PRK')")
                .contains("'RUS'").contains("e.type = 'AID'").contains("e.date_end >= DATE '2024-01-01'").contains("'ar'");
        assertThat(EventFilter.ALL.where()).isEqualTo("TRUE");
    }

    @Test
    void valuesThatCouldBreakTheQueryAreRefused() {
        assertThatThrownBy(() -> new EventFilter("RUS' OR 1=1 --", null, null, null, null, null)).hasMessageContaining("--actor");
        assertThatThrownBy(() -> new EventFilter(null, "R", null, null, null, null)).hasMessageContaining("--recipient");
        assertThatThrownBy(() -> new EventFilter(null, null, null, null, null, "arabic!")).hasMessageContaining("--lang");
    }
}
