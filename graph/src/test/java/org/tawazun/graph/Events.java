package org.tawazun.graph;

import org.tawazun.ontology.PloverType;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Builders of dyad events for tests. */
final class Events {
    private static final AtomicInteger IDS = new AtomicInteger();

    private Events() {
    }

    /** An event with a day date (null for undated), one mention, one source. */
    static DyadEvent ev(String actor, String recipient, String date, PloverType type, double score) {
        LocalDate d = date == null ? null : LocalDate.parse(date);
        return new DyadEvent(actor, recipient, d, d == null ? null : "day", type, quad(type), score, score, 1, 1,
                "t#" + IDS.incrementAndGet());
    }

    static DyadEvent ev(String actor, String recipient, String date, double score) {
        return ev(actor, recipient, date, score > 0 ? PloverType.CONSULT : score < 0 ? PloverType.ACCUSE : PloverType.REQUEST, score);
    }

    static DyadEvent mentioned(DyadEvent e, int mentions) {
        return new DyadEvent(e.actor(), e.recipient(), e.date(), e.datePrecision(), e.type(), e.quadClass(), e.score(), e.goldstein(),
                mentions, e.sources(), e.eventId());
    }

    static int quad(PloverType t) {
        return switch (t) {
            case AGREE, CONSULT, SUPPORT, CONCEDE -> 1;
            case COOPERATE, AID, RETREAT -> 2;
            case REQUEST, ACCUSE, REJECT, THREATEN -> 3;
            default -> 4;
        };
    }
}
