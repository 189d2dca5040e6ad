package org.tawazun.bench;

import org.junit.jupiter.api.Test;
import org.tawazun.model.Document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusTest {
    private static final Path EXAMPLES = Path.of("../examples");

    private static Corpus examples() throws IOException {
        return Corpus.of(Corpus.examples(EXAMPLES));
    }

    @Test
    void examplesAreReadLikeTheCliReadsThemWithoutTheReadme() throws IOException {
        List<Document> docs = Corpus.examples(EXAMPLES);
        assertThat(docs).extracting(Document::id)
                .contains("examples/russia-north-korea-ar", "examples/iran-gulf-ar", "examples/korea-drills-en")
                .noneMatch(id -> id.contains("README"));
        assertThat(docs).allSatisfy(d -> assertThat(d.lang()).isIn("ar", "en"));
        // the HTML page is read as its article text, not its markup
        Document html = docs.stream().filter(d -> d.id().equals("examples/iran-gulf-ar")).findFirst().orElseThrow();
        assertThat(html.text()).doesNotContain("<div").doesNotContain("<nav");
    }

    @Test
    void sameSeedSameCorpusOtherSeedOtherOrder() throws IOException {
        Corpus c = examples();
        List<Document> a = c.repeated("all", 50_000, 7);
        List<Document> b = c.repeated("all", 50_000, 7);
        List<Document> other = c.repeated("all", 50_000, 8);
        assertThat(Corpus.fingerprint(a)).isEqualTo(Corpus.fingerprint(b));
        assertThat(Corpus.fingerprint(other)).isNotEqualTo(Corpus.fingerprint(a));
        assertThat(Corpus.bytes(other)).isEqualTo(Corpus.bytes(a));
    }

    @Test
    void repeatedReachesTheSizeInWholeShuffledCopies() throws IOException {
        Corpus c = examples();
        List<Document> base = c.base("all");
        long baseBytes = Corpus.bytes(base);
        List<Document> docs = c.repeated("all", 3 * baseBytes + 1, 1);
        assertThat(Corpus.bytes(docs)).isGreaterThanOrEqualTo(3 * baseBytes + 1).isEqualTo(4 * baseBytes);
        assertThat(docs).hasSize(4 * base.size());
        // every copy holds each base document once
        for (int copy = 0; copy < 4; copy++) {
            Set<String> texts = new HashSet<>();
            for (Document d : docs.subList(copy * base.size(), (copy + 1) * base.size())) texts.add(d.id().replaceAll("~\\d+$", ""));
            assertThat(texts).hasSize(base.size());
        }
    }

    @Test
    void languageFilterAndSample() throws IOException {
        Corpus c = examples();
        assertThat(c.base("ar")).isNotEmpty().allSatisfy(d -> assertThat(d.lang()).isEqualTo("ar"));
        List<Document> s = c.sample("ar", 1000, 3);
        assertThat(Corpus.chars(s)).isGreaterThanOrEqualTo(1000);
        assertThat(Corpus.chars(s.subList(0, s.size() - 1))).isLessThan(1000);
        assertThat(Corpus.fingerprint(c.sample("ar", 1000, 3))).isEqualTo(Corpus.fingerprint(s));
    }

    @Test
    void utf8LengthMatchesTheEncoder() {
        for (String s : List.of("", "abc", "\u0631\u0648\u0633\u064a\u0627", "mixed \u0639\u0631\u0628\u064a \u20ac \uD83D\uDE00 end")) {
            assertThat(Corpus.utf8Length(s)).isEqualTo(s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }
}
