package org.tawazun.store;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Builders for test inputs: web archives written with jwarc, feeds, HTML pages. */
public final class TestFiles {
    private TestFiles() {
    }

    /** A news page whose article is {@code body}. */
    public static String page(String title, String date, String body) {
        return "<!doctype html><html lang=\"ar\"><head><title>" + title + "</title>"
                + (date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "T08:00:00Z\">")
                + "</head><body><nav><a href=\"/\">الرئيسية</a></nav><article><h1>" + title + "</h1><p>" + body
                + "</p></article><footer>جميع الحقوق محفوظة</footer></body></html>";
    }

    /** One captured HTTP response. */
    public record Capture(String url, int status, String contentType, byte[] body, String extraHeaders) {
        public Capture(String url, int status, String contentType, byte[] body) {
            this(url, status, contentType, body, "");
        }

        public static Capture html(String url, String html) {
            return new Capture(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }

        /** An HTML page sent gzip-compressed (Content-Encoding: gzip), as many servers do. */
        public static Capture gzipped(String url, String html) throws IOException {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(b)) {
                g.write(html.getBytes(StandardCharsets.UTF_8));
            }
            return new Capture(url, 200, "text/html; charset=utf-8", b.toByteArray(), "Content-Encoding: gzip\r\n");
        }
    }

    /** Writes a WARC (gzip when the name ends in .gz) with a request record before each response, as crawlers do. */
    public static void warc(Path file, Capture... captures) throws IOException {
        WarcCompression comp = file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter w = new WarcWriter(ch, comp)) {
            for (Capture c : captures) {
                String req = "GET " + URI.create(c.url()).getPath() + " HTTP/1.1\r\nHost: " + URI.create(c.url()).getHost() + "\r\n\r\n";
                w.write(new WarcRequest.Builder(c.url()).date(Instant.parse("2024-06-20T10:00:00Z"))
                        .body(MediaType.HTTP_REQUEST, req.getBytes(StandardCharsets.US_ASCII)).build());
                byte[] head = ("HTTP/1.1 " + c.status() + " X\r\nContent-Type: " + c.contentType() + "\r\n" + c.extraHeaders() + "Content-Length: "
                        + c.body().length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                byte[] all = new byte[head.length + c.body().length];
                System.arraycopy(head, 0, all, 0, head.length);
                System.arraycopy(c.body(), 0, all, head.length, c.body().length);
                w.write(new WarcResponse.Builder(c.url()).date(Instant.parse("2024-06-20T10:00:01Z"))
                        .body(MediaType.HTTP_RESPONSE, all).build());
            }
        }
    }

    /** An RSS 2.0 feed; each item is {title, link, date (RFC 822), HTML description}. */
    public static String rss(String lang, String[]... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Feed</title><link>https://news.example/</link>"
                + "<description>test</description><language>" + lang + "</language>\n");
        for (String[] i : items) {
            sb.append("<item><title>").append(i[0]).append("</title><link>").append(i[1]).append("</link><pubDate>").append(i[2])
                    .append("</pubDate><description><![CDATA[").append(i[3]).append("]]></description></item>\n");
        }
        return sb.append("</channel></rss>\n").toString();
    }
}
