/**
 * Exports of the store's deduplicated events: the GDELT 2.0 event table, PLOVER/POLECAT-style JSON, and the flat
 * event table as CSV, Parquet or JSON Lines (written by DuckDB).
 */
package org.tawazun.store.export;
