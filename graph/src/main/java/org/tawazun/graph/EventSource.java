package org.tawazun.graph;

import java.util.stream.Stream;

/**
 * Where the relations model reads its events from: the JSON Lines output ({@link JsonlEventSource}), a list in
 * memory ({@link ListEventSource}), or the event store. An implementation returns deduplicated, asserted events,
 * one per actor × recipient pair, restricted by the filter ({@link Filter#test} is the reference semantics).
 */
public interface EventSource {
    /** The matching events; the caller closes the stream (a file or a database cursor may be behind it). */
    Stream<DyadEvent> events(Filter filter);

    /** What the source reads, for messages ("tawazun-out/events.jsonl"). */
    String describe();
}
