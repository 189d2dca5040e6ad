package org.tawazun.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputTest {
    @TempDir
    Path dir;

    private List<Input.Outcome> read(Path p, Format f) {
        List<Input.Outcome> out = new ArrayList<>();
        Input.read(p.toString(), f, new ByteArrayInputStream(new byte[0]), out::add);
        return out;
    }

    @Test
    void decodesUtf8Utf16AndWindows1256() throws Exception {
        String text = "أرسلت كوريا الشمالية جنودا";
        Path a = Files.write(dir.resolve("a.txt"), text.getBytes(StandardCharsets.UTF_8));
        Path b = Files.write(dir.resolve("b.txt"), concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
        Path c = Files.write(dir.resolve("c.txt"), concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Path d = Files.write(dir.resolve("d.txt"), text.getBytes(Charset.forName("windows-1256")));
        for (Path p : List.of(a, b, c, d)) {
            List<Input.Outcome> o = read(p, Format.AUTO);
            assertThat(o).singleElement().isInstanceOfSatisfying(Input.Success.class,
                    s -> assertThat(s.document().text()).isEqualTo(text));
        }
    }

    @Test
    void rejectsEmptyBinaryAndMissingFilesWithAMessageNamingThem() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path bin = Files.write(dir.resolve("image.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        assertThat(read(empty, Format.AUTO)).singleElement().asString().contains("empty.txt").contains("empty");
        assertThat(read(bin, Format.AUTO)).singleElement().asString().contains("image.png").contains("a PNG image, not a text article");
        Path blob = Files.write(dir.resolve("blob.txt"), new byte[]{'a', 'b', 0, 0, 1, 2, 3, (byte) 0xF3, 0, 9, 'x', 0, 0, 0, 7});
        assertThat(read(blob, Format.AUTO)).singleElement().asString().contains("blob.txt").contains("binary");
        assertThat(read(dir.resolve("missing.txt"), Format.AUTO)).singleElement().asString().contains("missing.txt").contains("no such file");
    }

    @Test
    void jsonlBadLinesDoNotStopTheOthers() throws Exception {
        Path f = Files.writeString(dir.resolve("batch.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"text\": \"زار بوتين بكين\", \"date\": \"2024-05-16\", \"lang\": \"ar\"}",
                "{not json",
                "{\"title\": \"no text\"}",
                "{\"text\": \"China and Russia held talks.\"}",
                "{\"text\": \"x\", \"date\": \"yesterday\"}"));
        List<Input.Outcome> o = read(f, Format.AUTO);
        assertThat(o).hasSize(5);
        assertThat(o.get(0)).isInstanceOfSatisfying(Input.Success.class, s -> {
            assertThat(s.document().id()).isEqualTo("a");
            assertThat(s.document().published()).hasToString("2024-05-16");
        });
        assertThat(o.get(1)).asString().contains("batch.jsonl:2").contains("not valid JSON");
        assertThat(o.get(2)).asString().contains("batch.jsonl:3").contains("\"text\"");
        assertThat(o.get(3)).isInstanceOfSatisfying(Input.Success.class, s -> assertThat(s.document().id()).isEqualTo("batch-4"));
        assertThat(o.get(4)).asString().contains("batch.jsonl:5").contains("date");
    }

    @Test
    void htmlPageYieldsTitleDateAndBodyWithoutBoilerplate() throws Exception {
        Path page = Path.of("../examples/iran-gulf-ar.html");
        List<Input.Outcome> o = read(page, Format.AUTO);
        assertThat(o).singleElement().isInstanceOfSatisfying(Input.Success.class, s -> {
            assertThat(s.document().title()).isEqualTo("وزير الخارجية السعودي يستقبل نظيره الإيراني في الرياض");
            assertThat(s.document().published()).hasToString("2025-05-14");
            assertThat(s.document().text()).contains("استقبل وزير الخارجية السعودي").contains("هددت طهران بالرد")
                    .doesNotContain("الرئيسية").doesNotContain("اقرأ أيضا").doesNotContain("فيسبوك").doesNotContain("جميع الحقوق");
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
