package org.tawazun.app;

import org.tawazun.store.EventStore;

import java.io.PrintWriter;

/** The store's contents for people: totals, deduplicated events by type, the most frequent dyads. */
final class StoreSummary {
    private StoreSummary() {
    }

    static void print(PrintWriter o, EventStore db, int top) {
        EventStore.Totals t = db.totals();
        o.printf("store      %s%n", db.path());
        o.printf("documents  %,d%n", t.articles());
        o.printf("sentences  %,d%n", t.sentences());
        o.printf("mentions   %,d coded, %,d asserted%n", t.mentions(), t.asserted());
        o.printf("events     %,d after deduplication across articles%n", t.events());
        if (t.errors() > 0) o.printf("errors     %,d unreadable documents recorded%n", t.errors());
        o.println();
        o.println("events by type                   events  mentions");
        for (EventStore.Count c : db.eventsByType()) o.printf("  %-30s %6d %9d%n", c.key(), c.events(), c.mentions());
        o.println();
        o.println("top actor -> recipient pairs     events  mentions");
        for (EventStore.Count c : db.topDyads(top)) o.printf("  %-30s %6d %9d%n", c.key(), c.events(), c.mentions());
    }
}
