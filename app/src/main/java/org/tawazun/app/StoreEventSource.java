package org.tawazun.app;

import org.tawazun.graph.DyadEvent;
import org.tawazun.graph.EventSource;
import org.tawazun.graph.Filter;
import org.tawazun.ontology.PloverType;
import org.tawazun.store.EventFilter;
import org.tawazun.store.EventStore;
import org.tawazun.store.StoredEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The relations model's events read from the event store: every deduplicated (hence asserted) event, expanded into
 * its actor × recipient pairs, with its mention and source counts. The date range is pushed down to the store's
 * query; the other parts of the filter are applied to the pairs.
 */
final class StoreEventSource implements EventSource {
    private final EventStore store;

    StoreEventSource(EventStore store) {
        this.store = store;
    }

    @Override
    public Stream<DyadEvent> events(Filter filter) {
        EventFilter f = new EventFilter(null, null, null, filter.since(), filter.until(), null);
        List<DyadEvent> out = new ArrayList<>();
        store.events(f, 0, e -> pairs(e, out));
        return out.stream().filter(filter::test);
    }

    private static void pairs(StoredEvent e, List<DyadEvent> out) {
        if (e.actorCodes() == null || e.recipientCodes() == null || e.actorCodes().isEmpty() || e.recipientCodes().isEmpty()) return;
        PloverType type = PloverType.parse(e.type());
        LocalDate date = e.date() == null ? null : e.dateStart();
        String precision = date == null ? null : e.datePrecision();
        double score = e.score() == null ? 0 : e.score();
        double goldstein = e.goldstein() == null ? 0 : e.goldstein();
        int quad = e.quadClass() == null ? org.tawazun.ontology.Ontology.get().quadClass(type) : e.quadClass();
        for (String a : e.actorCodes().split("\\+")) {
            for (String r : e.recipientCodes().split("\\+")) {
                if (a.isEmpty() || r.isEmpty() || a.equals(r)) continue;
                out.add(new DyadEvent(a, r, date, precision, type, quad, score, goldstein, Math.max(1, e.numMentions()),
                        Math.max(1, e.numSources()), Long.toString(e.id())));
            }
        }
    }

    @Override
    public String describe() {
        return store.path().toString();
    }
}
