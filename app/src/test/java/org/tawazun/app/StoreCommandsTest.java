package org.tawazun.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The store commands end to end: ingest, events, sources, export, and run's summary from the store. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    static final String BRIEFS = String.join("\n",
            "{\"id\": \"b1\", \"lang\": \"en\", \"date\": \"2024-03-02\", \"url\": \"https://www.reuters.com/b1\", \"text\": \"China imposed sanctions on Lithuania.\"}",
            "{\"id\": \"b2\", \"lang\": \"en\", \"date\": \"2024-03-03\", \"url\": \"https://apnews.com/b2\", \"text\": \"Beijing imposed new sanctions on Lithuania on Saturday.\"}",
            "{\"id\": \"b3\", \"lang\": \"ar\", \"date\": \"2024-03-02\", \"url\": \"https://www.aljazeera.net/b3\", \"text\": \"فرضت الصين عقوبات على ليتوانيا.\"}",
            "{\"id\": \"c1\", \"lang\": \"en\", \"date\": \"2024-05-01\", \"text\": \"Germany sent humanitarian aid to Ukraine.\"}",
            "{broken") + "\n";

    CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    String db() {
        return dir.resolve("t.duckdb").toString();
    }

    @Test
    void ingestQueryTraceAndExport() throws Exception {
        Path in = dir.resolve("briefs.jsonl");
        Files.writeString(in, BRIEFS, StandardCharsets.UTF_8);
        CliTest.Run r = run("ingest", in.toString(), "--db", db());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).contains("briefs.jsonl:5").contains("not valid JSON"));
        assertThat(r.out()).contains("read       4 documents").contains("stored     4 new articles").contains("failed     1 document");

        CliTest.Run again = run("ingest", in.toString(), "--db", db());
        assertThat(again.out()).contains("stored     0 new articles (4 already in the store)");

        CliTest.Run jsonl = run("events", "--db", db(), "--actor", "chn", "--format", "jsonl");
        assertThat(jsonl.code()).as(jsonl.err()).isZero();
        List<String> lines = jsonl.out().lines().toList();
        assertThat(lines).singleElement().satisfies(l -> assertThat(l).contains("\"type\":\"SANCTION\"").contains("\"num_mentions\":3")
                .contains("\"num_sources\":3").contains("\"actor\":[\"CHN\"]").contains("\"recipient\":[\"LTU\"]"));
        String id = lines.get(0).replaceAll("^\\{\"id\":(\\d+),.*$", "$1");

        CliTest.Run table = run("events", "--db", db(), "--format", "table", "--since", "2024-04-01");
        assertThat(table.out().lines()).hasSize(2);
        assertThat(table.out()).contains("AID").contains("DEU").contains("UKR").doesNotContain("SANCTION");
        CliTest.Run csv = run("events", "--db", db(), "--format", "csv", "--lang", "ar");
        assertThat(csv.out().lines()).hasSize(2).first().asString().startsWith("id,date,date_precision,type");

        CliTest.Run sources = run("sources", id, "--db", db(), "--format", "text");
        assertThat(sources.code()).isZero();
        assertThat(sources.out()).contains("b1#1").contains("b2#1").contains("b3#1").contains("https://apnews.com/b2")
                .contains("فرضت الصين عقوبات على ليتوانيا.").contains("pattern ar:sanction.impose");
        assertThat(run("sources", id, "--db", db(), "--format", "jsonl").out().lines()).hasSize(3)
                .allSatisfy(l -> assertThat(l).startsWith("{\"event\":" + id + ","));
        CliTest.Run none = run("sources", "42", "--db", db());
        assertThat(none.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(none.err()).contains("no event with id 42");

        Path gdelt = dir.resolve("out/events.tsv");
        CliTest.Run ex = run("export", "--db", db(), "--format", "gdelt", "--out", gdelt.toString());
        assertThat(ex.code()).as(ex.err()).isZero();
        assertThat(ex.out()).contains("exported 2 events");
        assertThat(Files.readAllLines(gdelt)).hasSize(2).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        Path plover = dir.resolve("out/events.jsonl");
        assertThat(run("export", "--db", db(), "--format", "plover", "--type", "AID", "--out", plover.toString()).out())
                .contains("exported 1 events");
        assertThat(Files.readString(plover)).contains("\"event\":[\"AID\"]");
    }

    @Test
    void runStoresAndSummarizesFromTheStore() throws Exception {
        Path out = dir.resolve("out/events.jsonl");
        CliTest.Run first = run("run", "../examples/", "--out", out.toString(), "--db", db());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("6 new in the store").contains("documents  6").contains("events by type")
                .contains("top actor -> recipient pairs").contains("after deduplication");
        List<String> events = Files.readAllLines(out);
        CliTest.Run second = run("run", "../examples/", "--out", out.toString(), "--db", db());
        assertThat(second.out()).contains("0 new in the store, 6 already there").contains("documents  6");
        assertThat(Files.readAllLines(out)).as("--out still holds every event of the inputs").isEqualTo(events);
    }

    @Test
    void usageErrorsAndHelp() {
        assertThat(run("events", "--db", db(), "--type", "FROBNICATE").code()).isEqualTo(Main.USAGE);
        assertThat(run("events", "--db", db(), "--actor", "R'; DROP TABLE events").code()).isEqualTo(Main.USAGE);
        assertThat(run("export", "--db", db(), "--format", "xml", "--out", "x").code()).isEqualTo(Main.USAGE);
        assertThat(run("ingest", "--db", db(), "--threads", "0", "x").code()).isEqualTo(Main.USAGE);
        assertThat(run("sources", "not-a-number", "--db", db()).code()).isEqualTo(Main.USAGE);
        CliTest.Run missing = run("events", "--db", dir.resolve("nothing.duckdb").toString());
        assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("no event store here");
        assertThat(dir.resolve("nothing.duckdb")).doesNotExist();
        CliTest.Run folder = run("ingest", "x", "--db", dir.toString());
        assertThat(folder.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(folder.err()).contains("is a folder");
        for (String c : new String[]{"ingest", "events", "sources", "export"}) {
            CliTest.Run r = run(c, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: tawazun " + c).contains("--db");
        }
    }
}
