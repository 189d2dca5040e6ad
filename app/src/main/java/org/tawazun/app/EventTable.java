package org.tawazun.app;

import org.tawazun.model.Event;
import org.tawazun.model.Mention;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Prints events as an aligned table for people: one line per event. */
final class EventTable {
    private EventTable() {
    }

    static void header(PrintWriter out) {
        out.printf("%-28s %-10s %-16s %-16s %-10s %-12s %-28s %s%n", "id", "type", "actor", "recipient", "date", "modality",
                "trigger", "pattern");
    }

    static void row(PrintWriter out, Event e) {
        out.printf("%-28s %-10s %-16s %-16s %-10s %-12s %-28s %s%n", e.id(), e.type(), parties(e.actor()), parties(e.recipient()),
                e.date() == null ? "-" : e.date().value(), e.modality().json(), clip(e.trigger().text(), 28), e.pattern());
    }

    static String parties(List<Mention> ms) {
        if (ms.isEmpty()) return "-";
        return ms.stream().map(m -> {
            String c = m.actor().code();
            String s = m.actor().sector();
            return (c == null ? "?" : c) + (s != null && !s.equals(c) ? s : "");
        }).distinct().collect(Collectors.joining("+"));
    }

    private static String clip(String s, int n) {
        s = s.replace('\n', ' ');
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
