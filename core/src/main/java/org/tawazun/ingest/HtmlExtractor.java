package org.tawazun.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.tawazun.model.DateMention;
import org.tawazun.text.DateFinder;
import org.tawazun.text.LanguageGuesser;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Extracts an article from a news page with jsoup:
 * <ul>
 *   <li>the headline: og:title, the JSON-LD NewsArticle headline, the article's h1, any h1, then {@code <title>};</li>
 *   <li>the byline: author meta tags, JSON-LD author names, elements marked author or byline (rel, itemprop,
 *       class), without "By"/"بقلم"/"كتب";</li>
 *   <li>the publication date: article:published_time and similar meta tags, JSON-LD datePublished,
 *       {@code <time datetime>}, then a date visible in a date-like element or in the text of a {@code <time>}
 *       (as papers print it: "الثلاثاء 14 مايو 2025", "March 10, 2025", "14/05/2025");</li>
 *   <li>the body: the {@code <article>} (or main / the largest block of paragraphs) without navigation, header,
 *       footer, asides, share, social, related-article, newsletter, comment and tag widgets, bylines, dates,
 *       captions, scripts and forms. Paragraphs become lines.</li>
 * </ul>
 */
public final class HtmlExtractor {
    /** The parts of a page Tawazun reads; {@code byline} and {@code published} may be null. */
    public record Page(String title, LocalDate published, String body, String lang, String byline) {
        /** A page without a byline (the form before bylines were read). */
        public Page(String title, LocalDate published, String body, String lang) {
            this(title, published, body, lang, null);
        }
    }

    private static final String BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, "
            + "figure figcaption, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], "
            + "[class*=related], [class*=share], [class*=social], [class*=newsletter], [class*=advert], [class*=promo], "
            + "[class*=breadcrumb], [class*=comment], [class*=tags], [id*=related], [id*=share], [id*=comment]";

    /** Words of class and id names that mark page furniture (matched as whole parts of names like "more-stories"). */
    private static final Set<String> FURNITURE = Set.of("related", "share", "sharing", "social", "newsletter", "subscribe",
            "subscription", "advert", "advertisement", "ads", "ad", "promo", "breadcrumb", "breadcrumbs", "comments", "comment",
            "tags", "tag", "sidebar", "widget", "recommended", "popular", "trending", "most", "more", "readmore", "read",
            "byline", "author", "authors", "dateline", "date", "time", "timestamp", "published", "caption", "credit",
            "copyright", "cookie", "paywall", "signup", "toolbar", "menu", "topics");

    /** Class/id parts of elements that hold the visible publication date. */
    private static final Set<String> DATE_PARTS = Set.of("date", "time", "timestamp", "published", "publish", "pubdate",
            "posted", "meta", "dateline", "byline", "article-date", "post-date");

    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlExtractor() {
    }

