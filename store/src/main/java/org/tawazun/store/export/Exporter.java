package org.tawazun.store.export;

import org.tawazun.store.EventFilter;
import org.tawazun.store.EventStore;
import org.tawazun.store.StoreException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes the store's deduplicated events to a file. CSV, Parquet and JSONL are written by DuckDB itself
 * ({@code COPY ... TO}) from {@link #FLAT}; GDELT and PLOVER, whose shapes need the lead report's actors, by
 * {@link GdeltWriter} and {@link PloverWriter}.
 */
public final class Exporter {
    /** The flat event columns of the CSV, Parquet and JSONL exports (docs/schema.md). */
    static final String FLAT = "e.id, e.date, e.date_precision, e.date_start, e.date_end, e.type, m.mode, e.cameo, e.quad_class, "
            + "e.goldstein, e.score, e.actor_codes, e.recipient_codes, e.num_mentions, e.num_sources, e.num_articles, "
            + "e.first_seen, e.last_seen, e.added_at, e.languages, e.lead_mention, a.url AS source_url, a.outlet AS source_outlet, "
            + "a.title AS source_title, m.sentence_text AS source_sentence";

    private Exporter() {
    }

    /** Writes the events the filter selects; returns how many. */
    public static long export(EventStore store, ExportFormat format, Path out, EventFilter filter) {
        Path abs = out.toAbsolutePath();
        try {
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            throw new StoreException(out + ": cannot create its folder: " + e.getMessage(), e);
        }
        return switch (format) {
            case GDELT -> write(out, w -> GdeltWriter.write(store, filter, w));
            case PLOVER -> write(out, w -> PloverWriter.write(store, filter, w));
            case CSV -> copy(store, filter, abs, false, "FORMAT csv, HEADER true");
            case PARQUET -> copy(store, filter, abs, true, "FORMAT parquet");
            case JSONL -> copy(store, filter, abs, true, "FORMAT json");
        };
    }

    interface Body {
        long write(BufferedWriter w) throws IOException;
    }

    private static long write(Path out, Body body) {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return body.write(w);
        } catch (IOException e) {
            throw new StoreException(out + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static long copy(EventStore store, EventFilter filter, Path out, boolean mentionIds, String options) {
        String cols = FLAT + (mentionIds
                ? ", (SELECT list(em.mention_id ORDER BY em.mention_id) FROM event_mentions em WHERE em.event_id = e.id) AS mention_ids"
                : "");
        String sql = "COPY (SELECT " + cols + " FROM events e JOIN mentions m ON m.id = e.lead_mention "
                + "JOIN articles a ON a.id = m.article_id WHERE " + filter.where()
                + " ORDER BY e.date_start NULLS LAST, e.type, e.actor_codes, e.recipient_codes, e.id) TO '"
                + out.toString().replace("'", "''") + "' (" + options + ")";
        try (Statement s = store.connection().createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(out + ": cannot export: " + e.getMessage(), e);
        }
        return store.countEvents(filter);
    }
}
