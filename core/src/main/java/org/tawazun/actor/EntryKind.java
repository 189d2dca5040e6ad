package org.tawazun.actor;

import java.util.Locale;

/** What a gazetteer form names. */
public enum EntryKind {
    /** A state's name. */
    COUNTRY,
    /** A capital or seat of government used for its state (موسكو، the Kremlin). */
    CAPITAL,
    /** An adjective of a state (روسي، Russian); an actor only with an agent noun or as a plural noun. */
    NISBA,
    /** A sector noun (رئيس، army, ministry); takes its state from an adjacent adjective, name or context. */
    AGENT,
    /** An international organization or one of its organs. */
    ORG,
    /** A named person; the role comes from people.tsv by date. */
    PERSON,
    /** A named non-state group, coded by its country and sector. */
    GROUP,
    /** A multi-state region used as an actor (Europe, the West). */
    REGION,
    /**
     * A city, province or region inside a state (البصرة، Mosul, Gaza): not an actor itself, but it gives its state
     * to a sector noun it qualifies (شرطة البصرة، Basra police) and, as a location, to the sector nouns of its
     * sentence (الشرطة في البصرة).
     */
    PLACE,
    /**
     * A phrase that is not an actor but contains one (Latin America, New Mexico, West Bank when not meant as a
     * state): matched like any name so that the shorter name inside it is not, and then dropped.
     */
    IGNORE;

    public static EntryKind parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
