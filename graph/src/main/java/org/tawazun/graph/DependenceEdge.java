package org.tawazun.graph;

import java.time.LocalDate;

/**
 * An asymmetric dependence: {@code dependent} relies on {@code on} for {@code share} of its {@code measure}
 * (PRK relies on CHN for 0.98 of its trade), as of a date, with the figure(s) it comes from.
 *
 * @param total the total figure the share was computed from, when the figure was an amount; else null
 */
public record DependenceEdge(String dependent, String on, String measure, double share, LocalDate asOf, Figure figure,
                             Figure total) {
}
