package org.tawazun.app;

import org.tawazun.ontology.PloverType;
import org.tawazun.store.EventFilter;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** Event filters shared by {@code events} and {@code export}. */
final class FilterOptions {
    @Option(names = "--actor", paramLabel = "CODE", description = "Events whose actors include this code (RUS, PRK, UN, ...).")
    String actor;

    @Option(names = "--recipient", paramLabel = "CODE", description = "Events whose recipients include this code.")
    String recipient;

    @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER event type (AGREE, CONSULT, AID, ASSAULT, ...).")
    String type;

    @Option(names = "--since", paramLabel = "DATE", description = "Events dated on or after this day (YYYY-MM-DD); undated events are left out.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Events dated on or before this day.")
    LocalDate until;

    @Option(names = "--lang", paramLabel = "LANG", description = "Events reported at least once in this language (ar, en).")
    String lang;

    /** The filter; a bad value is an IllegalArgumentException with a message for the user. */
    EventFilter filter() {
        PloverType t = null;
        if (type != null) {
            if (!PloverType.isKnown(type)) throw new IllegalArgumentException("--type must be a PLOVER event type such as CONSULT or ASSAULT, not '" + type + "'");
            t = PloverType.parse(type);
        }
        return new EventFilter(actor, recipient, t, since, until, lang);
    }
}
