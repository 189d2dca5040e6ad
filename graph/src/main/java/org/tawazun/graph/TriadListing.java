package org.tawazun.graph;

/**
 * Which triads (and triad changes) a balance report keeps for listing; all are always counted. A dense graph of 200
 * actors has over a million triads, so listing them all is a choice, not the only way.
 */
public enum TriadListing {
    /** every triad and every change */
    ALL,
    /** the unbalanced triads and the changes that made a triad balanced or unbalanced */
    UNBALANCED,
    /** none: counts only */
    NONE
}
