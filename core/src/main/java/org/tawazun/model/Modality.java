package org.tawazun.model;

/**
 * Whether the text claims that an event happened (PLOVER's auxiliary modes). Only {@link #ASSERTED} events count as
 * claims: {@link #NEGATED} (did not happen), {@link #FUTURE} (planned or announced), {@link #HYPOTHETICAL} (may,
 * if; also what an accusation alleges), {@link #HISTORICAL} (background: an earlier event the article refers back
 * to, such as "since the assassination of Hariri", not one it reports).
 */
public enum Modality {
    ASSERTED, NEGATED, FUTURE, HYPOTHETICAL, HISTORICAL;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Modality parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
