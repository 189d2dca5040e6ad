package org.tawazun.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** analyze --output mentions, and the --actors / --agents dictionaries every pipeline command takes. */
class LexiconOptionsTest {
    @TempDir
    Path dir;

    @Test
    void mentionsAreJsonLinesWithTheDocumentedFields() throws Exception {
        CliTest.Run r = CliTest.run("analyze", "../examples/russia-north-korea-ar.txt", "--output", "mentions", "--format", "jsonl");
        assertThat(r.code()).as(r.err()).isZero();
        ObjectMapper om = new ObjectMapper();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).isNotEmpty();
        String raw = Files.readString(Path.of("../examples/russia-north-korea-ar.txt"), StandardCharsets.UTF_8);
        for (String l : lines) {
            JsonNode n = om.readTree(l);
            assertThat(n.fieldNames()).toIterable().startsWith("doc", "text", "start", "end", "country", "sector", "org", "name", "via");
            assertThat(raw.substring(n.get("start").asInt(), n.get("end").asInt())).isEqualTo(n.get("text").asText());
        }
        assertThat(r.out()).contains("\"text\":\"بوتين\"").contains("\"person\":\"putin_vladimir\"").contains("\"via\":\"coref\"");
    }

    @Test
    void mentionsAsATableAndBadOutputValues() {
        CliTest.Run t = CliTest.run("analyze", "../examples/korea-drills-en.txt", "--output", "mentions", "--format", "table");
        assertThat(t.out().lines().findFirst().orElse("")).contains("country").contains("via");
        CliTest.Run bad = CliTest.run("analyze", "../examples/korea-drills-en.txt", "--output", "actors");
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("--output must be events or mentions");
    }

    @Test
    void importedDictionariesReachEveryCommand() throws Exception {
        Path actors = dir.resolve("actors.txt");
        Files.writeString(actors, "ZUBROWKA_  [NZL]\nOLD_EMPIRE_  [USR]\n", StandardCharsets.UTF_8);
        Path agents = dir.resolve("agents.txt");
        Files.writeString(agents, "LIGHTHOUSE_KEEPER [~CVL]\n", StandardCharsets.UTF_8);
        Path doc = dir.resolve("doc.txt");
        Files.writeString(doc, "Zubrowka protested. Norwegian lighthouse keepers protested.", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("analyze", doc.toString(), "--output", "mentions", "--format", "jsonl",
                "--actors", actors.toString(), "--agents", agents.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"country\":\"NZL\"").contains("\"country\":\"NOR\",\"sector\":\"CVL\"");
        assertThat(r.err()).contains("imported").contains("actors.txt").contains("1 lines rejected").contains("USR");
        for (String cmd : new String[]{"explain", "run"}) {
            List<String> args = cmd.equals("run")
                    ? List.of(cmd, doc.toString(), "--out", dir.resolve("o.jsonl").toString(), "--actors", actors.toString())
                    : List.of(cmd, doc.toString(), "--actors", actors.toString());
            CliTest.Run c = CliTest.run(args.toArray(String[]::new));
            assertThat(c.code()).as(cmd + ": " + c.err()).isZero();
            assertThat(c.err()).as(cmd).contains("imported");
        }
        CliTest.Run help = CliTest.run("eval", "--help");
        assertThat(help.out()).contains("--actors").contains("--agents");
    }

    @Test
    void aMissingDictionaryIsBadInput() {
        CliTest.Run r = CliTest.run("analyze", "../examples/korea-drills-en.txt", "--actors", dir.resolve("none.txt").toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("none.txt");
    }
}
