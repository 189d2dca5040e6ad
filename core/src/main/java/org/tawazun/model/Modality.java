package org.tawazun.model;

/** Whether the text claims that an event happened. Only {@link #ASSERTED} events count as claims. */
public enum Modality {
    ASSERTED, NEGATED, FUTURE, HYPOTHETICAL;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Modality parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
