package org.tawazun.graph;

import org.tawazun.ontology.PloverType;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One actor → recipient pair of one deduplicated, asserted event: the unit the relations model counts. A compound
 * event (CHN → KOR+JPN) gives one record per pair.
 *
 * @param actor         the actor's code (country, else organization: {@link org.tawazun.model.Actor#code()})
 * @param recipient     the recipient's code; never equal to {@code actor}
 * @param date          the event's date, the first day of its month or year when less precise; null when unknown
 * @param datePrecision day, month, year or decade; null exactly when {@code date} is null
 * @param type          PLOVER event type
 * @param quadClass     1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param score         PLOVER's conflict–cooperation score (−10 … +10)
 * @param goldstein     Goldstein value of the event's CAMEO code (−10 … +10)
 * @param mentions      how many times the event was reported (event records merged into this one), at least 1
 * @param sources       how many documents reported it, at least 1
 * @param eventId       the id of the (first) event record behind it, e.g. {@code russia-north-korea-ar#3}
 */
public record DyadEvent(String actor, String recipient, LocalDate date, String datePrecision, PloverType type,
                        int quadClass, double score, double goldstein, int mentions, int sources, String eventId) {
    public DyadEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(type, "type");
        if (actor.equals(recipient)) throw new IllegalArgumentException("a dyad needs two actors, not " + actor + " twice");
        if ((date == null) != (datePrecision == null))
            throw new IllegalArgumentException("date and date precision must both be given or both be null");
        if (quadClass < 1 || quadClass > 4) throw new IllegalArgumentException("quad class must be 1..4, not " + quadClass);
        if (mentions < 1 || sources < 1) throw new IllegalArgumentException("mentions and sources must be at least 1");
        if (Double.isNaN(score) || Double.isNaN(goldstein)) throw new IllegalArgumentException("score and goldstein must be numbers");
    }

    public Dyad dyad() {
        return new Dyad(actor, recipient);
    }

    /** True when the event involves this actor on either side. */
    public boolean involves(String code) {
        return actor.equals(code) || recipient.equals(code);
    }
}
