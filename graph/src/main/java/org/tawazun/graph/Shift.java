package org.tawazun.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * A period in which a relation moved away from its own history ({@link ShiftRule}).
 *
 * @param kind           {@code dyad} (a pair of actors) or {@code actor} (all events of one actor)
 * @param actor          the actor (for a pair: the one with the smaller code, or the actor side when directed)
 * @param recipient      the other actor of the pair; null for kind {@code actor}
 * @param period         the period's label (2024-06, 2024-W25, 2024-06-19)
 * @param mean           the period's mean score
 * @param previous       the mean of the previous period with events
 * @param previousPeriod that period's label
 * @param historyMean    μ of the history periods' means
 * @param historySd      σ of them (before the floor)
 * @param z              (mean − μ) / max(σ, floor)
 * @param drivers        the period's events that pushed most in the shift's direction
 */
public record Shift(String kind, String actor, String recipient, String period, LocalDate start, LocalDate end, int events,
                    double mean, double previous, String previousPeriod, double historyMean, double historySd,
                    int historyPeriods, double z, List<DyadEvent> drivers) {
    public String direction() {
        return z > 0 ? "warming" : "cooling";
    }
}
