package org.tawazun.store;

import org.tawazun.ontology.PloverType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which events a query or export selects. Every field is optional. Values are checked here (codes are letters and
 * digits, the type a PLOVER type, the language two letters), so the SQL built from them is safe to inline.
 *
 * @param actor     an actor code the event's actors include (RUS, PRK, UN, ...)
 * @param recipient a code the event's recipients include
 * @param type      PLOVER type
 * @param since     events dated on or after this day (undated events are then left out)
 * @param until     events dated on or before this day
 * @param lang      events reported at least once in this language
 */
public record EventFilter(String actor, String recipient, PloverType type, LocalDate since, LocalDate until, String lang) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null);

    public EventFilter {
        actor = code("actor", actor);
        recipient = code("recipient", recipient);
        if (lang != null) {
            lang = lang.strip().toLowerCase(Locale.ROOT);
            if (!lang.matches("[a-z]{2,3}")) throw new IllegalArgumentException("--lang must be a language code such as ar or en, not '" + lang + "'");
        }
    }

    private static String code(String what, String v) {
        if (v == null) return null;
        String c = v.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9]{2,10}")) throw new IllegalArgumentException("--" + what + " must be a code such as RUS, PRK or UN, not '" + v + "'");
        return c;
    }

    /** The SQL condition on table alias {@code e} (events), "TRUE" when nothing is filtered. */
    public String where() {
        List<String> c = new ArrayList<>();
        if (actor != null) c.add("list_contains(string_split(e.actor_codes, '+'), '" + actor + "')");
        if (recipient != null) c.add("list_contains(string_split(e.recipient_codes, '+'), '" + recipient + "')");
        if (type != null) c.add("e.type = '" + type.name() + "'");
        if (since != null) c.add("e.date_end >= DATE '" + since + "'");
        if (until != null) c.add("e.date_start <= DATE '" + until + "'");
        if (lang != null) c.add("list_contains(string_split(e.languages, '+'), '" + lang + "')");
        return c.isEmpty() ? "TRUE" : String.join(" AND ", c);
    }
}
