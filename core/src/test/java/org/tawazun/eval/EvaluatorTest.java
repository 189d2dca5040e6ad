package org.tawazun.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawazun.pipeline.Pipelines;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The three gold formats on tiny hand-made files, run through the real pipeline. */
class EvaluatorTest {
    @TempDir
    Path dir;

    private final Evaluator ev = new Evaluator(Pipelines.standard());

    @Test
    void detectsFormatsByContent() throws Exception {
        assertThat(GoldFormat.detect(Files.writeString(dir.resolve("a.txt"), "{\"text\": \"x\", \"events\": []}\n"))).isEqualTo(GoldFormat.DOCUMENT);
        assertThat(GoldFormat.detect(Files.writeString(dir.resolve("b.txt"), "id,event_type,label,accept,reject,total,text\n"))).isEqualTo(GoldFormat.SENTENCE_DETECTION);
        assertThat(GoldFormat.detect(Files.writeString(dir.resolve("c.txt"), "[{\"spans\": [], \"event_type\": \"ASSAULT\"}]"))).isEqualTo(GoldFormat.ACTOR_SPANS);
        assertThat(GoldFormat.detect(Files.writeString(dir.resolve("d.txt"), "[{\"event\": \"AGREE\", \"source\": [], \"text\": \"\"}]"))).isEqualTo(GoldFormat.PLOVER_RECORDS);
    }

    @Test
    void sentenceDetection() throws Exception {
        Path csv = Files.writeString(dir.resolve("assault_dev.csv"), String.join("\n",
                "id,event_type,label,accept,reject,total,text",
                "s1,ASSAULT,yes,3,0,3,قصفت إسرائيل جنوب لبنان.",
                "s2,ASSAULT,easy no,0,3,3,\"زار الوفد القاهرة، وعاد.\"",
                "s3,ASSAULT,ambiguous,1,1,2,هاجم الصحفيون القرار.",
                "s4,ASSAULT,yes,3,0,3,سقط المطر أمس.",
                "s5,ASSAULT,difficult no,2,2,4,قصفت تركيا مواقع في شمال العراق."), StandardCharsets.UTF_8);
        EvalReport.Section s = ev.evaluate(csv);
        Scores sc = s.rows.get(0).scores();
        assertThat(sc.correct).isEqualTo(1);
        assertThat(sc.claims).isEqualTo(2);
        assertThat(sc.required).isEqualTo(2);
        assertThat(s.summary).contains("1 ambiguous skipped");
        // the second row leaves out the sentences the annotators split on
        Scores unanimous = s.rows.get(1).scores();
        assertThat(s.rows.get(1).label()).isEqualTo("ASSAULT detection, unanimous only");
        assertThat(unanimous.claims).isEqualTo(1);
        assertThat(unanimous.required).isEqualTo(2);
    }

    @Test
    void actorSpansUseTheAnnotatorsMajority() throws Exception {
        Path json = Files.writeString(dir.resolve("spans.json"), """
                [{"source": "x1", "text": "قصفت إسرائيل لبنان.", "event_type": "ASSAULT",
                  "spans": [{"source_role": {"main": "ISR", "role": "MIL"}, "target_role": {"main": "LBN", "role": "None"}},
                            {"source_role": {"main": "ISR", "role": "None"}, "target_role": {"main": "None", "role": "None"}},
                            {"source_role": "UNKNOWN", "target_role": {"main": "LBN", "role": "None"}}]}]""", StandardCharsets.UTF_8);
        EvalReport.Section s = ev.evaluate(json);
        assertThat(s.rows).extracting(r -> r.scores().found + "/" + r.scores().required).containsExactly("1/1", "1/1", "2/2");
    }

    @Test
    void actorSpanFilesArePooledRoleByRole() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), """
                [{"source": "a1", "text": "قصفت إسرائيل لبنان.", "event_type": "ASSAULT",
                  "spans": [{"source_role": {"main": "ISR", "role": "MIL"}, "target_role": {"main": "LBN", "role": "None"}}]}]""",
                StandardCharsets.UTF_8);
        Path p = Files.writeString(dir.resolve("p.json"), """
                [{"source": "p1", "text": "تظاهر مئات الطلاب في القاهرة احتجاجا على زيارة الرئيس الأمريكي.", "event_type": "PROTEST",
                  "spans": [{"source_role": {"main": "EGY", "role": "EDU"}, "target_role": {"main": "FRA", "role": "None"}}]}]""",
                StandardCharsets.UTF_8);
        EvalReport report = new EvalReport();
        report.sections.add(ev.evaluate(a));
        report.addPooledActorSpans(); // one file: nothing to pool
        assertThat(report.sections).hasSize(1);
        report.sections.add(ev.evaluate(p));
        report.addPooledActorSpans();
        assertThat(report.sections).hasSize(3);
        EvalReport.Section all = report.sections.get(2);
        assertThat(all.gold).contains("a.json").contains("p.json");
        // source 2/2, target 1/2 (the protest is against the USA, not France), both 3/4
        assertThat(all.rows).extracting(r -> r.scores().found + "/" + r.scores().required).containsExactly("2/2", "1/2", "3/4");
    }

    @Test
    void ploverRecordsMapOlderLabels() throws Exception {
        Path json = Files.writeString(dir.resolve("plover.json"), """
                [{"id": "p1", "event": "DISAPPROVE", "text": "Egypt condemned Israel on Monday.",
                  "source": [{"actorText": "Egypt", "code": "EGY"}], "target": [{"actorText": "Israel", "code": "ISR"}]}]""",
                StandardCharsets.UTF_8);
        EvalReport.Section s = ev.evaluate(json);
        assertThat(s.rows.get(0).label()).isEqualTo("overall: type accuracy");
        assertThat(s.rows.get(0).scores().found).isEqualTo(1);
        assertThat(s.rows.get(1).scores().found).isEqualTo(1);
    }
}
