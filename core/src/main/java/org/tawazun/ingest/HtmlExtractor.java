package org.tawazun.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Extracts an article from a news page with jsoup: the headline (og:title, the article's h1, then title), the
 * publication date (article:published_time and similar meta tags, then {@code <time datetime>}), and the body
 * text: the {@code <article>} (or main / largest block of paragraphs) without navigation, header, footer, asides,
 * share and related-article widgets, scripts and forms. Paragraphs become lines.
 */
public final class HtmlExtractor {
    /** The parts of a page Tawazun reads. */
    public record Page(String title, LocalDate published, String body, String lang) {
    }

    private static final String BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, "
            + "figure figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + "[class*=related], [class*=share], [class*=social], [class*=newsletter], [class*=advert], [class*=promo], "
            + "[class*=breadcrumb], [class*=comment], [class*=tags], [id*=related], [id*=share], [id*=comment]";

    private HtmlExtractor() {
    }

    public static Page extract(String html) {
        org.jsoup.nodes.Document d = Jsoup.parse(html);
        String title = firstNonEmpty(meta(d, "og:title"), text(d.selectFirst("article h1")), text(d.selectFirst("h1")), d.title());
        LocalDate date = date(d);
        String lang = d.selectFirst("html") != null ? d.selectFirst("html").attr("lang") : "";
        d.select(BOILERPLATE).remove();
        Element root = d.selectFirst("article");
        if (root == null) root = d.selectFirst("main, [role=main]");
        if (root == null) root = largestParagraphBlock(d);
        if (root == null) root = d.body();
        StringBuilder sb = new StringBuilder();
        Elements blocks = root.select("h1, h2, h3, h4, p, li, blockquote");
        if (blocks.isEmpty()) {
            sb.append(root.wholeText().strip());
        } else {
            for (Element b : blocks) {
                if (b.parents().stream().anyMatch(p -> blocks.contains(p) && p != b)) continue; // nested blocks once
                String t = b.text().strip();
                if (!t.isEmpty()) sb.append(t).append('\n');
            }
        }
        String body = sb.toString().strip();
        if (title != null && !title.isBlank() && !body.startsWith(title)) body = title.strip() + "\n\n" + body;
        return new Page(title, date, body, lang.isBlank() ? null : lang.substring(0, Math.min(2, lang.length())).toLowerCase(java.util.Locale.ROOT));
    }

    private static Element largestParagraphBlock(org.jsoup.nodes.Document d) {
        Element best = null;
        int bestLen = 0;
        for (Element p : d.select("p")) {
            Element parent = p.parent();
            if (parent == null) continue;
            int len = 0;
            for (Element c : parent.children()) if (c.tagName().equals("p")) len += c.text().length();
            if (len > bestLen) {
                bestLen = len;
                best = parent;
            }
        }
        return best;
    }

    private static LocalDate date(org.jsoup.nodes.Document d) {
        for (String m : new String[]{"article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
                "date", "dc.date", "DC.date.issued", "article:modified_time"}) {
            LocalDate v = parse(meta(d, m));
            if (v != null) return v;
        }
        Element t = d.selectFirst("time[datetime]");
        if (t != null) return parse(t.attr("datetime"));
        return null;
    }

    private static String meta(org.jsoup.nodes.Document d, String name) {
        Element e = d.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    static LocalDate parse(String s) {
        if (s == null || s.isBlank()) return null;
        s = s.strip();
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            // fall through
        }
        if (s.length() >= 10) {
            try {
                return LocalDate.parse(s.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonEmpty(String... s) {
        for (String x : s) if (x != null && !x.isBlank()) return x.strip();
        return null;
    }
}
