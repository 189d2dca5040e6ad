package org.tawazun.graph;

import java.util.List;
import java.util.stream.Stream;

/** Events held in memory: tests, benchmarks, and commands that read a source once and analyse it several ways. */
public final class ListEventSource implements EventSource {
    private final List<DyadEvent> events;
    private final String name;

    public ListEventSource(List<DyadEvent> events, String name) {
        this.events = List.copyOf(events);
        this.name = name;
    }

    public ListEventSource(List<DyadEvent> events) {
        this(events, "memory");
    }

    @Override
    public Stream<DyadEvent> events(Filter filter) {
        return filter.equals(Filter.ALL) ? events.stream() : events.stream().filter(filter::test);
    }

    public List<DyadEvent> all() {
        return events;
    }

    @Override
    public String describe() {
        return name;
    }
}
