package org.tawazun.store;



import org.tawazun.model.Document;
import org.tawazun.model.Event;
import org.tawazun.model.Mention;
import org.tawazun.pipeline.AnalyzedDocument;




import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * An analyzed article as the store writes it: the article's row and one row per coded event occurrence
 * ("mention": every event the coder found, whatever its modality). Built on the worker thread that analyzed it.
 */
public record ArticleRecord(long id, String contentHash, Document document, String outlet, String lang, int chars,
                            int sentences, List<MentionRecord> mentions) {

    /** One coded event occurrence with the derived columns the store keeps beside it. */
    public record MentionRecord(long id, int ordinal, Event event, String actorCodes, String recipientCodes,
                                String actorsJson, String recipientsJson, DatePeriod period, String sentenceText) {
    }


    public static ArticleRecord of(String contentHash, AnalyzedDocument a) {
        long id = Hashing.idOfHash(contentHash);
        Document d = a.document();
        List<MentionRecord> ms = new ArrayList<>();
        List<Event> events = a.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int ordinal = i + 1;
            DatePeriod p = e.date() == null ? null : DatePeriod.of(e.date().value(), e.date().precision());
            String text = d.text();
            int s = Math.max(0, Math.min(e.sentenceStart(), text.length()));
            int t = Math.max(s, Math.min(e.sentenceEnd(), text.length()));
            ms.add(new MentionRecord(Hashing.id("mention", id, ordinal), ordinal, e, key(e.actorCodes()), key(e.recipientCodes()),
                    json(e.actor()), json(e.recipient()), p, text.substring(s, t)));
        }
        return new ArticleRecord(id, contentHash, d, outlet(d.url()), a.lang(), d.text().length(), a.sentences().size(), List.copyOf(ms));
    }

    /** Sorted distinct codes joined by '+', so KOR+JPN and JPN+KOR are one key; '' when there are none. */
    public static String key(List<String> codes) {
        return String.join("+", new TreeSet<>(codes));
    }

    /** The host of a URL without "www.", lower case; null when there is no URL or it has no host. */
    public static String outlet(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Actor mentions as the output contract writes them (text, offsets, country, sector, org, name). */
    static String json(List<Mention> ms) {
        return org.tawazun.io.EventJson.mentionsJson(ms);
    }
}
