package org.tawazun.graph;

import org.tawazun.model.Event;
import org.tawazun.model.EventDate;
import org.tawazun.model.Mention;
import org.tawazun.model.Modality;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the coded events of one document into dyad events: asserted events only (negated, future, hypothetical
 * and historical ones are not claims that something happened); both sides must name a state or organization
 * (a sector alone, "the army", is not an actor of a relation, nor is an unidentified attacker placed by the attack's
 * location, sector {@code UAF}); compound sides expand to every actor × recipient
 * pair; a pair of one actor with itself (government against rebels of the same country) is domestic and left out.
 * Within the document, records with the same type, actor and recipient are one event reported several times: they
 * merge into one dyad event whose {@code mentions} counts them, keeping the first record's id, score and Goldstein
 * value and the most precise date any of them gives.
 */
public final class DyadEvents {
    /** CAMEO's "unidentified armed forces": an attacker known only by where the attack happened. */
    static final String UNIDENTIFIED = "UAF";

    private DyadEvents() {
    }

    /** Expands one document's events (in text order); {@code problems} hears about dates that cannot be read. */
    public static List<DyadEvent> fromDocument(List<Event> events, Consumer<String> problems) {
        Map<String, DyadEvent> merged = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.modality() != Modality.ASSERTED) continue;
            List<String> as = codes(e.actor());
            List<String> rs = codes(e.recipient());
            if (as.isEmpty() || rs.isEmpty()) continue;
            LocalDate date = null;
            String precision = null;
            EventDate d = e.date();
            if (d != null && d.value() != null) {
                date = parseDate(d.value());
                if (date == null) problems.accept(e.id() + ": date '" + d.value() + "' is not YYYY-MM-DD, YYYY-MM, YYYY or YYYYs; event kept without a date");
                else precision = precision(d.value());
            }
            for (String a : as) {
                for (String r : rs) {
                    if (a.equals(r)) continue;
                    String key = e.type().name() + '\t' + a + '\t' + r;
                    DyadEvent prev = merged.get(key);
                    if (prev == null) {
                        merged.put(key, new DyadEvent(a, r, date, precision, e.type(), e.quadClass(), e.score(), e.goldstein(),
                                1, 1, e.id()));
                    } else {
                        boolean finer = date != null && (prev.date() == null || rank(precision) < rank(prev.datePrecision()));
                        merged.put(key, new DyadEvent(a, r, finer ? date : prev.date(), finer ? precision : prev.datePrecision(),
                                prev.type(), prev.quadClass(), prev.score(), prev.goldstein(), prev.mentions() + 1, 1, prev.eventId()));
                    }
                }
            }
        }
        return new ArrayList<>(merged.values());
    }

    private static List<String> codes(List<Mention> ms) {
        List<String> out = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            // an attacker the text does not name, placed by where the attack happened (sector UAF), is a guess:
            // no relation between states rests on it
            if (!m.hasCode() || UNIDENTIFIED.equals(m.actor().sector())) continue;
            String c = m.actor().code();
            if (!out.contains(c)) out.add(c);
        }
        return out;
    }

    /** An ISO date of the output contract as a day: 2024-06-19, 2024-06 (first of the month), 2024, 2020s; else null. */
    public static LocalDate parseDate(String v) {
        try {
            if (v.length() == 10) return LocalDate.parse(v);
            if (v.length() == 7 && v.charAt(4) == '-') return LocalDate.parse(v + "-01");
            if (v.length() == 4 && v.chars().allMatch(Character::isDigit)) return LocalDate.of(Integer.parseInt(v), 1, 1);
            if (v.length() == 5 && v.endsWith("0s") && v.substring(0, 4).chars().allMatch(Character::isDigit))
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 1);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static String precision(String v) {
        return switch (v.length()) {
            case 10 -> "day";
            case 7 -> "month";
            case 4 -> "year";
            default -> "decade";
        };
    }

    private static int rank(String precision) {
        return switch (precision) {
            case "day" -> 0;
            case "month" -> 1;
            case "year" -> 2;
            default -> 3;
        };
    }
}
