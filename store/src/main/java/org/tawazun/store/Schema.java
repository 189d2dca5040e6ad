package org.tawazun.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store's schema: schema.sql, read once, is a preamble (run at every open) and numbered migrations applied in
 * order, each in its own transaction together with its row in schema_version. A store at version N is brought to
 * {@link #latest()} by applying migrations N+1 onwards; a store newer than this program is refused.
 */
public final class Schema {
    /** One migration: its number, what it does, and its statements. */
    public record Migration(int version, String description, List<String> statements) {
    }

    private static final Pattern HEADER = Pattern.compile("^-- migration (\\d+): (.+)$");
    private static final Schema INSTANCE = load();

    private final List<String> preamble;
    private final List<Migration> migrations;

    private Schema(List<String> preamble, List<Migration> migrations) {
        this.preamble = preamble;
        this.migrations = migrations;
    }

    public static Schema get() {
        return INSTANCE;
    }

    public List<Migration> migrations() {
        return migrations;
    }

    public int latest() {
        return migrations.get(migrations.size() - 1).version();
    }

    /** The version a store has: 0 for an empty database. */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
            r.next();
            if (r.getLong(1) == 0) return 0;
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    /**
     * Brings the store to {@code target} (at most {@link #latest()}); returns the migrations applied. The connection
     * must be in auto-commit mode; it is left so.
     */
    public List<Migration> migrate(Connection c, int target, String where) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : preamble) s.execute(sql);
        }
        int have = version(c);
        if (have > latest()) {
            throw new SQLException(where + ": the store has schema version " + have + " but this Tawazun knows only up to "
                    + latest() + "; use a newer Tawazun");
        }
        List<Migration> applied = new ArrayList<>();
        for (Migration m : migrations) {
            if (m.version() <= have || m.version() > target) continue;
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : m.statements()) s.execute(sql);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.description());
                    p.setTimestamp(3, Timestamp.from(Instant.now()));
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException(where + ": migration " + m.version() + " (" + m.description() + ") failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(true);
            }
            applied.add(m);
        }
        return applied;
    }

    static Schema load() {
        String text;
        try (InputStream in = Schema.class.getResourceAsStream("schema.sql")) {
            if (in == null) throw new IllegalStateException("schema.sql is missing from the class path");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema.sql", e);
        }
        return parse(text);
    }

    /** Splits the file into the preamble and the migrations; numbers must run 1, 2, 3, ... */
    static Schema parse(String text) {
        List<String> preamble = new ArrayList<>();
        List<Migration> migrations = new ArrayList<>();
        List<String> current = preamble;
        StringBuilder stmt = new StringBuilder();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            Matcher m = HEADER.matcher(line.strip());
            if (m.matches()) {
                if (!stmt.toString().isBlank()) throw new IllegalStateException("schema.sql:" + lineNo + ": statement before this line lacks its ';'");
                int v = Integer.parseInt(m.group(1));
                if (v != migrations.size() + 1) {
                    throw new IllegalStateException("schema.sql:" + lineNo + ": migration " + v + " should be numbered " + (migrations.size() + 1));
                }
                current = new ArrayList<>();
                migrations.add(new Migration(v, m.group(2).strip(), current));
                stmt.setLength(0);
                continue;
            }
            if (stmt.length() == 0 && (line.isBlank() || line.strip().startsWith("--"))) continue;
            stmt.append(line).append('\n');
            if (line.replaceAll("--.*$", "").stripTrailing().endsWith(";")) { // a trailing comment may follow the ;
                current.add(stmt.toString().strip());
                stmt.setLength(0);
            }
        }
        if (!stmt.toString().isBlank()) throw new IllegalStateException("schema.sql: the last statement lacks its ';'");
        if (migrations.isEmpty()) throw new IllegalStateException("schema.sql has no migrations");
        return new Schema(List.copyOf(preamble), migrations.stream()
                .map(x -> new Migration(x.version(), x.description(), List.copyOf(x.statements()))).toList());
    }
}