    public static Page extract(String html) {
        org.jsoup.nodes.Document d = Jsoup.parse(html);
        JsonNode ld = jsonLdArticle(d);
        String title = firstNonEmpty(meta(d, "og:title"), ld == null ? null : text(ld.get("headline")),
                text(d.selectFirst("article h1")), text(d.selectFirst("h1")), d.title());
        Element htmlEl = d.selectFirst("html");
        String lang = htmlEl != null ? htmlEl.attr("lang") : "";
        String byline = byline(d, ld);
        LocalDate date = date(d, ld);
        if (date == null) date = visibleDate(d, lang);
        d.select(BOILERPLATE).remove();
        removeFurniture(d);
        Element root = d.selectFirst("article");
        if (root == null) root = d.selectFirst("main, [role=main], [itemprop=articleBody]");
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
                if (!t.isEmpty() && (byline == null || !t.equals(byline))) sb.append(t).append('\n');
            }
        }
        String body = sb.toString().strip();
        if (title != null && !title.isBlank() && !body.startsWith(title)) body = title.strip() + "\n\n" + body;
        return new Page(title, date, body, lang.isBlank() ? null : lang.substring(0, Math.min(2, lang.length())).toLowerCase(Locale.ROOT), byline);
    }

    /** Removes elements whose class or id names page furniture (share-buttons, more-stories, article-date). */
    private static void removeFurniture(org.jsoup.nodes.Document d) {
        List<Element> drop = new ArrayList<>();
        for (Element e : d.body() == null ? new Elements() : d.body().getAllElements()) {
            if (e == d.body() || e.tagName().equals("article") || e.tagName().equals("main")) continue;
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (names.isBlank()) continue;
            for (String part : names.split("[\\s_\\-]+")) {
                if (FURNITURE.contains(part)) {
                    // a container that holds the article's paragraphs is not furniture, whatever its name
                    if (e.select("p").size() < 3) drop.add(e);
                    break;
                }
            }
        }
        for (Element e : drop) e.remove();
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

    // ------------------------------------------------------------------ JSON-LD

    /** The first NewsArticle/Article/BlogPosting object of the page's JSON-LD, or null. */
    private static JsonNode jsonLdArticle(org.jsoup.nodes.Document d) {
        for (Element s : d.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(s.data());
                JsonNode a = findArticle(n, 0);
                if (a != null) return a;
            } catch (Exception e) {
                // a malformed JSON-LD block is ignored: the page still has its meta tags and text
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode n, int depth) {
        if (n == null || depth > 4) return null;
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode a = findArticle(c, depth + 1);
                if (a != null) return a;
            }
            return null;
        }
        if (!n.isObject()) return null;
        JsonNode type = n.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                String ty = t.asText();
                if (ty.endsWith("Article") || ty.equals("BlogPosting") || ty.equals("Report")) return n;
            }
        }
        return findArticle(n.get("@graph"), depth + 1);
    }

    // ------------------------------------------------------------------ byline

    private static String byline(org.jsoup.nodes.Document d, JsonNode ld) {
        if (ld != null && ld.get("author") != null) {
            List<String> names = new ArrayList<>();
            JsonNode a = ld.get("author");
            for (JsonNode x : a.isArray() ? a : List.of(a)) {
                String name = x.isObject() ? text(x.get("name")) : x.asText();
                if (name != null && !name.isBlank() && !name.startsWith("http")) names.add(name.strip());
            }
            if (!names.isEmpty()) return String.join(", ", names);
        }
        String m = meta(d, "author");
        if (m != null && !m.isBlank() && !m.startsWith("http")) return cleanByline(m);
        Element e = d.selectFirst("[rel=author], [itemprop=author], .byline, .author, .author-name, [class*=byline], [class*=author-name]");
        if (e == null) return null;
        String t = cleanByline(e.text());
        return t.isEmpty() || t.length() > 200 ? null : t;
    }

    /** "By Jane Doe and Omar Ali" → "Jane Doe and Omar Ali"; "بقلم: محمد علي" → "محمد علي". */
    static String cleanByline(String s) {
        String t = s.strip();
        for (String p : new String[]{"By ", "by ", "BY ", "بقلم:", "بقلم", "كتب:", "كتبت:", "كتب ", "كتبت ", "إعداد:", "تقرير:"}) {
            if (t.startsWith(p)) {
                t = t.substring(p.length()).strip();
                break;
            }
        }
        return t;
    }

    // ------------------------------------------------------------------ dates

    private static LocalDate date(org.jsoup.nodes.Document d, JsonNode ld) {
        for (String m : new String[]{"article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
                "publish-date", "date", "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date"}) {
            LocalDate v = parse(meta(d, m));
            if (v != null) return v;
        }
        if (ld != null) {
            LocalDate v = parse(text(ld.get("datePublished")));
            if (v != null) return v;
        }
        Element t = d.selectFirst("article time[datetime], time[datetime][pubdate], time[datetime]");
        if (t != null) {
            LocalDate v = parse(t.attr("datetime"));
            if (v != null) return v;
        }
        for (String m : new String[]{"article:modified_time", "dateModified"}) {
            LocalDate v = parse(meta(d, m));
            if (v != null) return v;
        }
        return null;
    }

    /** A full date (day precision) printed in a {@code <time>} or a date-like element: "الثلاثاء 14 مايو 2025". */
    private static LocalDate visibleDate(org.jsoup.nodes.Document d, String pageLang) {
        List<Element> cands = new ArrayList<>(d.select("time"));
        for (Element e : d.body() == null ? new Elements() : d.body().getAllElements()) {
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (names.isBlank()) continue;
            for (String part : names.split("[\\s_]+")) {
                if (DATE_PARTS.contains(part) || part.startsWith("date") || part.endsWith("-date") || part.startsWith("publish")) {
                    cands.add(e);
                    break;
                }
            }
        }
        for (Element e : cands) {
            String t = e.text();
            if (t.isBlank() || t.length() > 300) continue;
            String lang = LanguageGuesser.guess(t);
            if ("und".equals(lang)) lang = pageLang != null && pageLang.startsWith("ar") ? "ar" : "en";
            for (DateMention m : DateFinder.forLang(lang).find(t, null)) {
                if ("day".equals(m.date().precision()) && !m.date().value().startsWith("--")) return LocalDate.parse(m.date().value());
            }
        }
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

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.isTextual() ? n.asText() : null;
    }

    private static String firstNonEmpty(String... s) {
        for (String x : s) if (x != null && !x.isBlank()) return x.strip();
        return null;
    }
}
