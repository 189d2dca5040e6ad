package org.tawazun.actor;

import org.tawazun.model.Actor;
import org.tawazun.model.Mention;
import org.tawazun.util.Tsv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * States whose territory belonged to another state until a date (actor/state-history.tsv): South Sudan (SDN before
 * 2011-07-09), Kosovo (SRB before 2008-02-17), Montenegro (SRB before 2006-06-03), Eritrea (ETH before 1993-05-24).
 * A place or state coded with such a code is coded, on an earlier date, with the state it belonged to, as a person
 * is coded by the role held on the date (جوبا in 2008 → SDN, in 2015 → SSD). With no date, today's code.
 * The lookup is one map access per coded mention; the map holds only the few changed codes.
 */
public final class StateHistory {
    /** One line: places coded {@code code} are coded {@code before} on dates earlier than {@code since}. */
    public record Change(String code, String before, LocalDate since, String event) {
    }

    private static final StateHistory EMPTY = new StateHistory(Map.of());

    private final Map<String, List<Change>> byCode;

    private StateHistory(Map<String, List<Change>> byCode) {
        this.byCode = byCode;
    }

    public static StateHistory empty() {
        return EMPTY;
    }

    /**
     * Reads the rows of a state-history file; a bad line fails with the file and line: a code that is not a known
     * ISO 3166-1 alpha-3 code (or XKX), a date that is not YYYY-MM-DD, a code changed into itself, a chain (a {@code before} code that
     * has a line of its own), or the same code and date twice.
     */
    public static StateHistory load(List<Tsv.Row> rows) {
        Map<String, List<Change>> by = new HashMap<>();
        Map<String, Tsv.Row> lineOf = new HashMap<>();
        java.util.Set<String> known = PetrarchDictionary.isoCodes();
        for (Tsv.Row r : rows) {
            String code = alpha3(r, "code", known);
            String before = alpha3(r, "before", known);
            if (code.equals(before)) throw r.fail("code " + code + " cannot change into itself");
            LocalDate since;
            try {
                since = LocalDate.parse(r.required("since"));
            } catch (DateTimeParseException e) {
                throw r.fail("column 'since' is not a date YYYY-MM-DD: '" + r.get("since") + "'");
            }
            List<Change> cs = by.computeIfAbsent(code, k -> new ArrayList<>(2));
            for (Change c : cs) if (c.since().equals(since)) throw r.fail("a second line for " + code + " on " + since);
            cs.add(new Change(code, before, since, r.opt("event")));
            lineOf.put(code + "\t" + before, r);
        }
        for (List<Change> cs : by.values()) {
            for (Change c : cs) {
                if (by.containsKey(c.before())) {
                    throw lineOf.get(c.code() + "\t" + c.before()).fail("'before' code " + c.before()
                            + " has a line of its own: write the state it belonged to directly (no chains)");
                }
            }
            cs.sort(Comparator.comparing(Change::since));
        }
        Map<String, List<Change>> frozen = new HashMap<>();
        by.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new StateHistory(Collections.unmodifiableMap(frozen));
    }

    private static String alpha3(Tsv.Row r, String col, java.util.Set<String> known) {
        String v = r.required(col);
        if (!known.contains(v)) throw r.fail("column '" + col + "' is not a known ISO 3166-1 alpha-3 state code: '" + v + "'");
        return v;
    }

    /** True when the code has an earlier code for some date (one map lookup). */
    public boolean changes(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The code for a place or state coded {@code code} on the date: the earlier state's code before the change. */
    public String codeOn(String code, LocalDate date) {
        if (code == null || date == null) return code;
        List<Change> cs = byCode.get(code);
        if (cs == null) return code;
        for (Change c : cs) if (date.isBefore(c.since())) return c.before();
        return code;
    }

    /**
     * The mention with its state's code for the date; {@code via} is kept. A mention that names a person is left
     * alone: people.tsv dates the person's roles itself (Salva Kiir: SDN until 2011-07-09).
     */
    public Mention atDate(Mention m, LocalDate date) {
        Actor a = m.actor();
        if (m.person() != null || a == null || !changes(a.country())) return m;
        String c = codeOn(a.country(), date);
        if (c.equals(a.country())) return m;
        return m.withActor(new Actor(c, a.sector(), a.org(), a.name()), m.via());
    }

    /** The place with its state's code for the date. */
    public Location atDate(Location l, LocalDate date) {
        if (!changes(l.code())) return l;
        String c = codeOn(l.code(), date);
        return c.equals(l.code()) ? l : new Location(l.firstToken(), l.lastToken(), c, l.dateline(), l.mention());
    }

    /** Every line, for data checks. */
    public List<Change> all() {
        List<Change> out = new ArrayList<>();
        byCode.values().forEach(out::addAll);
        out.sort(Comparator.comparing(Change::code).thenComparing(Change::since));
        return out;
    }
}
