package org.tawazun.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.tawazun.ingest.Input;
import org.tawazun.model.Document;
import org.tawazun.model.Event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event store: one DuckDB file holding articles, their coded mentions, the deduplicated events and the
 * documents that could not be read (schema.sql, docs/schema.md). One writer at a time (DuckDB locks the file).
 * Articles, mentions, errors and the keys whose events need recomputing are written in one transaction per batch;
 * events are then recomputed key by key ({@link Dedup}), also in transactions, so a crash at any point leaves a
 * store that the next open completes.
 */
public final class EventStore implements AutoCloseable {
    /** Store-wide counts. */
    public record Totals(long articles, long sentences, long mentions, long asserted, long events, long errors) {
    }

    /** A count of events (and of the mentions behind them) for a type or a dyad. */
    public record Count(String key, long events, long mentions) {
    }

    /** A document that could not be ingested, as recorded in the errors table. */
    public record ErrorRow(String input, String reason, LocalDateTime firstSeen, LocalDateTime lastSeen, int times) {
    }

    /** The index of the first extra column in {@link #events(EventFilter, int, String, BiConsumer)}. */
    public static final int EXTRA_COLUMNS = 34;

    private static final int REFRESH_CHUNK = 2000;
    private static final Pattern LOCK_PID = Pattern.compile("\\(PID (\\d+)\\)");

    private final Path path;
    private final DuckDBConnection c;

    private EventStore(Path path, DuckDBConnection c) {
        this.path = path;
        this.c = c;
    }

    /** Opens (creating if needed) the store at {@code file}, brings its schema up to date and completes its events. */
    public static EventStore open(Path file) {
        return open(file, Schema.get().latest());
    }

