package org.tawazun.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawazun.app.CliTest.run;

/** The relations commands on the examples' events (tawazun run's output), end to end. */
class RelationsCliTest {
    @TempDir
    static Path dir;
    static String events;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void runTheExamples() {
        Path out = dir.resolve("events.jsonl");
        CliTest.Run r = run("run", "../examples/", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        events = out.toString();
    }

    static JsonNode json(CliTest.Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    static JsonNode row(JsonNode rows, String actor, String recipient) {
        for (JsonNode n : rows) if (n.path("actor").asText().equals(actor) && n.path("recipient").asText().equals(recipient)) return n;
        throw new AssertionError("no row " + actor + " -> " + recipient + " in " + rows);
    }

    @Test
    void relationsOfNorthKoreaAsJson() throws Exception {
        JsonNode rows = json(run("relations", "--events", events, "--actor", "PRK", "--format", "json"));
        assertThat(rows.isArray()).isTrue();
        JsonNode prkRus = row(rows, "PRK", "RUS");
        assertThat(prkRus.path("sign").asInt()).isEqualTo(1);
        assertThat(prkRus.path("symmetric").path("sign").asInt()).isEqualTo(1);
        assertThat(prkRus.path("events").asInt()).isPositive();
        assertThat(prkRus.path("score").isNumber()).isTrue();
        assertThat(prkRus.path("window").path("label").asText()).isEqualTo("all");
        JsonNode prkChn = row(rows, "PRK", "CHN");
        assertThat(prkChn.path("symmetric").path("sign").asInt()).isEqualTo(-1);
        assertThat(prkChn.path("symmetric").path("mixed").asBoolean()).isTrue();
        // both directions of every pair are listed, the actor first
        assertThat(rows.size() % 2).isZero();
        for (JsonNode n : rows) assertThat(n.path("actor").asText().equals("PRK") || n.path("recipient").asText().equals("PRK")).isTrue();
    }

    @Test
    void relationsTable() {
        CliTest.Run r = run("relations", "--events", events, "--actor", "CHN");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("window").contains("CHN     KOR").contains("CHN     JPN");
    }

    @Test
    void seriesOfAPairNeedsBothActors() throws Exception {
        assertThat(run("relations", "--events", events, "--series", "month").code()).isEqualTo(Main.USAGE);
        JsonNode s = json(run("relations", "--events", events, "--actor", "RUS", "--recipient", "PRK", "--series", "month", "--format", "json"));
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.get(0).path("series").get(0).path("period").asText()).isEqualTo("2024-06"); // Putin's visit
    }

    @Test
    void balanceOfTheSixAsJson() throws Exception {
        JsonNode ws = json(run("balance", "--events", events, "--actors", "CHN,RUS,PRK,KOR,JPN,USA", "--format", "json"));
        assertThat(ws.size()).isEqualTo(1);
        JsonNode w = ws.get(0);
        assertThat(w.path("frustration").path("index").asInt()).isZero();
        assertThat(w.path("blocs").path("k").asInt()).isEqualTo(2);
        assertThat(w.path("edges").findValuesAsText("a")).contains("CHN", "PRK");
        assertThat(w.has("summary")).isTrue();
        assertThat(w.has("triads")).isTrue();
        assertThat(w.has("changes")).isTrue();
    }

    @Test
    void balanceTableAndWindows() {
        CliTest.Run r = run("balance", "--events", events);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("frustration index").contains("blocs");
        CliTest.Run w = run("balance", "--events", events, "--window", "90d");
        assertThat(w.code()).as(w.err()).isZero();
        assertThat(w.err()).contains("without a date");
    }

    @Test
    void shiftsAreListedOrTheReasonWhyNot() throws Exception {
        CliTest.Run r = run("shifts", "--events", events);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("no shift");
        assertThat(json(run("shifts", "--events", events, "--format", "json")).isArray()).isTrue();
    }

    @Test
    void graphExportWritesGraphmlAndGexf() throws Exception {
        Path g = dir.resolve("g.graphml");
        CliTest.Run r = run("graph-export", "--events", events, "--out", g.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(g, StandardCharsets.UTF_8)).contains("<graphml").contains("source=\"PRK\"");
        Path x = dir.resolve("g.gexf");
        assertThat(run("graph-export", "--events", events, "--format", "gexf", "--out", x.toString(), "--symmetric").code()).isZero();
        assertThat(Files.readString(x, StandardCharsets.UTF_8)).contains("<gexf").contains("undirected");
    }

    @Test
    void withoutEventsTheStoreIsNamedAndTheWayOutGiven() {
        CliTest.Run r = run("relations", "--actor", "PRK", "--db", dir.resolve("none.duckdb").toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("none.duckdb").contains("--events");
    }

    @Test
    void badLinesAreReportedAndTheRestIsRead() throws Exception {
        Path f = dir.resolve("mixed.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of(events)));
        lines.add(1, "{not json");
        Files.write(f, lines);
        CliTest.Run r = run("relations", "--events", f.toString(), "--actor", "PRK", "--format", "json");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines()).singleElement().asString().contains("mixed.jsonl:2");
        assertThat(r.out()).contains("\"recipient\" : \"RUS\"");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("relations", "--events", events, "--window", "ten").code()).isEqualTo(Main.USAGE);
        assertThat(run("relations", "--events", events, "--since", "2024-13-01").code()).isEqualTo(Main.USAGE);
        assertThat(run("relations", "--events", events, "--since", "2024-06-01", "--until", "2024-01-01").code()).isEqualTo(Main.USAGE);
        assertThat(run("balance", "--events", events, "--format", "xml").code()).isEqualTo(Main.USAGE);
        assertThat(run("shifts", "--events", events, "--z", "0").code()).isEqualTo(Main.USAGE);
        assertThat(run("graph-export", "--events", events).code()).isEqualTo(Main.USAGE);
        // --actors naming no code is a usage error for every command that takes it
        CliTest.Run b = run("balance", "--events", events, "--actors", " , ");
        CliTest.Run g = run("graph-export", "--events", events, "--actors", " , ", "--out", dir.resolve("none.graphml").toString());
        for (CliTest.Run r : List.of(b, g)) {
            assertThat(r.code()).isEqualTo(Main.USAGE);
            assertThat(r.err()).contains("--actors needs at least one actor code");
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[]{"relations", "balance", "shifts", "graph-export"}) {
            CliTest.Run r = run(c, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: tawazun " + c).contains("--events").contains("--db");
        }
    }
}
