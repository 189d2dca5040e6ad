package org.tawazun.model;

/**
 * A number stated next to an event (troops, casualties, money, munitions).
 *
 * @param value  the number (fractions and percentages as decimals of the whole: نصف = 0.5, 98% = 98 with unit "%")
 * @param unit   what is counted, as the text says it (normalized form), or "%" for shares
 * @param approx true when the text hedges it (نحو، أكثر من، about, more than)
 * @param span   where it was read
 */
public record Quantity(double value, String unit, boolean approx, Span span) {
}
