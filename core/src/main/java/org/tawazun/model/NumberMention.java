package org.tawazun.model;

/**
 * A number stated in the text, in digits or words (98%، ثلاثة آلاف، نصف مليون، عقدين، more than 1,000).
 *
 * @param start      raw start offset (of the hedge or range word when there is one)
 * @param end        raw end offset, exclusive
 * @param text       the raw text of the span
 * @param value      the number, or the lower bound of a range; a percentage is the number of percent (98% → 98
 *                   with unit "%"), a fraction a decimal (نصف → 0.5)
 * @param upper      the upper bound of a range (بين 10 و20، 10-20), else equal to {@code value}
 * @param hedge      how the text qualifies it: "" (exact), "about" (نحو، حوالي، about), "more" (أكثر من, more than),
 *                   "less", "at_least", "at_most"
 * @param unit       "%" for percentages, the counted unit of a dual noun ("decade" for عقدين, "year" for عامين),
 *                   else ""
 * @param firstToken first token of the span
 * @param lastToken  last token of the span (inclusive)
 */
public record NumberMention(int start, int end, String text, double value, double upper, String hedge, String unit,
                            int firstToken, int lastToken) {

    /** True when the text hedges the number or gives a range. */
    public boolean approx() {
        return !hedge.isEmpty() || upper != value;
    }

    public boolean isRange() {
        return upper != value;
    }

    /** The number as a {@link Quantity} of what {@code counted} names (null keeps this mention's own unit). */
    public Quantity toQuantity(String counted) {
        return new Quantity(value, counted != null ? counted : unit, approx(), new Span(text, start, end));
    }
}
