package org.tawazun.actor;

import org.tawazun.model.Actor;
import org.tawazun.model.Mention;
import org.tawazun.util.Tsv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People and their dated roles (actor/people.tsv), so that a name is coded by the role its bearer held on the
 * event's date: Putin is RUS GOV in 2024; a former president is coded with sector ELI after leaving office.
 */
public final class People {
    /** One role period; {@code end} null = still in office. */
    public record Role(String country, String sector, LocalDate start, LocalDate end, String role) {
        boolean covers(LocalDate d) {
            return !d.isBefore(start) && (end == null || d.isBefore(end));
        }
    }

    /** A person with all role periods, sorted by start. */
    public record Person(String id, String name, List<Role> roles) {
    }

    private final Map<String, Person> byId;
    private final Map<String, String> idByName;

    private People(Map<String, Person> byId) {
        this.byId = byId;
        Map<String, String> names = new HashMap<>();
        for (Person p : byId.values()) if (p.name() != null && !p.name().isEmpty()) names.putIfAbsent(nameKey(p.name()), p.id());
        this.idByName = Map.copyOf(names);
    }

    /** The id of the person with this name (letters only, any case: "VLADIMIR PUTIN" finds Vladimir Putin), or null. */
    public String idByName(String name) {
        return idByName.get(nameKey(name));
    }

    private static String nameKey(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", "");
    }

    /** These people and the imported ones (an imported id already here is ignored: curated roles win). */
    People with(List<PetrarchDictionary.ImportedPerson> imported) {
        if (imported.isEmpty()) return this;
        Map<String, Person> all = new HashMap<>(byId);
        for (PetrarchDictionary.ImportedPerson ip : imported) {
            all.putIfAbsent(ip.id(), new Person(ip.id(), ip.name(), List.copyOf(ip.roles())));
        }
        return new People(Map.copyOf(all));
    }

    public static People empty() {
        return new People(Map.of());
    }

    public static People load(List<Tsv.Row> rows) {
        Map<String, String> names = new HashMap<>();
        Map<String, List<Role>> roles = new HashMap<>();
        for (Tsv.Row r : rows) {
            String id = r.required("id");
            String name = r.get("name");
            names.merge(id, name, (a, b) -> a.isEmpty() ? b : a);
            LocalDate start = date(r, "start");
            LocalDate end = r.opt("end") == null ? null : date(r, "end");
            if (start == null) throw r.fail("column 'start' is empty");
            if (end != null && end.isBefore(start)) throw r.fail("end " + end + " is before start " + start);
            roles.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Role(r.required("country"), r.opt("sector"), start, end, r.get("role")));
        }
        Map<String, Person> byId = new HashMap<>();
        for (var e : roles.entrySet()) {
            List<Role> list = new ArrayList<>(e.getValue());
            list.sort((a, b) -> a.start().compareTo(b.start()));
            byId.put(e.getKey(), new Person(e.getKey(), names.get(e.getKey()), Collections.unmodifiableList(list)));
        }
        return new People(Map.copyOf(byId));
    }

    private static LocalDate date(Tsv.Row r, String col) {
        String v = r.get(col);
        if (v.isEmpty()) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw r.fail("column '" + col + "' is not an ISO date: '" + v + "'");
        }
    }

    public Person get(String id) {
        return byId.get(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public int size() {
        return byId.size();
    }

    /**
     * The actor a person stands for on a date: the role covering the date (several: the first listed, heads of
     * state before ministers by start order); after the last role, the last role's country with sector ELI; before the
     * first role, the first role's country with sector ELI. With no date, the most recent role.
     */
    public Actor resolve(String id, LocalDate date) {
        Person p = byId.get(id);
        if (p == null || p.roles().isEmpty()) return null;
        List<Role> rs = p.roles();
        if (date == null) {
            Role last = rs.get(rs.size() - 1);
            for (Role r : rs) if (r.end() == null) last = r;
            return actor(last, last.sector(), p.name());
        }
        for (Role r : rs) {
            if (r.covers(date)) return actor(r, r.sector(), p.name());
        }
        Role near = rs.get(0);
        for (Role r : rs) if (!r.start().isAfter(date)) near = r;
        return actor(near, "ELI", p.name());
    }

    /**
     * The mention re-coded for another date (the event's date, when the coder knows it): a person's role is looked
     * up again; a mention that names no person is returned unchanged. A person whose role is in an organization
     * keeps the state the phrase gave (المبعوث الأمريكي ... stays as found when the role has no state).
     */
    public Mention atDate(Mention m, LocalDate date) {
        if (m.person() == null || !byId.containsKey(m.person())) return m;
        Actor a = resolve(m.person(), date);
        if (a == null || a.equals(m.actor())) return m;
        return m.withActor(a, m.via());
    }

    /**
     * The one person whose name ends with this surname (letters only, any case) and who held this role (as written in
     * the role column: "president", "foreign minister") on the date; null when none or several did. For a surname a
     * title shares with a known name ("Presidents Maduro and Ali"): the title and date make it safe. With no date,
     * the role's present holder.
     */
    public String holderBySurname(String surname, String role, LocalDate date) {
        String key = nameKey(surname);
        if (key.length() < 2) return null;
        String found = null;
        for (Person p : byId.values()) {
            if (p.name() == null) continue;
            String[] parts = p.name().trim().split("\\s+");
            if (!nameKey(parts[parts.length - 1]).equals(key)) continue;
            for (Role r : p.roles()) {
                if (!role.equals(r.role()) || (date == null ? r.end() != null : !r.covers(date))) continue;
                if (found != null && !found.equals(p.id())) return null;
                found = p.id();
            }
        }
        return found;
    }

    /** The state a person is most associated with (the latest role's country, or organization), or null. */
    public String homeCode(String id) {
        Actor a = resolve(id, null);
        return a == null ? null : a.code();
    }

    private static Actor actor(Role r, String sector, String name) {
        String c = r.country();
        boolean isState = c.length() == 3 && c.chars().allMatch(Character::isUpperCase) && !ORG_CODES.contains(c);
        return isState ? new Actor(c, sector, null, name) : new Actor(null, sector, c, name);
    }

    /** Organization codes that may stand where people.tsv expects a country. */
    static final java.util.Set<String> ORG_CODES = java.util.Set.of(
            "UN", "EU", "NATO", "AU", "ARL", "GCC", "IAEA", "WHO", "OIC", "IMF", "WB", "ICC", "ICJ", "OPEC",
            "ASEAN", "SCO", "BRICS", "G7", "G20", "WTO", "OSCE", "UNHCR", "UNRWA", "ICRC", "ECOWAS", "UNICEF", "FAO",
            "ILO", "OAS", "WFP", "INTERPOL", "CIS", "IGAD", "COE", "OAPEC", "IEA", "OPCW", "UNESCO", "UNDP", "IOM",
            "AMNESTY", "HRW", "MSF", "RSF", "CPJ", "OXFAM", "SCF", "TI");
}
