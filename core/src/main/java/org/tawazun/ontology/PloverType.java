package org.tawazun.ontology;

import java.util.Locale;

/** The 16 PLOVER event types, in the manual's order (verbal cooperation to material conflict). */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE,
    COOPERATE, AID, RETREAT,
    REQUEST, ACCUSE, REJECT, THREATEN,
    PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

    /** Parses a type name, also the older PLOVER 0.5 labels used by some gold data. */
    public static PloverType parse(String s) {
        String u = s.trim().toUpperCase(Locale.ROOT);
        return switch (u) {
            case "DEMAND" -> REQUEST;
            case "DISAPPROVE", "INVESTIGATE" -> ACCUSE;
            case "FIGHT" -> ASSAULT;
            case "YIELD" -> CONCEDE;
            default -> valueOf(u);
        };
    }

    /** True when the label is a PLOVER type or one of the older labels {@link #parse} maps. */
    public static boolean isKnown(String s) {
        try {
            parse(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
