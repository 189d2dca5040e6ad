/**
 * The event store: an embedded DuckDB file (schema.sql, documented in docs/schema.md) holding articles, every
 * coded event mention with its sentence, the events deduplicated across articles ({@link org.tawazun.store.Dedup})
 * and the documents that could not be read. {@link org.tawazun.store.Ingest} fills it idempotently, in
 * transactions per batch; {@link org.tawazun.store.EventStore} queries it.
 */
package org.tawazun.store;