    /** Opens the store migrated only up to {@code version} (for tests of the migration path). */
    static EventStore open(Path file, int version) {
        Path abs = file.toAbsolutePath().normalize();
        String where = file.toString();
        if (Files.isDirectory(abs)) throw new StoreException(where + ": is a folder; --db needs a file name such as tawazun.duckdb");
        try {
            Path parent = abs.getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new StoreException(where + ": cannot create its folder: " + e.getMessage(), e);
        }
        DuckDBConnection conn;
        try {
            conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs);
        } catch (SQLException e) {
            throw new StoreException(openMessage(where, e), e);
        }
        EventStore s = new EventStore(file, conn);
        try {
            Schema.get().migrate(conn, version, where);
            if (version >= 2) s.refreshEvents();
        } catch (SQLException | RuntimeException e) {
            s.close();
            if (e instanceof StoreException se) throw se;
            throw new StoreException(where + ": " + e.getMessage(), e);
        }
        return s;
    }

    private static String openMessage(String where, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Could not set lock")) {
            Matcher pid = LOCK_PID.matcher(m);
            return where + ": the store is in use by another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
                    + "; wait for it to finish or choose another file with --db";
        }
        if (m.contains("not a valid DuckDB database") || m.contains("Invalid Input Error") || m.contains("Serialization")) {
            return where + ": not a Tawazun store (DuckDB cannot read it: " + firstLine(m) + ")";
        }
        return where + ": cannot open the store: " + firstLine(m);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    public Path path() {
        return path;
    }

    /** The JDBC connection, for exports and tests; do not close it. */
    public Connection connection() {
        return c;
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException e) {
            throw new StoreException(path + ": cannot close the store: " + e.getMessage(), e);
        }
    }

    /** The ids of every stored article. */
    LongSet articleIds() {
        LongSet ids = new LongSet();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM articles")) {
            while (r.next()) ids.add(r.getLong(1));
        } catch (SQLException e) {
            throw fail("cannot read article ids", e);
        }
        return ids;
    }

    /**
     * Writes a batch in one transaction: the articles with their mentions, the documents that failed (errors,
     * counted again when met again) and the event keys to recompute. Either all of it is stored or none.
     */
    public void write(List<ArticleRecord> articles, List<Input.Failure> failures, LocalDateTime now) {
        try {
            c.setAutoCommit(false);
            try {
                // the appenders join the connection's transaction only once a statement has started it
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
                appendArticles(articles, now);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO errors VALUES (?, ?, ?, ?, 1) ON CONFLICT DO UPDATE "
                        + "SET last_seen = excluded.last_seen, times = errors.times + 1")) {
                    for (Input.Failure f : failures) {
                        p.setString(1, f.input());
                        p.setString(2, f.message());
                        p.setTimestamp(3, Timestamp.valueOf(now));
                        p.setTimestamp(4, Timestamp.valueOf(now));
                        p.executeUpdate();
                    }
                }
                Set<List<String>> keys = new TreeSet<>(Comparator.comparing((List<String> k) -> String.join("\u001F", k)));
                for (ArticleRecord a : articles) {
                    for (ArticleRecord.MentionRecord m : a.mentions()) {
                        if (m.event().modality() == org.tawazun.model.Modality.ASSERTED) {
                            keys.add(List.of(m.event().type().name(), m.actorCodes(), m.recipientCodes()));
                        }
                    }
                }
                if (!keys.isEmpty()) {
                    try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "pending_keys")) {
                        for (List<String> k : keys) {
                            a.beginRow();
                            a.append(k.get(0));
                            a.append(k.get(1));
                            a.append(k.get(2));
                            a.endRow();
                        }
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw fail("cannot write a batch of " + articles.size() + " articles", e);
        }
    }

    private void appendArticles(List<ArticleRecord> articles, LocalDateTime now) throws SQLException {
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles")) {
            for (ArticleRecord r : articles) {
                Document d = r.document();
                a.beginRow();
                a.append(r.id());
                a.append(r.contentHash());
                a.append(d.id());
                str(a, d.url());
                str(a, r.outlet());
                str(a, d.title());
                date(a, d.published());
                str(a, r.lang());
                a.append(d.source() == null ? d.id() : d.source());
                a.append(r.chars());
                a.append(r.sentences());
                a.append(now);
                a.endRow();
            }
        }
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions")) {
            for (ArticleRecord r : articles) {
                for (ArticleRecord.MentionRecord m : r.mentions()) {
                    Event e = m.event();
                    a.beginRow();
                    a.append(m.id());
                    a.append(r.id());
                    a.append(m.ordinal());
                    str(a, e.lang());
                    a.append(e.type().name());
                    str(a, e.mode());
                    a.append(String.join(",", e.contexts()));
                    str(a, e.cameo());
                    a.append(e.goldstein());
                    a.append(e.score());
                    a.append((byte) e.quadClass());
                    a.append(m.actorCodes());
                    a.append(m.recipientCodes());
                    a.append(m.actorsJson());
                    a.append(m.recipientsJson());
                    a.append(e.modality().json());
                    str(a, e.date() == null ? null : e.date().value());
                    str(a, e.date() == null ? null : e.date().precision());
                    str(a, e.date() == null ? null : e.date().source());
                    date(a, m.period() == null ? null : m.period().start());
                    date(a, m.period() == null ? null : m.period().end());
                    a.append(e.sentenceIndex());
                    a.append(e.sentenceStart());
                    a.append(e.sentenceEnd());
                    a.append(m.sentenceText());
                    a.append(e.trigger().text());
                    a.append(e.trigger().start());
                    a.append(e.trigger().end());
                    a.append(e.pattern() == null ? "" : e.pattern());
                    a.endRow();
                }
            }
        }
    }

    private static void str(DuckDBAppender a, String v) throws SQLException {
        if (v == null) a.appendNull();
        else a.append(v);
    }

    private static void date(DuckDBAppender a, LocalDate v) throws SQLException {
        if (v == null) a.appendNull();
        else a.append(v);
    }

    // ---------------------------------------------------------------- deduplication

    /** Recomputes the events of every pending key (see {@link Dedup}); returns the number of keys done. */
    public int refreshEvents() {
        int done = 0;
        try {
            while (true) {
                c.setAutoCommit(false);
                try {
                    int n = refreshChunk();
                    c.commit();
                    if (n == 0) break;
                    done += n;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw fail("cannot update the deduplicated events", e);
        }
        return done;
    }

    private static final DatePeriod.Precision[] PRECISIONS = DatePeriod.Precision.values();

    /**
     * One chunk of keys: Java clusters the keys' asserted mentions (only what clustering needs is read), then
     * DuckDB computes every event's counts and dates from the links and replaces the keys' events.
     */
    private int refreshChunk() throws SQLException {
        String on = "k.type = %1$s.type AND k.actor_codes = %1$s.actor_codes AND k.recipient_codes = %1$s.recipient_codes";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE refresh_keys AS SELECT row_number() OVER (ORDER BY type, actor_codes, recipient_codes) AS n, * "
                    + "FROM (SELECT DISTINCT type, actor_codes, recipient_codes FROM pending_keys ORDER BY type, actor_codes, recipient_codes "
                    + "LIMIT " + REFRESH_CHUNK + ")");
            s.execute("CREATE OR REPLACE TEMP TABLE new_events (id BIGINT, n BIGINT, anchor VARCHAR, date VARCHAR, date_precision VARCHAR, "
                    + "date_start DATE, date_end DATE, lead_mention BIGINT)");
            s.execute("CREATE OR REPLACE TEMP TABLE new_links (event_id BIGINT, mention_id BIGINT)");
        }
        int keys;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM refresh_keys")) {
            r.next();
            keys = r.getInt(1);
        }
        if (keys > 0) {
            Map<Long, String[]> parts = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT n, type, actor_codes, recipient_codes FROM refresh_keys")) {
                while (r.next()) parts.put(r.getLong(1), new String[]{r.getString(2), r.getString(3), r.getString(4)});
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT k.n, m.id, m.article_id, "
                         + "CASE m.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'decade' THEN 3 END, "
                         + "m.date_start - DATE '1970-01-01', m.date_end - DATE '1970-01-01' "
                         + "FROM mentions m JOIN refresh_keys k ON " + String.format(on, "m") + " WHERE m.modality = 'asserted' ORDER BY k.n");
                 DuckDBAppender ev = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "new_events");
                 DuckDBAppender links = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "new_links")) {
                long key = -1;
                List<Dedup.Item> items = new ArrayList<>();
                while (r.next()) {
                    long n = r.getLong(1);
                    if (n != key && !items.isEmpty()) {
                        writeClusters(ev, links, key, parts.get(key), items);
                        items.clear();
                    }
                    key = n;
                    DatePeriod period = null;
                    int p = r.getInt(4);
                    if (!r.wasNull()) {
                        long start = r.getLong(5);
                        boolean dated = !r.wasNull();
                        long end = r.getLong(6);
                        if (dated) period = new DatePeriod(PRECISIONS[p], LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end));
                    }
                    items.add(new Dedup.Item(r.getLong(2), r.getLong(3), period));
                }
                if (!items.isEmpty()) writeClusters(ev, links, key, parts.get(key), items);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM event_mentions WHERE event_id IN (SELECT e.id FROM events e JOIN refresh_keys k ON " + String.format(on, "e") + ")");
            s.execute("DELETE FROM events e USING refresh_keys k WHERE " + String.format(on, "e"));
            s.execute("INSERT INTO event_mentions SELECT event_id, mention_id FROM new_links");
            // per event: counts, first/last seen, languages; the most frequent CAMEO code (ties: the lowest) with its values
            s.execute("INSERT INTO events "
                    + "WITH m AS (SELECT l.event_id, m.cameo, m.goldstein, m.quad_class, m.score, m.lang, m.article_id, a.outlet, "
                    + "  coalesce(a.published, CAST(a.ingested_at AS DATE)) AS seen, a.ingested_at "
                    + "  FROM new_links l JOIN mentions m ON m.id = l.mention_id JOIN articles a ON a.id = m.article_id), "
                    + "codes AS (SELECT event_id, cameo, goldstein, quad_class, score, count(*) AS c FROM m GROUP BY ALL), "
                    + "best AS (SELECT event_id, first(cameo ORDER BY c DESC, cameo NULLS LAST, goldstein, score) AS cameo, "
                    + "  first(goldstein ORDER BY c DESC, cameo NULLS LAST, goldstein, score) AS goldstein, "
                    + "  first(quad_class ORDER BY c DESC, cameo NULLS LAST, goldstein, score) AS quad_class, "
                    + "  first(score ORDER BY c DESC, cameo NULLS LAST, goldstein, score) AS score FROM codes GROUP BY event_id), "
                    + "agg AS (SELECT event_id, count(*) AS num_mentions, count(DISTINCT coalesce(outlet, 'article:' || article_id)) AS num_sources, "
                    + "  count(DISTINCT article_id) AS num_articles, min(seen) AS first_seen, max(seen) AS last_seen, "
                    + "  min(ingested_at) AS added_at, coalesce(array_to_string(list_sort(list_distinct(list(lang))), '+'), '') AS languages FROM m GROUP BY event_id) "
                    + "SELECT ne.id, k.type, k.actor_codes, k.recipient_codes, ne.anchor, ne.date, ne.date_precision, ne.date_start, ne.date_end, "
                    + "b.cameo, b.goldstein, b.quad_class, b.score, g.num_mentions, g.num_sources, g.num_articles, g.first_seen, g.last_seen, "
                    + "g.added_at, g.languages, ne.lead_mention "
                    + "FROM new_events ne JOIN refresh_keys k ON k.n = ne.n JOIN agg g ON g.event_id = ne.id JOIN best b ON b.event_id = ne.id");
            s.execute("DELETE FROM pending_keys p USING refresh_keys k WHERE " + String.format(on, "p"));
            s.execute("DROP TABLE refresh_keys");
            s.execute("DROP TABLE new_events");
            s.execute("DROP TABLE new_links");
        }
        return keys;
    }

    private static void writeClusters(DuckDBAppender ev, DuckDBAppender links, long n, String[] key, List<Dedup.Item> items) throws SQLException {
        for (Dedup.Cluster cl : Dedup.cluster(items)) {
            long id = Hashing.id("event", key[0], key[1], key[2], cl.anchor());
            DatePeriod d = cl.date();
            ev.beginRow();
            ev.append(id);
            ev.append(n);
            ev.append(cl.anchor());
            str(ev, d == null ? null : d.value());
            str(ev, d == null ? null : d.precision().json());
            date(ev, d == null ? null : d.start());
            date(ev, d == null ? null : d.end());
            ev.append(cl.members().get(0).mentionId());
            ev.endRow();
            for (Dedup.Item i : cl.members()) {
                links.beginRow();
                links.append(id);
                links.append(i.mentionId());
                links.endRow();
            }
        }
    }

    // ---------------------------------------------------------------- queries

    public Totals totals() {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT "
                + "(SELECT count(*) FROM articles), (SELECT coalesce(sum(sentences), 0) FROM articles), "
                + "(SELECT count(*) FROM mentions), (SELECT count(*) FROM mentions WHERE modality = 'asserted'), "
                + "(SELECT count(*) FROM events), (SELECT count(*) FROM errors)")) {
            r.next();
            return new Totals(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6));
        } catch (SQLException e) {
            throw fail("cannot count", e);
        }
    }

    /** Events and their mentions per PLOVER type, most frequent first. */
    public List<Count> eventsByType() {
        return counts("SELECT type, count(*), sum(num_mentions) FROM events GROUP BY type ORDER BY 2 DESC, 3 DESC, 1");
    }

    /** The most frequent actor → recipient pairs (codes, '-' when a side is empty), by events then mentions. */
    public List<Count> topDyads(int n) {
        return counts("SELECT CASE WHEN actor_codes = '' THEN '-' ELSE actor_codes END || ' -> ' || "
                + "CASE WHEN recipient_codes = '' THEN '-' ELSE recipient_codes END AS dyad, count(*), sum(num_mentions) "
                + "FROM events GROUP BY dyad ORDER BY 2 DESC, 3 DESC, 1 LIMIT " + Math.max(0, n));
    }

    private List<Count> counts(String sql) {
        List<Count> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(new Count(r.getString(1), r.getLong(2), r.getLong(3)));
        } catch (SQLException e) {
            throw fail("cannot count events", e);
        }
        return out;
    }

    /** The SELECT behind {@link #events}: events with their lead mention and its article, and extra columns if any. */
    public static String eventQuery(EventFilter f, String extraColumns) {
        return "SELECT e.id, e.type, e.actor_codes, e.recipient_codes, e.date, e.date_precision, e.date_start, e.date_end, "
                + "e.cameo, e.goldstein, e.quad_class, e.score, e.num_mentions, e.num_sources, e.num_articles, e.first_seen, "
                + "e.last_seen, e.added_at, e.languages, e.lead_mention, m.mode, m.contexts, m.actors, m.recipients, "
                + "m.sentence_index, m.sentence_text, m.trigger_text, m.pattern, a.url, a.title, a.outlet, a.doc_id, a.source_path "
                + (extraColumns == null ? "" : ", " + extraColumns + " ")
                + "FROM events e JOIN mentions m ON m.id = e.lead_mention JOIN articles a ON a.id = m.article_id "
                + "WHERE " + f.where() + " ORDER BY e.date_start NULLS LAST, e.type, e.actor_codes, e.recipient_codes, e.id";
    }

    /** Streams the selected events, in date order (undated last), to {@code sink}; {@code limit} ≤ 0 means all. */
    public void events(EventFilter f, int limit, Consumer<StoredEvent> sink) {
        events(f, limit, null, (e, r) -> sink.accept(e));
    }

    /**
     * Streams the selected events with extra SQL columns (on aliases e = events, m = lead mention, a = its article),
     * which the sink reads from the result set from column {@link #EXTRA_COLUMNS} on.
     */
    public void events(EventFilter f, int limit, String extraColumns, BiConsumer<StoredEvent, ResultSet> sink) {
        String sql = eventQuery(f, extraColumns) + (limit > 0 ? " LIMIT " + limit : "");
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) sink.accept(event(r), r);
        } catch (SQLException e) {
            throw fail("cannot read events", e);
        }
    }

    /** Counts the selected events. */
    public long countEvents(EventFilter f) {
        return count("SELECT count(*) FROM events e WHERE " + f.where());
    }

    public List<StoredEvent> events(EventFilter f) {
        List<StoredEvent> out = new ArrayList<>();
        events(f, 0, out::add);
        return out;
    }

    private static StoredEvent event(ResultSet r) throws SQLException {
        return new StoredEvent(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getObject(7, LocalDate.class), r.getObject(8, LocalDate.class), r.getString(9), (Double) r.getObject(10),
                r.getObject(11) == null ? null : ((Number) r.getObject(11)).intValue(), (Double) r.getObject(12),
                r.getInt(13), r.getInt(14), r.getInt(15), r.getObject(16, LocalDate.class), r.getObject(17, LocalDate.class),
                r.getObject(18, LocalDateTime.class), r.getString(19), r.getLong(20), r.getString(21), r.getString(22),
                r.getString(23), r.getString(24), r.getInt(25), r.getString(26), r.getString(27), r.getString(28),
                r.getString(29), r.getString(30), r.getString(31), r.getString(32), r.getString(33));
    }

    /** The sentences behind an event, earliest report first; empty when there is no such event. */
    public List<Source> sources(long eventId) {
        List<Source> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT m.id, a.doc_id, m.ordinal, m.lang, m.type, m.cameo, m.modality, "
                + "m.date, m.date_precision, m.date_source, m.sentence_index, m.sentence_start, m.sentence_end, m.sentence_text, "
                + "m.trigger_text, m.trigger_start, m.trigger_end, m.pattern, m.actors, m.recipients, a.id, a.url, a.title, "
                + "a.outlet, a.published, a.source_path "
                + "FROM event_mentions em JOIN mentions m ON m.id = em.mention_id JOIN articles a ON a.id = m.article_id "
                + "WHERE em.event_id = ? ORDER BY m.date_start NULLS LAST, a.published NULLS LAST, m.id")) {
            p.setLong(1, eventId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Source(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5), r.getString(6),
                            r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getInt(11), r.getInt(12),
                            r.getInt(13), r.getString(14), r.getString(15), r.getInt(16), r.getInt(17), r.getString(18),
                            r.getString(19), r.getString(20), r.getLong(21), r.getString(22), r.getString(23), r.getString(24),
                            r.getObject(25, LocalDate.class), r.getString(26)));
                }
            }
        } catch (SQLException e) {
            throw fail("cannot read the sources of event " + eventId, e);
        }
        return out;
    }

    /** The recorded errors, most recent first. */
    public List<ErrorRow> errors() {
        List<ErrorRow> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT input, reason, first_seen, last_seen, times FROM errors ORDER BY last_seen DESC, input, reason")) {
            while (r.next()) {
                out.add(new ErrorRow(r.getString(1), r.getString(2), r.getObject(3, LocalDateTime.class),
                        r.getObject(4, LocalDateTime.class), r.getInt(5)));
            }
        } catch (SQLException e) {
            throw fail("cannot read errors", e);
        }
        return out;
    }

    /** Runs a query that returns one number (tests and benchmarks). */
    public long count(String sql) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw fail("query failed: " + sql, e);
        }
    }

    private StoreException fail(String what, SQLException e) {
        return new StoreException(path + ": " + what + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }
}
