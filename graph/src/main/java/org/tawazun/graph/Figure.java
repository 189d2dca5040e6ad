package org.tawazun.graph;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A quantitative claim about two actors, as the figures layer will extract it: "China accounts for 98% of North
 * Korea's trade" is holder CHN, of PRK, measure trade, value 98, unit %. A figure is a fact with a date and a
 * source, not an event.
 *
 * @param holder   the actor holding the share (CHN); null for a total over all partners ("North Korea's trade
 *                 totalled $2.8bn")
 * @param of       the actor whose trade, arms, energy, aid … is measured (PRK)
 * @param measure  what is measured: trade, imports, exports, arms, energy, aid, debt, …
 * @param value    the number as stated (98)
 * @param unit     {@code %} or {@code percent} (a share in percent), {@code share} (a fraction 0 … 1), or the unit of
 *                 an amount (USD, tonnes, barrels/day …)
 * @param asOf     the date the figure refers to (null when not stated)
 * @param sentence the sentence that states it
 * @param source   where it was said: document id or URL
 */
public record Figure(String holder, String of, String measure, double value, String unit, LocalDate asOf, String sentence,
                     String source) {
    public Figure {
        Objects.requireNonNull(of, "of");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) throw new IllegalArgumentException("figure value must be a finite number");
    }

    /** The value as a share in [0, 1] when the unit is a share or a percentage; else NaN. */
    public double share() {
        return switch (unit.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "%", "percent", "pct" -> value / 100;
            case "share", "fraction" -> value;
            default -> Double.NaN;
        };
    }
}
