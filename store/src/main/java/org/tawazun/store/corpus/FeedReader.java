package org.tawazun.store.corpus;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.tawazun.ingest.HtmlExtractor;
import org.tawazun.ingest.Input;
import org.tawazun.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads an RSS or Atom feed file with Rome: one document per item, its text the item's title and its content
 * (content:encoded or Atom content, else the description), HTML turned into text by core's {@link HtmlExtractor}.
 * The item's link is its id and URL; its publication (else update) date is the publication date.
 */
final class FeedReader {
    private FeedReader() {
    }

    static void read(InputStream in, String name, String stem, Consumer<Input.Outcome> sink) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from a file we did not write
            feed = input.build(new XmlReader(in));
        } catch (FeedException | IllegalArgumentException e) {
            sink.accept(new Input.Failure(name, name + ": not a valid RSS or Atom feed (" + oneLine(e.getMessage()) + ")"));
            return;
        } catch (IOException e) {
            sink.accept(new Input.Failure(name, name + ": cannot read: " + oneLine(e.getMessage())));
            return;
        }
        String lang = language(feed.getLanguage());
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.accept(new Input.Failure(name, name + ": feed has no items"));
            return;
        }
        int no = 0;
        for (SyndEntry e : entries) {
            no++;
            String where = name + "#item" + no;
            String title = clean(e.getTitle());
            String body = text(e);
            String text;
            if (title == null) text = body;
            else if (body.isEmpty() || body.startsWith(title)) text = body.isEmpty() ? title : body;
            else text = title + "\n\n" + body;
            if (text.isBlank()) {
                sink.accept(new Input.Failure(where, where + ": feed item has neither title nor text"));
                continue;
            }
            String link = clean(e.getLink());
            if (link == null) link = clean(e.getUri());
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            LocalDate published = d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            String id = link != null ? link : stem + "-" + no;
            sink.accept(new Input.Success(new Document(id, text, title, link, published, lang, where)));
        }
    }

    private static String text(SyndEntry e) {
        String best = "";
        for (SyndContent c : e.getContents()) {
            String t = toText(c);
            if (t.length() > best.length()) best = t;
        }
        if (best.isEmpty() && e.getDescription() != null) best = toText(e.getDescription());
        return best;
    }

    private static String toText(SyndContent c) {
        String v = c.getValue();
        if (v == null || v.isBlank()) return "";
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        if (type.contains("html") || v.indexOf('<') >= 0) return HtmlExtractor.extract(v).body().strip();
        return v.strip();
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String language(String l) {
        if (l == null || l.isBlank()) return null;
        String s = l.strip().toLowerCase(Locale.ROOT);
        return s.length() >= 2 ? s.substring(0, 2) : null;
    }

    static String oneLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
