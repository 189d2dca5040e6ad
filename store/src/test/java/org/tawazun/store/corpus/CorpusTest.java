package org.tawazun.store.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawazun.ingest.Input;
import org.tawazun.model.Document;
import org.tawazun.store.TestFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusTest {
    @TempDir
    Path dir;

    record Read(List<Document> docs, List<Input.Failure> failures, long skipped, long bytes) {
        List<String> ids() {
            return docs.stream().map(Document::id).toList();
        }
    }

    Read read(CorpusFormat format, InputStream stdin, String... paths) {
        List<Document> docs = new ArrayList<>();
        List<Input.Failure> failures = new ArrayList<>();
        long[] bytes = {0};
        Corpus c = new Corpus(format, stdin, n -> bytes[0] += n);
        for (String p : Corpus.expand(List.of(paths), failures::add)) {
            c.read(p, o -> {
                if (o instanceof Input.Success s) docs.add(s.document());
                else failures.add((Input.Failure) o);
            });
        }
        return new Read(docs, failures, c.skippedRecords(), bytes[0]);
    }

    Read read(String... paths) {
        return read(CorpusFormat.AUTO, InputStream.nullInputStream(), paths);
    }

    @Test
    void formatsByNameAndByContent() {
        assertThat(CorpusFormat.byName("CC-NEWS-2024.warc.gz")).isEqualTo(CorpusFormat.WARC);
        assertThat(CorpusFormat.byName("feed.atom")).isEqualTo(CorpusFormat.RSS);
        assertThat(CorpusFormat.byName("a.jsonl.gz")).isEqualTo(CorpusFormat.JSONL);
        assertThat(CorpusFormat.byName("page.htm")).isEqualTo(CorpusFormat.HTML);
        assertThat(CorpusFormat.byName("feed.xml")).isEqualTo(CorpusFormat.AUTO);
        byte[] warc = "WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(CorpusFormat.sniff(warc, warc.length)).isEqualTo(CorpusFormat.WARC);
        byte[] atom = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes(StandardCharsets.UTF_8);
        assertThat(CorpusFormat.sniff(atom, atom.length)).isEqualTo(CorpusFormat.RSS);
        byte[] html = "<!doctype html><html>".getBytes(StandardCharsets.UTF_8);
        assertThat(CorpusFormat.sniff(html, html.length)).isEqualTo(CorpusFormat.AUTO);
    }

    @Test
    void foldersAreReadRecursivelyAndGlobsExpandSkippingHiddenFilesAndNotes() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/one.txt"), "فرضت الصين عقوبات على ليتوانيا.");
        Files.writeString(dir.resolve("a/b/two.txt"), "China imposed sanctions on Lithuania.");
        Files.writeString(dir.resolve("a/b/three.md"), "Japan signed an agreement with India.");
        Files.writeString(dir.resolve("a/.hidden.txt"), "not read");
        List<Input.Failure> f = new ArrayList<>();
        // a folder walk leaves out notes such as README.md; named, a .md file is read
        assertThat(Corpus.expand(List.of(dir.resolve("a").toString()), f::add))
                .containsExactly(dir.resolve("a/b/two.txt").toString(), dir.resolve("a/one.txt").toString());
        assertThat(Corpus.expand(List.of(dir.resolve("a/b/three.md").toString()), f::add))
                .containsExactly(dir.resolve("a/b/three.md").toString());
        assertThat(Corpus.expand(List.of(dir + "/a/**.txt"), f::add))
                .containsExactly(dir.resolve("a/b/two.txt").toString(), dir.resolve("a/one.txt").toString());
        assertThat(Corpus.expand(List.of(dir + "/a/*.txt"), f::add)).containsExactly(dir.resolve("a/one.txt").toString());
        assertThat(f).isEmpty();
        assertThat(Corpus.expand(List.of(dir + "/a/*.pdf", dir + "/nothing.txt"), f::add)).isEmpty();
        assertThat(f).extracting(Input.Failure::message).containsExactly(dir + "/a/*.pdf: no files match this pattern",
                dir + "/nothing.txt: no such file or folder");
    }

    @Test
    void jsonLinesAreStreamedWithNewsPleaseFieldsAndLineNumbersInErrors() throws IOException {
        Path p = dir.resolve("crawl.jsonl.gz");
        String lines = "{\"maintext\": \"فرضت الصين عقوبات على ليتوانيا.\", \"date_publish\": \"2024-03-02 10:00:00\", "
                + "\"language\": \"ar\", \"url\": \"https://www.aljazeera.net/news/1\", \"title\": \"عقوبات\"}\n"
                + "{not json\n\n{\"id\": \"x\", \"text\": \"\"}\n{\"id\": \"big\", \"text\": \"" + "ا ".repeat(Corpus.MAX_CHARS) + "\"}\n";
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(p))) {
            gz.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        Read r = read(p.toString());
        assertThat(r.docs()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("crawl-1");
            assertThat(d.lang()).isEqualTo("ar");
            assertThat(d.published()).hasToString("2024-03-02");
            assertThat(d.url()).isEqualTo("https://www.aljazeera.net/news/1");
        });
        assertThat(r.failures()).extracting(Input.Failure::input).containsExactly(p + ":2", p + ":4", p + ":5");
        assertThat(r.failures().get(0).message()).contains("not valid JSON");
        assertThat(r.failures().get(1).message()).contains("empty");
        assertThat(r.failures().get(2).message()).contains("too large").contains("1000000");
        assertThat(r.bytes()).isEqualTo(Files.size(p));
    }

    @Test
    void aJsonFileMayHoldOneRecordOrAnArray() throws IOException {
        Files.writeString(dir.resolve("one.json"), "{\n  \"title\": \"t\",\n  \"maintext\": \"China imposed sanctions on Lithuania.\",\n  \"url\": \"https://e.com/1\"\n}\n");
        Files.writeString(dir.resolve("many.json"), "[{\"id\": \"p\", \"text\": \"A.\"}, {\"text\": \"B.\"}, {\"title\": \"no text\"}]");
        Read r = read(dir.resolve("one.json").toString(), dir.resolve("many.json").toString());
        assertThat(r.ids()).containsExactly("one", "p", "many-2");
        assertThat(r.failures()).extracting(Input.Failure::input).containsExactly(dir.resolve("many.json") + "[3]");
    }

    @Test
    void feedItemsBecomeDocumentsWithTheirLinksAndDates() throws IOException {
        Path feed = dir.resolve("news.xml");
        Files.writeString(feed, TestFiles.rss("ar-SA",
                new String[]{"عقوبات صينية", "https://www.example.com/a", "Sat, 02 Mar 2024 10:00:00 GMT", "<p>فرضت الصين عقوبات على ليتوانيا.</p>"},
                new String[]{"خبر بلا نص", "https://www.example.com/b", "Sun, 03 Mar 2024 10:00:00 GMT", ""}));
        Read r = read(feed.toString());
        assertThat(r.docs()).hasSize(2);
        Document a = r.docs().get(0);
        assertThat(a.id()).isEqualTo("https://www.example.com/a");
        assertThat(a.text()).isEqualTo("عقوبات صينية\n\nفرضت الصين عقوبات على ليتوانيا.");
        assertThat(a.published()).hasToString("2024-03-02");
        assertThat(a.lang()).isEqualTo("ar");
        assertThat(r.docs().get(1).text()).isEqualTo("خبر بلا نص");
        Path atom = dir.resolve("feed.atom");
        Files.writeString(atom, "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title>"
                + "<id>urn:x</id><updated>2024-03-02T00:00:00Z</updated><entry><title>Sanctions</title><id>urn:1</id>"
                + "<link href=\"https://e.org/1\"/><updated>2024-03-02T12:00:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;China imposed sanctions on Lithuania.&lt;/p&gt;</content></entry></feed>");
        Read b = read(atom.toString());
        assertThat(b.docs()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Sanctions\n\nChina imposed sanctions on Lithuania.");
            assertThat(d.url()).isEqualTo("https://e.org/1");
        });
        Files.writeString(dir.resolve("broken.rss"), "<rss><channel><item><title>x</title></item>");
        assertThat(read(dir.resolve("broken.rss").toString()).failures()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("broken.rss: not a valid RSS or Atom feed"));
    }

    @Test
    void webArchivesGiveTheirHtmlPagesAndSkipTheRest() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        TestFiles.warc(warc,
                TestFiles.Capture.html("https://www.aljazeera.net/news/1", TestFiles.page("عقوبات", "2024-03-02", "فرضت الصين عقوبات على ليتوانيا.")),
                new TestFiles.Capture("https://www.aljazeera.net/logo.png", 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}),
                new TestFiles.Capture("https://www.aljazeera.net/gone", 404, "text/html", "<html>not found</html>".getBytes(StandardCharsets.UTF_8)),
                TestFiles.Capture.html("https://www.bbc.com/news/2", "<html><body><nav>menu</nav></body></html>"),
                new TestFiles.Capture("https://www.example.com/cp1256", 200, "text/html; charset=windows-1256",
                        TestFiles.page("t", null, "فرضت الولايات المتحدة عقوبات على إيران.").getBytes(java.nio.charset.Charset.forName("windows-1256"))),
                TestFiles.Capture.gzipped("https://www.example.com/gz", TestFiles.page("g", null, "وقعت اليابان اتفاقية مع الهند.")));
        Read r = read(warc.toString());
        assertThat(r.ids()).containsExactly("https://www.aljazeera.net/news/1", "https://www.example.com/cp1256", "https://www.example.com/gz");
        assertThat(r.docs().get(2).text()).contains("وقعت اليابان اتفاقية مع الهند.");
        assertThat(r.docs().get(0).text()).contains("فرضت الصين عقوبات على ليتوانيا.");
        assertThat(r.docs().get(0).published()).hasToString("2024-03-02");
        assertThat(r.docs().get(1).text()).contains("فرضت الولايات المتحدة عقوبات على إيران.");
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.input()).isEqualTo(warc + "#8");
            assertThat(f.message()).contains("https://www.bbc.com/news/2").contains("no article text");
        });
    }

    @Test
    void aTruncatedArchiveKeepsWhatCameBeforeTheBreak() throws IOException {
        Path warc = dir.resolve("full.warc");
        TestFiles.warc(warc, TestFiles.Capture.html("https://a.example/1", TestFiles.page("a", null, "China imposed sanctions on Lithuania.")),
                TestFiles.Capture.html("https://a.example/2", TestFiles.page("b", null, "Japan signed an agreement with India.")));
        byte[] all = Files.readAllBytes(warc);
        Path cut = dir.resolve("cut.warc");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length - 200));
        Read r = read(cut.toString());
        assertThat(r.ids()).containsExactly("https://a.example/1");
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.message()).contains("cut.warc").contains("record"));
    }

    @Test
    void standardInputIsSniffed() throws IOException {
        String jsonl = "{\"id\": \"s1\", \"text\": \"China imposed sanctions on Lithuania.\"}\n{\"id\": \"s2\", \"text\": \"Japan signed an agreement with India.\"}\n";
        assertThat(read(CorpusFormat.AUTO, new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "-").ids()).containsExactly("s1", "s2");
        Path warc = dir.resolve("in.warc.gz");
        TestFiles.warc(warc, TestFiles.Capture.html("https://a.example/1", TestFiles.page("a", null, "China imposed sanctions on Lithuania.")));
        assertThat(read(CorpusFormat.AUTO, Files.newInputStream(warc), "-").ids()).containsExactly("https://a.example/1");
        assertThat(read(CorpusFormat.AUTO, new ByteArrayInputStream("plain text article".getBytes(StandardCharsets.UTF_8)), "-").ids())
                .containsExactly("stdin");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write(jsonl.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(CorpusFormat.AUTO, new ByteArrayInputStream(gz.toByteArray()), "-").ids()).containsExactly("s1", "s2");
    }

    @Test
    void textAndHtmlGoThroughCoreWithItsChecks() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "China imposed sanctions on Lithuania.");
        Files.writeString(dir.resolve("b.html"), TestFiles.page("عنوان", "2024-01-05", "فرضت الصين عقوبات على ليتوانيا."));
        Files.write(dir.resolve("c.txt"), new byte[0]);
        Files.write(dir.resolve("d.bin"), new byte[]{1, 2, 0, 4});
        Read r = read(dir.toString());
        assertThat(r.ids()).containsExactly("a", "b");
        assertThat(r.docs().get(1).published()).hasToString("2024-01-05");
        assertThat(r.failures()).extracting(Input.Failure::input).containsExactly(dir.resolve("c.txt").toString(), dir.resolve("d.bin").toString());
    }
}
