package org.tawazun.graph;

import org.junit.jupiter.api.Test;
import org.tawazun.model.Actor;
import org.tawazun.model.Event;
import org.tawazun.model.EventDate;
import org.tawazun.model.Mention;
import org.tawazun.model.Modality;
import org.tawazun.model.Span;
import org.tawazun.ontology.PloverType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DyadEventsTest {
    static int n;

    static Mention m(String country, String sector, String org) {
        return new Mention(0, 1, "x", new Actor(country, sector, org, null), "gazetteer", 0, 0, false, '?', false);
    }

    static Event event(PloverType type, List<Mention> actor, List<Mention> recipient, EventDate date, Modality mod, double score) {
        n++;
        return new Event("doc", "doc#" + n, "ar", type, null, List.of(), "040", score, score, 1, actor, recipient, date, mod,
                0, 0, 1, new Span("x", 0, 1), "p", List.of());
    }

    @Test
    void expandsCompoundSidesAndKeepsOnlyCodedAssertedPairsOfTwoActors() {
        List<Event> evs = List.of(
                event(PloverType.CONSULT, List.of(m("CHN", null, null)), List.of(m("KOR", null, null), m("JPN", null, null)), null, Modality.ASSERTED, 2.5),
                event(PloverType.AID, List.of(m("PRK", null, null)), List.of(m("RUS", null, null)), null, Modality.HYPOTHETICAL, 10),
                event(PloverType.ASSAULT, List.of(m(null, "MIL", null)), List.of(m("SYR", null, null)), null, Modality.ASSERTED, -9),
                event(PloverType.PROTEST, List.of(m("JPN", null, null)), List.of(), null, Modality.ASSERTED, -5),
                event(PloverType.ASSAULT, List.of(m("SDN", "GOV", null)), List.of(m("SDN", "REB", null)), null, Modality.ASSERTED, -9),
                event(PloverType.REQUEST, List.of(m(null, null, "UN")), List.of(m("ISR", null, null)), null, Modality.ASSERTED, 0));
        List<DyadEvent> out = DyadEvents.fromDocument(evs, p -> { throw new AssertionError(p); });
        assertThat(out).extracting(d -> d.actor() + ">" + d.recipient() + " " + d.type())
                .containsExactly("CHN>KOR CONSULT", "CHN>JPN CONSULT", "UN>ISR REQUEST");
        assertThat(out.get(0).eventId()).isEqualTo(out.get(1).eventId());
    }

    @Test
    void anUnidentifiedAttackerPlacedByTheAttacksLocationIsNoSideOfARelation() {
        List<Event> evs = List.of(
                event(PloverType.ASSAULT, List.of(m("IRQ", "UAF", null)), List.of(m("USA", "MIL", null)), null, Modality.ASSERTED, -9),
                event(PloverType.ASSAULT, List.of(m("IRQ", "REB", null)), List.of(m("USA", "MIL", null)), null, Modality.ASSERTED, -9));
        assertThat(DyadEvents.fromDocument(evs, p -> { })).extracting(d -> d.actor() + ">" + d.recipient())
                .containsExactly("IRQ>USA");
        assertThat(DyadEvents.fromDocument(evs.subList(0, 1), p -> { })).isEmpty();
    }

    @Test
    void sameTypeAndPairInOneDocumentIsOneEventMentionedTwice() {
        List<Event> evs = List.of(
                event(PloverType.COOPERATE, List.of(m("KOR", null, null)), List.of(m("USA", null, null)), null, Modality.ASSERTED, 9.5),
                event(PloverType.THREATEN, List.of(m("PRK", null, null)), List.of(m("USA", null, null)), null, Modality.ASSERTED, -3.5),
                event(PloverType.COOPERATE, List.of(m("KOR", "MIL", null)), List.of(m("USA", "MIL", null)),
                        new EventDate("2024-08-19", "day", "text"), Modality.ASSERTED, 9.5));
        List<DyadEvent> out = DyadEvents.fromDocument(evs, p -> { });
        assertThat(out).hasSize(2);
        DyadEvent coop = out.get(0);
        assertThat(coop.mentions()).isEqualTo(2);
        assertThat(coop.sources()).isEqualTo(1);
        assertThat(coop.date()).isEqualTo(LocalDate.parse("2024-08-19")); // the more precise date of the two
        assertThat(coop.datePrecision()).isEqualTo("day");
        assertThat(coop.eventId()).isEqualTo(evs.get(0).id());
    }

    @Test
    void datesOfEveryPrecision() {
        assertThat(DyadEvents.parseDate("2024-06-19")).isEqualTo(LocalDate.parse("2024-06-19"));
        assertThat(DyadEvents.parseDate("2024-06")).isEqualTo(LocalDate.parse("2024-06-01"));
        assertThat(DyadEvents.parseDate("2024")).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(DyadEvents.parseDate("2020s")).isEqualTo(LocalDate.parse("2020-01-01"));
        assertThat(DyadEvents.parseDate("2024-13-01")).isNull();
        assertThat(DyadEvents.parseDate("June 2024")).isNull();
        List<String> problems = new ArrayList<>();
        List<DyadEvent> out = DyadEvents.fromDocument(List.of(event(PloverType.AID, List.of(m("EGY", null, null)),
                List.of(m("SDN", null, null)), new EventDate("June 2024", "month", "text"), Modality.ASSERTED, 10)), problems::add);
        assertThat(out.get(0).date()).isNull();
        assertThat(problems).singleElement().asString().contains("June 2024").contains("doc#");
    }
}
