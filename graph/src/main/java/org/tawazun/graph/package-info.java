/**
 * The relations model: dyads over time, signed relations, structural balance, blocs, dependence and shifts,
 * computed from deduplicated, asserted events ({@link org.tawazun.graph.DyadEvent}) read through an
 * {@link org.tawazun.graph.EventSource} (the JSON Lines output today, the event store when it lands).
 * Every rule that turns counts into signs, blocs or shifts is a record with documented defaults
 * ({@link org.tawazun.graph.SignRule}, {@link org.tawazun.graph.ShiftRule}); docs/using.md explains them for analysts.
 */
package org.tawazun.graph;
