package org.tawazun.store.corpus;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.tawazun.ingest.BadInputException;
import org.tawazun.ingest.Decoder;
import org.tawazun.ingest.HtmlExtractor;
import org.tawazun.ingest.Input;
import org.tawazun.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads web archives (WARC, plain or gzip, as Common Crawl's news crawl publishes them) with jwarc: every
 * response record holding an HTML page with status 200 becomes a document, its article extracted by core's
 * {@link HtmlExtractor}; the page's URL is its id. Other records (requests, metadata, redirects, images) are
 * skipped and counted. A record that cannot be read is a failure; a broken archive stops at the broken record.
 */
final class WarcPages {
    private WarcPages() {
    }

    /** Reads the archive; returns the number of response records skipped because they are not HTML pages. */
    static long read(InputStream in, String name, Consumer<Input.Outcome> sink) {
        long skipped = 0;
        long no = 0;
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true); // tolerate the small header quirks real crawls have
            String[] pending = null; // a record that failed (where, url, reason): reported once we know whether the archive goes on
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // a broken or truncated archive: one failure for the record where it broke, the rest is skipped
                    long at = pending != null ? no : no + 1;
                    sink.accept(new Input.Failure(name + "#" + at, name + ": malformed WARC at record " + at
                            + (pending != null ? " (" + pending[1] + ")" : "") + ": " + FeedReader.oneLine(pending != null ? pending[2] : e.getMessage())
                            + "; the rest of the file is skipped"));
                    return skipped;
                }
                if (pending != null) {
                    sink.accept(new Input.Failure(pending[0], pending[0] + " (" + pending[1] + "): cannot read the HTTP response (" + pending[2] + ")"));
                    pending = null;
                }
                if (next.isEmpty()) break;
                no++;
                if (!(next.get() instanceof WarcResponse resp)) continue;
                String where = name + "#" + no;
                try {
                    if (!page(resp, where, sink)) skipped++;
                } catch (IOException | RuntimeException e) {
                    pending = new String[]{where, resp.target(), FeedReader.oneLine(e.getMessage())};
                }
            }
        } catch (IOException e) {
            sink.accept(new Input.Failure(name, name + ": cannot read: " + FeedReader.oneLine(e.getMessage())));
        }
        if (no == 0) sink.accept(new Input.Failure(name, name + ": no WARC records"));
        return skipped;
    }

    /** Delivers the page; false when the record is not an HTML page with status 200 (skipped). */
    private static boolean page(WarcResponse resp, String where, Consumer<Input.Outcome> sink) throws IOException {
        if (!resp.contentType().base().equals(MediaType.HTTP)) return false;
        HttpResponse http = resp.http();
        if (http.status() != 200) return false;
        MediaType type = http.contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return false;
        String url = resp.target();
        byte[] body = http.bodyDecoded().stream().readNBytes((int) Input.MAX_BYTES + 1);
        if (body.length > Input.MAX_BYTES) {
            sink.accept(new Input.Failure(where, where + " (" + url + "): too large (more than " + Input.MAX_BYTES
                    + " bytes; the limit for one page is " + Input.MAX_BYTES + ")"));
            return true;
        }
        String html;
        try {
            html = decode(body, type, where + " (" + url + ")");
        } catch (BadInputException e) {
            sink.accept(new Input.Failure(where, e.getMessage()));
            return true;
        }
        HtmlExtractor.Page page = HtmlExtractor.extract(html);
        if (page.body().isBlank()) {
            sink.accept(new Input.Failure(where, where + " (" + url + "): HTML page has no article text"));
            return true;
        }
        sink.accept(new Input.Success(new Document(url, page.body(), page.title(), url, page.published(), page.lang(), where)));
        return true;
    }

    /** The charset the server declared, else core's decoder (UTF-8, else Windows-1256). */
    private static String decode(byte[] body, MediaType type, String name) throws BadInputException {
        String cs = type.parameters().get("charset");
        if (cs != null) {
            try {
                Charset c = Charset.forName(cs.strip().replace("\"", ""));
                return new String(body, c);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // an unknown charset name: let the decoder guess
            }
        }
        return Decoder.decode(body, name);
    }
}
