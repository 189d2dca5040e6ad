package org.tawazun.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** News pages written in the shape of real sites: header, navigation, article, widgets, related links, footer. */
class HtmlExtractorTest {
    @TempDir
    Path dir;

    private static String page(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/html/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void englishPageWithAVisibleDateAndABylineInTheText() throws Exception {
        HtmlExtractor.Page p = HtmlExtractor.extract(page("korea-missiles-en.html"));
        assertThat(p.title()).isEqualTo("North Korea fires missiles as allies begin drills");
        assertThat(p.byline()).isEqualTo("Jane Doe and Omar Ali");
        assertThat(p.published()).hasToString("2025-03-10");
        assertThat(p.lang()).isEqualTo("en");
        assertThat(p.body()).startsWith("North Korea fires missiles as allies begin drills\n\nSEOUL, March 10 (Reuters) - North Korea fired")
                .contains("lodged a protest through diplomatic channels")
                .endsWith("according to the U.S. Forces Korea.");
        for (String furniture : List.of("We use cookies", "Business", "Home", "Jane Doe", "Published March", "railway station",
                "Share on", "Read more", "Sign up", "inbox", "Comments", "Reader one", "Most read", "Markets slide",
                "Related stories", "China urges", "All rights reserved", "Missiles")) {
            assertThat(p.body()).as(furniture).doesNotContain(furniture);
        }
    }

    @Test
    void arabicPageInWindows1256WithJsonLd() throws Exception {
        Path f = dir.resolve("sudan-talks-ar.html");
        Files.write(f, page("sudan-talks-ar.html").getBytes(Charset.forName("windows-1256")));
        List<Input.Outcome> out = new ArrayList<>();
        Input.read(f.toString(), Format.AUTO, new ByteArrayInputStream(new byte[0]), out::add);
        assertThat(out).singleElement().isInstanceOfSatisfying(Input.Success.class, s -> {
            assertThat(s.document().title()).isEqualTo("مصر والسودان تبحثان وقف إطلاق النار في الخرطوم");
            assertThat(s.document().published()).hasToString("2024-03-18");
            assertThat(s.document().lang()).isEqualTo("ar");
            assertThat(s.document().text()).contains("القاهرة - (وكالات): استقبل وزير الخارجية المصري")
                    .contains("في 15 رمضان 1445 هـ")
                    .doesNotContain("الرئيسية").doesNotContain("عاجل").doesNotContain("اقرأ أيضا").doesNotContain("واتساب")
                    .doesNotContain("بقلم").doesNotContain("ذات صلة").doesNotContain("جميع الحقوق").doesNotContain("تسجيل الدخول");
        });
        HtmlExtractor.Page p = HtmlExtractor.extract(page("sudan-talks-ar.html"));
        assertThat(p.byline()).isEqualTo("محمد علي, سارة حسن");
    }

    @Test
    void theExamplePage() throws Exception {
        HtmlExtractor.Page p = HtmlExtractor.extract(Files.readString(Path.of("../examples/iran-gulf-ar.html")));
        assertThat(p.title()).isEqualTo("وزير الخارجية السعودي يستقبل نظيره الإيراني في الرياض");
        assertThat(p.published()).hasToString("2025-05-14");
        assertThat(p.byline()).isEqualTo("الرياض - مراسل أخبار المنطقة");
        assertThat(p.body()).doesNotContain("مراسل أخبار المنطقة").doesNotContain("فيسبوك").doesNotContain("اقرأ أيضا");
    }

    /** Visible dates when a page has no meta tags: the first full date in a date-like element or a time element. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <div class='post-date'>الثلاثاء 14 مايو 2025 - 10:30 ص</div><p>نص</p>                | 2025-05-14
            <span class='date'>نشر في: 3 كانون الثاني 2020</span><p>نص</p>                      | 2020-01-03
            <time>14/05/2025</time><p>text</p>                                                   | 2025-05-14
            <p class='article-date'>Published: Tuesday, November 12, 2024</p><p>text</p>         | 2024-11-12
            <div class='meta'>Updated 2 hours ago</div><p>text</p>                              |
            <meta property='article:published_time' content='2024-06-19T08:00:00Z'><p>x</p>    | 2024-06-19
            <meta name='pubdate' content='2023-01-02'><p>x</p>                                  | 2023-01-02
            """)
    void publicationDates(String html, String expected) {
        HtmlExtractor.Page p = HtmlExtractor.extract("<html><head></head><body>" + html.replace('\'', '"') + "</body></html>");
        if (expected == null) assertThat(p.published()).isNull();
        else assertThat(p.published()).hasToString(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            By Jane Doe               | Jane Doe
            بقلم: محمد علي            | محمد علي
            كتب: أحمد سعيد            | أحمد سعيد
            Omar Ali                  | Omar Ali
            """)
    void bylinesLoseTheirLeadIn(String raw, String clean) {
        assertThat(HtmlExtractor.cleanByline(raw)).isEqualTo(clean);
    }
}
