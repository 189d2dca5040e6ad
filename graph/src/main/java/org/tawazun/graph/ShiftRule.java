package org.tawazun.graph;

/**
 * When a period's relation stands out from its own history. For each series (a pair of actors, both directions
 * pooled, or ordered pairs; or one actor, all its events), at the given resolution (default: calendar months):
 * the period's mean PLOVER score m, over at least {@code minEvents} events (default 2), is compared with the means
 * of the up to {@code maxHistory} (12) previous periods that have events; at least {@code minHistory} (3) such
 * periods are needed. With μ and σ their mean and sample standard deviation, z = (m − μ) / max(σ, sdFloor),
 * sdFloor = 1.0 score point, so a quiet history does not turn a small move into a huge z. The period is a shift
 * when |z| ≥ {@code z} (2.0): warming when z &gt; 0, cooling when z &lt; 0. Periods without events are not zeros:
 * they are skipped.
 */
public record ShiftRule(Resolution resolution, int minEvents, int minHistory, int maxHistory, double z, double sdFloor,
                        int drivers) {
    public static final ShiftRule DEFAULT = new ShiftRule(Resolution.MONTH, 2, 3, 12, 2.0, 1.0, 5);

    public ShiftRule {
        if (minEvents < 1 || minHistory < 2 || maxHistory < minHistory)
            throw new IllegalArgumentException("need minEvents ≥ 1 and 2 ≤ minHistory ≤ maxHistory");
        if (!(z > 0) || !(sdFloor > 0)) throw new IllegalArgumentException("z threshold and sd floor must be positive");
        if (drivers < 0) throw new IllegalArgumentException("drivers must be at least 0");
    }

    public ShiftRule withResolution(Resolution r) {
        return new ShiftRule(r, minEvents, minHistory, maxHistory, z, sdFloor, drivers);
    }

    public ShiftRule withZ(double threshold) {
        return new ShiftRule(resolution, minEvents, minHistory, maxHistory, threshold, sdFloor, drivers);
    }

    public ShiftRule withMinHistory(int periods) {
        return new ShiftRule(resolution, minEvents, periods, Math.max(maxHistory, periods), z, sdFloor, drivers);
    }

    public ShiftRule withMinEvents(int n) {
        return new ShiftRule(resolution, n, minHistory, maxHistory, z, sdFloor, drivers);
    }
}
