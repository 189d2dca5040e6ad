package org.tawazun.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawazun.pipeline.Pipelines;
import org.tawazun.store.corpus.CorpusFormat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kills a real ingest (SIGKILL, in a child JVM) in the middle, re-runs it, and checks the store holds every
 * article exactly once and the same articles, mentions and events as an ingest that was never interrupted.
 */
class CrashIT {
    static final int ARTICLES = 4000;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestResumesWithEveryArticleExactlyOnce() throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.write(corpus, ARTICLES, 6, 42);
        Path db = dir.resolve("killed.duckdb");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // DuckDB unpacks its native library into the temp folder and deletes it at exit, which a killed JVM
                // never reaches: give the child a temp folder of the test's own
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
                "-Xms256m", "-Xmx256m", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), db.toString(), corpus.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long committed = 0;
        boolean done = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("opened")) {
                    // while it writes, nobody else may open the store
                    assertThatThrownBy(() -> EventStore.open(db)).isInstanceOf(StoreException.class)
                            .hasMessageContaining("in use by another process");
                }
                if (line.startsWith("committed ")) committed = Long.parseLong(line.substring(10));
                if (line.equals("done")) done = true;
                if (committed >= 200) break;
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(done).as("the child must be killed before it finishes; make the corpus larger").isFalse();
        assertThat(child.exitValue()).isEqualTo(137); // 128 + SIGKILL

        long partial;
        try (EventStore s = EventStore.open(db)) {
            partial = s.count("SELECT count(*) FROM articles");
            assertThat(partial).isBetween(committed, (long) ARTICLES - 1);
            Ingest.Summary resumed = ingest(s, corpus);
            assertThat(resumed.known()).isEqualTo(partial);
            assertThat(resumed.stored()).isEqualTo(ARTICLES - partial);
        }
        Path clean = dir.resolve("clean.duckdb");
        try (EventStore s = EventStore.open(clean)) {
            assertThat(ingest(s, corpus).stored()).isEqualTo(ARTICLES);
        }
        try (EventStore k = EventStore.open(db); EventStore c = EventStore.open(clean)) {
            assertThat(k.count("SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
            assertThat(k.count("SELECT count(DISTINCT doc_id) FROM articles")).isEqualTo(ARTICLES);
            assertThat(k.count("SELECT count(DISTINCT content_hash) FROM articles")).isEqualTo(ARTICLES);
            assertThat(ids(k, "SELECT doc_id FROM articles ORDER BY doc_id")).isEqualTo(ids(c, "SELECT doc_id FROM articles ORDER BY doc_id"));
            assertThat(k.totals().mentions()).isEqualTo(c.totals().mentions());
            assertThat(k.count("SELECT count(*) FROM pending_keys")).isZero();
            assertThat(events(k)).isEqualTo(events(c));
        }
    }

    static Ingest.Summary ingest(EventStore s, Path corpus) {
        return Ingest.run(s, List.of(corpus.toString()), InputStream.nullInputStream(), Pipelines.standard(),
                new Ingest.Options(2, 100, CorpusFormat.AUTO, false), new Ingest.Listener() {
                });
    }

    static List<String> ids(EventStore s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    static Map<Long, String> events(EventStore s) {
        Map<Long, String> m = new TreeMap<>();
        s.events(EventFilter.ALL, 0, e -> m.put(e.id(), e.numMentions() + "/" + e.numArticles() + "/" + e.numSources() + " " + e.date()));
        return m;
    }
}
