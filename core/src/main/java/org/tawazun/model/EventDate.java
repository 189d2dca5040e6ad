package org.tawazun.model;

/**
 * A date as precise as the text gives it.
 *
 * @param value     ISO form: 2024-06-19, 2024-06, 2024 or 2020s for a decade
 * @param precision day, month, year or decade
 * @param source    "text" when stated in the article, "publication" when taken from the publication date
 */
public record EventDate(String value, String precision, String source) {
    public EventDate withSource(String s) {
        return new EventDate(value, precision, s);
    }
}
