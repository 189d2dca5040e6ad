package org.tawazun.store.export;

/** The formats {@code tawazun export} writes (docs/using.md, "Exports"). */
public enum ExportFormat {
    /** GDELT 2.0 event table: 61 tab-separated columns, no header. */
    GDELT,
    /** PLOVER/POLECAT-style JSON, one event object per line. */
    PLOVER,
    /** The events table with its lead report, comma-separated with a header. */
    CSV,
    /** The same columns as CSV plus the mention ids, as Parquet (written by DuckDB). */
    PARQUET,
    /** The same as Parquet, one JSON object per line. */
    JSONL
}
