package org.tawazun.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawazun.ingest.Input;
import org.tawazun.ontology.PloverType;
import org.tawazun.pipeline.Pipeline;
import org.tawazun.pipeline.Pipelines;
import org.tawazun.store.corpus.CorpusFormat;
import org.tawazun.store.export.ExportFormat;
import org.tawazun.store.export.Exporter;
import org.tawazun.store.export.GdeltWriter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store against real DuckDB files: idempotence, bad documents, deduplication, migration, exports. */
class StoreIT {
    @TempDir
    Path dir;

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipelines.standard();
    }

    static Ingest.Summary ingest(EventStore s, String... paths) {
        return ingest(s, InputStream.nullInputStream(), paths);
    }

    static Ingest.Summary ingest(EventStore s, InputStream stdin, String... paths) {
        return Ingest.run(s, List.of(paths), stdin, pipeline, new Ingest.Options(2, 7, CorpusFormat.AUTO, false), new Ingest.Listener() {
        });
    }

    /** Three outlets report China's sanctions on Lithuania on 2 and 3 March; one more on 20 March is another event. */
    static final String SANCTIONS = String.join("\n",
            "{\"id\": \"b1\", \"lang\": \"en\", \"date\": \"2024-03-02\", \"url\": \"https://www.reuters.com/world/b1\", \"text\": \"China imposed sanctions on Lithuania.\"}",
            "{\"id\": \"b2\", \"lang\": \"en\", \"date\": \"2024-03-03\", \"url\": \"https://apnews.com/b2\", \"text\": \"Beijing imposed new sanctions on Lithuania on Saturday, officials said.\"}",
            "{\"id\": \"b3\", \"lang\": \"ar\", \"date\": \"2024-03-02\", \"url\": \"https://www.aljazeera.net/b3\", \"text\": \"فرضت الصين عقوبات على ليتوانيا.\"}",
            "{\"id\": \"b4\", \"lang\": \"en\", \"date\": \"2024-03-20\", \"url\": \"https://apnews.com/b4\", \"text\": \"China imposed sanctions on Lithuania again.\"}",
            "{\"id\": \"c1\", \"lang\": \"ar\", \"date\": \"2024-03-02\", \"url\": \"https://www.aljazeera.net/c1\", \"text\": \"فرضت الولايات المتحدة عقوبات على إيران.\"}") + "\n";

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static Map<Long, Integer> eventMentions(EventStore s) {
        Map<Long, Integer> m = new TreeMap<>();
        s.events(EventFilter.ALL, 0, e -> m.put(e.id(), e.numMentions()));
        return m;
    }

    @Test
    void ingestingTwiceStoresEverythingOnce() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        for (String f : new String[]{"russia-north-korea-ar.txt", "sudan-egypt-ar.txt", "iran-gulf-ar.html", "korea-drills-en.txt", "briefs.jsonl"}) {
            Files.copy(Path.of("../examples", f), corpus.resolve(f));
        }
        write("corpus/sanctions.jsonl", SANCTIONS);
        write("corpus/copy/same-text-as-seed.txt", Files.readString(Path.of("../examples/russia-north-korea-ar.txt")) + "\n\n");
        TestFiles.warc(corpus.resolve("crawl.warc.gz"), TestFiles.Capture.html("https://www.example.com/1",
                TestFiles.page("عقوبات", "2024-04-01", "فرضت الولايات المتحدة عقوبات على روسيا.")));
        write("corpus/feed.rss", TestFiles.rss("en", new String[]{"Aid", "https://news.example/aid", "Mon, 01 Apr 2024 09:00:00 GMT",
                "<p>Germany sent humanitarian aid to Ukraine.</p>"}));
        Path db = dir.resolve("store/t.duckdb");
        EventStore.Totals first;
        Map<Long, Integer> events;
        try (EventStore s = EventStore.open(db)) {
            Ingest.Summary a = ingest(s, corpus.toString());
            assertThat(a.failed()).isZero();
            assertThat(a.documents()).isEqualTo(14);
            assertThat(a.known()).as("the seed copied with other white space is the same article").isEqualTo(1);
            assertThat(a.stored()).isEqualTo(13);
            first = s.totals();
            events = eventMentions(s);
            assertThat(first.articles()).isEqualTo(13);
            assertThat(first.events()).isPositive();
            assertThat(first.mentions()).isGreaterThan(first.events());
        }
        try (EventStore s = EventStore.open(db)) {
            Ingest.Summary b = ingest(s, corpus.toString());
            assertThat(b.stored()).isZero();
            assertThat(b.known()).isEqualTo(14);
            assertThat(s.totals()).isEqualTo(first);
            assertThat(eventMentions(s)).isEqualTo(events);
            assertThat(s.count("SELECT count(*) - count(DISTINCT content_hash) FROM articles")).isZero();
            assertThat(s.count("SELECT sum(num_mentions) FROM events")).isEqualTo(first.asserted());
            assertThat(s.count("SELECT count(*) FROM event_mentions")).isEqualTo(first.asserted());
        }
    }

    @Test
    void badDocumentsAreRecordedWithTheirReasonAndTheGoodOnesStored() throws IOException {
        Path corpus = dir.resolve("mixed");
        write("mixed/good-1.txt", "China imposed sanctions on Lithuania.");
        write("mixed/good-2.html", TestFiles.page("اتفاق", "2024-05-01", "وقعت اليابان اتفاقية مع الهند."));
        write("mixed/empty.txt", "");
        Files.write(corpus.resolve("scan.dat"), new byte[]{(byte) 0xFF, (byte) 0xD8, 0, 0, 16, 'J', 'F', 'I', 'F', 0});
        Files.write(corpus.resolve("bad-bom.txt"), new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0x28});
        write("mixed/lines.jsonl", "{\"id\": \"ok-1\", \"text\": \"Germany sent humanitarian aid to Ukraine.\"}\n{broken\n"
                + "{\"id\": \"nodate\", \"text\": \"France condemned Russia.\", \"date\": \"yesterday\"}\n"
                + "{\"id\": \"huge\", \"text\": \"" + "x ".repeat(600_000) + "\"}\n{\"id\": \"ok-2\", \"text\": \"Turkey accused Greece of violating its airspace.\"}\n");
        write("mixed/feed.rss", "<rss version=\"2.0\"><channel><title>x</title><item><title>cut");
        write("mixed/nav-only.html", "<html><body><nav>home</nav><footer>c</footer></body></html>");
        Path warc = corpus.resolve("crawl.warc");
        TestFiles.warc(warc, TestFiles.Capture.html("https://a.example/1", TestFiles.page("a", null, "Egypt condemned Ethiopia.")),
                TestFiles.Capture.html("https://a.example/2", TestFiles.page("b", null, "Japan signed an agreement with India.")));
        byte[] all = Files.readAllBytes(warc);
        Files.write(warc, java.util.Arrays.copyOf(all, all.length - 100));
        Path db = dir.resolve("t.duckdb");
        try (EventStore s = EventStore.open(db)) {
            Ingest.Summary r = ingest(s, corpus.toString(), dir.resolve("missing.txt").toString());
            assertThat(r.stored()).isEqualTo(5); // good-1, good-2, ok-1, ok-2, the first page of the archive
            assertThat(s.count("SELECT count(*) FROM articles WHERE doc_id IN ('good-1', 'good-2', 'ok-1', 'ok-2', 'https://a.example/1')")).isEqualTo(5);
            List<EventStore.ErrorRow> errors = s.errors();
            Map<String, String> reasons = new TreeMap<>();
            for (EventStore.ErrorRow e : errors) reasons.put(e.input().substring(e.input().lastIndexOf('/') + 1), e.reason());
            assertThat(reasons).containsOnlyKeys("missing.txt", "empty.txt", "scan.dat", "bad-bom.txt", "lines.jsonl:2", "lines.jsonl:3",
                    "lines.jsonl:4", "feed.rss", "nav-only.html", "crawl.warc#4");
            assertThat(reasons.get("missing.txt")).contains("no such file");
            assertThat(reasons.get("empty.txt")).contains("empty");
            assertThat(reasons.get("scan.dat")).contains("binary");
            assertThat(reasons.get("bad-bom.txt")).contains("not valid UTF-8");
            assertThat(reasons.get("lines.jsonl:2")).contains("not valid JSON");
            assertThat(reasons.get("lines.jsonl:3")).contains("not an ISO date");
            assertThat(reasons.get("lines.jsonl:4")).contains("too large");
            assertThat(reasons.get("feed.rss")).contains("not a valid RSS or Atom feed");
            assertThat(reasons.get("nav-only.html")).contains("no article text");
            assertThat(reasons.get("crawl.warc#4")).contains("malformed WARC");
            assertThat(r.failed()).isEqualTo(errors.size());
            assertThat(errors).allSatisfy(e -> assertThat(e.times()).isEqualTo(1));
        }
        try (EventStore s = EventStore.open(db)) {
            Ingest.Summary again = ingest(s, corpus.toString(), dir.resolve("missing.txt").toString());
            assertThat(again.stored()).isZero();
            assertThat(again.failed()).isEqualTo(10);
            assertThat(s.errors()).hasSize(10).allSatisfy(e -> assertThat(e.times()).isEqualTo(2));
        }
    }

    @Test
    void threeArticlesReportingOneEventBecomeOneEventWithAWayBackToEachSentence() throws IOException {
        Path db = dir.resolve("t.duckdb");
        try (EventStore s = EventStore.open(db)) {
            ingest(s, new ByteArrayInputStream(SANCTIONS.getBytes(StandardCharsets.UTF_8)), "-");
            List<StoredEvent> chn = s.events(new EventFilter("CHN", "LTU", PloverType.SANCTION, null, null, null));
            assertThat(chn).hasSize(2);
            StoredEvent e = chn.get(0);
            assertThat(e.date()).isEqualTo("2024-03-02");
            assertThat(e.dateEnd()).hasToString("2024-03-02"); // b2's "on Saturday" is read as 2024-03-02
            assertThat(e.numMentions()).isEqualTo(3);
            assertThat(e.numArticles()).isEqualTo(3);
            assertThat(e.numSources()).isEqualTo(3); // reuters.com, apnews.com, aljazeera.net
            assertThat(e.languages()).isEqualTo("ar+en");
            assertThat(e.firstSeen()).hasToString("2024-03-02");
            assertThat(e.lastSeen()).hasToString("2024-03-03");
            assertThat(chn.get(1).date()).isEqualTo("2024-03-20");
            assertThat(chn.get(1).numMentions()).isEqualTo(1);
            List<Source> sources = s.sources(e.id());
            assertThat(sources).extracting(Source::contractId).containsExactlyInAnyOrder("b1#1", "b2#1", "b3#1");
            assertThat(sources).extracting(Source::url).containsExactlyInAnyOrder("https://www.reuters.com/world/b1",
                    "https://apnews.com/b2", "https://www.aljazeera.net/b3");
            assertThat(sources).extracting(Source::sentenceText).containsExactlyInAnyOrder("China imposed sanctions on Lithuania.",
                    "Beijing imposed new sanctions on Lithuania on Saturday, officials said.", "فرضت الصين عقوبات على ليتوانيا.");
            assertThat(sources).allSatisfy(x -> assertThat(x.triggerText()).isIn("imposed", "فرضت"));
            assertThat(s.sources(12345L)).isEmpty();
            assertThat(s.events(new EventFilter(null, null, null, null, null, "ar"))).hasSize(2); // CHN→LTU on 2 March, USA→IRN
            assertThat(s.events(new EventFilter(null, null, null, java.time.LocalDate.of(2024, 3, 10), null, null))).hasSize(1);
        }
    }

    @Test
    void eventsAreUpdatedIncrementallyAndDoNotDependOnTheOrderOfIngestion() throws IOException {
        String[] lines = SANCTIONS.split("\n");
        Path first = write("part1.jsonl", lines[0] + "\n" + lines[3] + "\n");
        Path second = write("part2.jsonl", lines[1] + "\n" + lines[2] + "\n" + lines[4] + "\n");
        Path all = write("all-reversed.jsonl", String.join("\n", List.of(lines[4], lines[3], lines[2], lines[1], lines[0])) + "\n");
        Map<Long, Integer> incremental;
        try (EventStore s = EventStore.open(dir.resolve("a.duckdb"))) {
            ingest(s, first.toString());
            Map<Long, Integer> before = eventMentions(s);
            assertThat(before.values()).containsOnly(1);
            ingest(s, second.toString());
            incremental = eventMentions(s);
            // the 2 March event keeps its id and now counts three reports
            assertThat(incremental).containsAllEntriesOf(Map.of(before.keySet().stream().filter(id -> incremental.get(id) == 3)
                    .findFirst().orElseThrow(), 3));
        }
        try (EventStore s = EventStore.open(dir.resolve("b.duckdb"))) {
            ingest(s, all.toString());
            assertThat(eventMentions(s)).isEqualTo(incremental);
        }
    }

    @Test
    void anOlderStoreIsMigratedAndItsEventsBuilt() throws Exception {
        Path db = dir.resolve("old.duckdb");
        try (EventStore s = EventStore.open(db, 1)) {
            assertThat(Schema.version(s.connection())).isEqualTo(1);
            try (Statement st = s.connection().createStatement()) {
                st.execute("INSERT INTO articles VALUES (1, 'h1', 'a', 'https://x.example/a', 'x.example', NULL, DATE '2024-03-02', 'en', 'a.txt', 40, 1, TIMESTAMP '2024-03-02 10:00:00')");
                st.execute("INSERT INTO articles VALUES (2, 'h2', 'b', 'https://y.example/b', 'y.example', NULL, DATE '2024-03-03', 'en', 'b.txt', 40, 1, TIMESTAMP '2024-03-03 10:00:00')");
                for (int i = 1; i <= 2; i++) {
                    st.execute("INSERT INTO mentions VALUES (" + (10 + i) + ", " + i + ", 1, 'en', 'SANCTION', NULL, '', '163', -8.0, -6.0, 4, 'CHN', 'LTU', "
                            + "'[]', '[]', 'asserted', '2024-03-0" + (i + 1) + "', 'day', 'publication', DATE '2024-03-0" + (i + 1) + "', DATE '2024-03-0"
                            + (i + 1) + "', 0, 0, 37, 'China imposed sanctions on Lithuania.', 'imposed', 6, 13, 'en:sanction.impose:1')");
                }
                st.execute("INSERT INTO mentions VALUES (13, 2, 2, 'en', 'SANCTION', NULL, '', '163', -8.0, -6.0, 4, 'CHN', 'LTU', "
                        + "'[]', '[]', 'negated', NULL, NULL, NULL, NULL, NULL, 1, 38, 60, 'It did not.', 'not', 41, 44, 'en:x:1')");
            }
        }
        try (EventStore s = EventStore.open(db)) {
            assertThat(Schema.version(s.connection())).isEqualTo(Schema.get().latest());
            assertThat(s.count("SELECT count(*) FROM schema_version")).isEqualTo(Schema.get().latest());
            List<StoredEvent> ev = s.events(EventFilter.ALL);
            assertThat(ev).singleElement().satisfies(e -> {
                assertThat(e.numMentions()).isEqualTo(2);
                assertThat(e.numSources()).isEqualTo(2);
                assertThat(e.date()).isEqualTo("2024-03-02");
            });
            assertThat(s.count("SELECT count(*) FROM pending_keys")).isZero();
            try (Statement st = s.connection().createStatement()) {
                st.execute("INSERT INTO schema_version VALUES (99, 'from the future', now())");
            }
        }
        assertThatThrownBy(() -> EventStore.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("newer Tawazun");
    }

    @Test
    void aFileThatIsNotAStoreIsRefusedClearly() throws IOException {
        Path notDb = write("notes.duckdb", "these are notes, not a database\n".repeat(200));
        assertThatThrownBy(() -> EventStore.open(notDb)).isInstanceOf(StoreException.class).hasMessageStartingWith(notDb.toString());
        assertThatThrownBy(() -> EventStore.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("is a folder");
    }

    @Test
    void exportsHaveTheirShapes() throws Exception {
        Path db = dir.resolve("t.duckdb");
        try (EventStore s = EventStore.open(db)) {
            ingest(s, write("s.jsonl", SANCTIONS).toString());
            long n = s.totals().events();
            StoredEvent lead = s.events(new EventFilter("CHN", null, PloverType.SANCTION, null, null, null)).get(0);

            Path gdelt = dir.resolve("out/events.tsv");
            assertThat(Exporter.export(s, ExportFormat.GDELT, gdelt, EventFilter.ALL)).isEqualTo(n);
            List<String> rows = Files.readAllLines(gdelt);
            assertThat(rows).hasSize((int) n);
            List<String> expected = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
                    "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
                    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
                    "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code",
                    "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName",
                    "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long",
                    "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
                    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
                    "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
                    "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
            assertThat(GdeltWriter.COLUMNS).hasSize(61).isEqualTo(expected);
            for (String row : rows) assertThat(row.split("\t", -1)).hasSize(61);
            String[] f = rows.stream().filter(r -> r.startsWith(lead.id() + "\t")).findFirst().orElseThrow().split("\t", -1);
            Map<String, String> byName = new TreeMap<>();
            for (int i = 0; i < 61; i++) byName.put(expected.get(i), f[i]);
            assertThat(byName).containsEntry("SQLDATE", "20240302").containsEntry("MonthYear", "202403").containsEntry("Year", "2024")
                    .containsEntry("FractionDate", "2024.2521").containsEntry("Actor1CountryCode", "CHN").containsEntry("Actor2CountryCode", "LTU")
                    .containsEntry("EventCode", lead.cameo()).containsEntry("EventRootCode", lead.cameo().substring(0, 2))
                    .containsEntry("QuadClass", "4").containsEntry("NumMentions", "3").containsEntry("NumSources", "3")
                    .containsEntry("NumArticles", "3").containsEntry("IsRootEvent", "1").containsEntry("ActionGeo_Type", "0");
            assertThat(byName.get("SOURCEURL")).startsWith("https://");
            assertThat(byName.get("DATEADDED")).matches("\\d{14}");

            Path parquet = dir.resolve("out/events.parquet");
            assertThat(Exporter.export(s, ExportFormat.PARQUET, parquet, EventFilter.ALL)).isEqualTo(n);
            Path csv = dir.resolve("out/events.csv");
            Exporter.export(s, ExportFormat.CSV, csv, new EventFilter(null, null, PloverType.SANCTION, null, null, null));
            Path jsonl = dir.resolve("out/events.jsonl");
            Exporter.export(s, ExportFormat.JSONL, jsonl, EventFilter.ALL);
            Path plover = dir.resolve("out/events.plover.jsonl");
            Exporter.export(s, ExportFormat.PLOVER, plover, EventFilter.ALL);

            // Parquet and CSV read back by a separate DuckDB (in memory)
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
                try (ResultSet r = st.executeQuery("SELECT count(*), sum(num_mentions), max(len(mention_ids)) FROM read_parquet('" + parquet + "')")) {
                    r.next();
                    assertThat(r.getLong(1)).isEqualTo(n);
                    assertThat(r.getLong(2)).isEqualTo(s.totals().asserted());
                    assertThat(r.getLong(3)).isEqualTo(3);
                }
                try (ResultSet r = st.executeQuery("SELECT type, num_mentions, source_url FROM read_csv('" + csv + "', header = true)")) {
                    List<String> got = new ArrayList<>();
                    while (r.next()) got.add(r.getString(1) + " " + r.getInt(2));
                    assertThat(got).containsExactly("SANCTION 3", "SANCTION 1", "SANCTION 1"); // date order: CHN, USA on 2 March, CHN on 20 March
                }
            }
            ObjectMapper om = new ObjectMapper();
            List<String> jl = Files.readAllLines(jsonl);
            assertThat(jl).hasSize((int) n);
            JsonNode j0 = om.readTree(jl.get(0));
            assertThat(j0.get("id").asLong()).isEqualTo(lead.id());
            assertThat(j0.get("mention_ids")).hasSize(3);
            List<String> pl = Files.readAllLines(plover);
            JsonNode p0 = om.readTree(pl.get(0));
            assertThat(p0.get("id").asText()).isEqualTo(Long.toString(lead.id()));
            assertThat(p0.get("event").get(0).asText()).isEqualTo("SANCTION");
            assertThat(p0.get("actor").get(0).get("code").asText()).isEqualTo("CHN");
            assertThat(p0.get("recipient").get(0).get("code").asText()).isEqualTo("LTU");
            assertThat(p0.get("date").asText()).isEqualTo("2024-03-02");
            assertThat(p0.get("num_mentions").asInt()).isEqualTo(3);
            assertThat(p0.get("mentions")).hasSize(3);
            assertThat(p0.get("mentions").findValuesAsText("id")).containsExactlyInAnyOrder("b1#1", "b2#1", "b3#1");
        }
    }

    @Test
    void anIngestThatFailsLeavesAStoreTheNextIngestCompletes() throws IOException {
        Path in = write("s.jsonl", SANCTIONS);
        Path db = dir.resolve("t.duckdb");
        try (EventStore s = EventStore.open(db)) {
            int[] seen = {0};
            assertThatThrownBy(() -> Ingest.run(s, List.of(in.toString()), InputStream.nullInputStream(), pipeline,
                    new Ingest.Options(1, 2, CorpusFormat.AUTO, false), new Ingest.Listener() {
                        @Override
                        public void analyzed(org.tawazun.pipeline.AnalyzedDocument doc, boolean stored) {
                            if (++seen[0] == 4) throw new IllegalStateException("disk full");
                        }
                    })).isInstanceOf(StoreException.class).hasMessageContaining("disk full");
            assertThat(s.count("SELECT count(*) FROM articles")).isEqualTo(2); // the first batch of two was committed
            Ingest.Summary r = ingest(s, in.toString());
            assertThat(r.known()).isEqualTo(2);
            assertThat(r.stored()).isEqualTo(3);
            assertThat(s.count("SELECT count(*) FROM articles")).isEqualTo(5);
        }
    }

    @Test
    void writingABatchIsAllOrNothing() {
        Path db = dir.resolve("t.duckdb");
        try (EventStore s = EventStore.open(db)) {
            ArticleRecord good = ArticleRecord.of(Hashing.contentHash("China imposed sanctions on Lithuania."),
                    pipeline.process(org.tawazun.model.Document.of("x", "China imposed sanctions on Lithuania.")));
            s.write(List.of(good), List.of(new Input.Failure("f", "f: broken")), java.time.LocalDateTime.now());
            // the same article again violates the primary key: nothing of this batch may remain
            assertThatThrownBy(() -> s.write(List.of(good), List.of(new Input.Failure("g", "g: broken")), java.time.LocalDateTime.now()))
                    .isInstanceOf(StoreException.class);
            assertThat(s.count("SELECT count(*) FROM articles")).isEqualTo(1);
            assertThat(s.count("SELECT count(*) FROM errors")).isEqualTo(1);
            assertThat(s.count("SELECT count(*) FROM mentions")).isEqualTo(good.mentions().size());
        }
    }
}
