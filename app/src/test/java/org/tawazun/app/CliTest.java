package org.tawazun.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void analyzeTheSeedAsJsonLines() {
        Run r = run("analyze", "../examples/russia-north-korea-ar.txt", "--format", "jsonl");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l).startsWith("{\"doc\":\"russia-north-korea-ar\""));
        assertThat(r.out()).contains("\"type\":\"CONSULT\",\"mode\":\"visit\"").contains("\"date\":\"2024-06\"");
    }

    @Test
    void badInputsAreReportedOneLineEachAndTheRestIsProcessed() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("scan.dat"), new byte[]{(byte) 0xFF, (byte) 0xD8, 0, 0, 16, 'J', 'F', 'I', 'F', 0});
        Files.writeString(dir.resolve("batch.jsonl"), "{\"id\": \"ok\", \"text\": \"فرضت الولايات المتحدة عقوبات على إيران.\"}\n{broken\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("good.txt"), "China imposed sanctions on Lithuania.", StandardCharsets.UTF_8);
        Run r = run("analyze", dir.toString(), dir.resolve("missing.txt").toString(), "--format", "jsonl");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines()).hasSize(4);
        assertThat(r.err()).contains("empty.txt").contains("scan.dat").contains("batch.jsonl:2").contains("missing.txt");
        assertThat(r.out()).contains("\"doc\":\"ok\"").contains("\"doc\":\"good\"");
    }

    @Test
    void runWritesEventsAndPrintsASummary() throws Exception {
        Path out = dir.resolve("out/events.jsonl");
        Run r = run("run", "../examples/", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("documents").contains("events by type").contains("top actor -> recipient pairs");
        assertThat(Files.readAllLines(out)).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("{\"doc\""));
    }

    @Test
    void explainShowsPatternsAndRejections() {
        Run r = run("explain", "../examples/russia-north-korea-ar.txt");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("fired ar:consult.visit").contains("mention").contains("EVENT");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("analyze", "--format", "xml").code()).isEqualTo(Main.USAGE);
        assertThat(run("frobnicate").code()).isEqualTo(Main.USAGE);
        assertThat(run("run").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[]{"analyze", "run", "explain"}) {
            Run r = run(c, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: tawazun " + c);
        }
    }
}
