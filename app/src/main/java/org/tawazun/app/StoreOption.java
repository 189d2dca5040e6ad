package org.tawazun.app;

import org.tawazun.store.EventStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option shared by the commands that use the event store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "The event store, a DuckDB file (default: $TAWAZUN_DB, else ./tawazun.duckdb).")
    Path db;

    /** The store file: --db, else $TAWAZUN_DB, else ./tawazun.duckdb. */
    Path path() {
        if (db != null) return db;
        String env = System.getenv("TAWAZUN_DB");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("tawazun.duckdb");
    }

    /** Opens the store, creating it when missing (ingest, run). */
    EventStore open() {
        return EventStore.open(path());
    }

    /** Opens a store that must exist (events, sources, export): a missing file is an error, not a new empty store. */
    EventStore openExisting() {
        Path p = path();
        if (!java.nio.file.Files.exists(p)) {
            throw new org.tawazun.store.StoreException(p + ": no event store here; create it with `tawazun ingest PATH... --db " + p + "`");
        }
        return EventStore.open(p);
    }
}
