package org.tawazun.app;

import org.tawazun.store.EventFilter;
import org.tawazun.store.EventStore;
import org.tawazun.store.StoreException;
import org.tawazun.store.export.ExportFormat;
import org.tawazun.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tawazun export}: writes the store's deduplicated events to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the deduplicated events (all, or those the filters select) to a file: "
                + "gdelt (the GDELT 2.0 event table, 61 tab-separated columns), plover (PLOVER/POLECAT-style JSON, one event "
                + "per line, with every mention), csv, parquet or jsonl (the flat event table)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;

    @Mixin
    FilterOptions filters;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventFilter f;
        try {
            f = filters.filter();
        } catch (IllegalArgumentException e) {
            return Main.usage(err, "export", e.getMessage());
        }
        try (EventStore db = store.openExisting()) {
            long n = Exporter.export(db, format, out, f);
            o.printf("exported %,d events to %s (%s)%n", n, out, format.name().toLowerCase(java.util.Locale.ROOT));
        } catch (StoreException e) {
            err.println("tawazun: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        o.flush();
        return Main.OK;
    }
}
