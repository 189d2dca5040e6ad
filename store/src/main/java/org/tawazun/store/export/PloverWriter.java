package org.tawazun.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tawazun.store.EventFilter;
import org.tawazun.store.EventStore;
import org.tawazun.store.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.SQLException;

/**
 * PLOVER/POLECAT-style records (the PLOVER manual's "Data Fields" chapter), one JSON object per line: id, date,
 * enddate, actor and recipient as lists of entity objects (code, sector, entity_text, identifier_text), event,
 * mode, context, quad_code, event_scale (PLOVER score), event_text (the earliest report's sentence), text_info,
 * cite_info, coder; then Tawazun's deduplication fields (counts, first/last seen) and every mention behind the
 * event (its output-contract id, URL, outlet, publication date and sentence index).
 */
public final class PloverWriter {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODER = "tawazun 0.1.0";

    /** The mentions of each event as a JSON array, built by DuckDB. */
    private static final String MENTIONS = "(SELECT to_json(list({'id': ma.doc_id || '#' || mm.ordinal, 'url': ma.url, "
            + "'outlet': ma.outlet, 'published': CAST(ma.published AS VARCHAR), 'sentence': mm.sentence_index, 'lang': mm.lang} "
            + "ORDER BY mm.date_start NULLS LAST, ma.published NULLS LAST, mm.id)) "
            + "FROM event_mentions em JOIN mentions mm ON mm.id = em.mention_id JOIN articles ma ON ma.id = mm.article_id "
            + "WHERE em.event_id = e.id) AS mention_list";

    private PloverWriter() {
    }

    static long write(EventStore store, EventFilter filter, Writer w) throws IOException {
        long[] n = {0};
        try {
            store.events(filter, 0, MENTIONS, (e, r) -> {
                try {
                    w.write(record(e, r.getString(EventStore.EXTRA_COLUMNS)));
                    w.write('\n');
                    n[0]++;
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                } catch (SQLException ex) {
                    throw new IllegalStateException(ex);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n[0];
    }

    /** One event as a PLOVER JSON object; {@code mentionsJson} is the JSON array of its mentions. */
    static String record(StoredEvent e, String mentionsJson) throws IOException {
        java.io.StringWriter sw = new java.io.StringWriter(1024);
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("id", Long.toString(e.id()));
            g.writeStringField("date", e.dateStart() == null ? null : e.dateStart().toString());
            g.writeStringField("enddate", e.dateEnd() == null ? null : e.dateEnd().toString());
            g.writeStringField("date_precision", e.datePrecision());
            entities(g, "actor", e.actorsJson());
            entities(g, "recipient", e.recipientsJson());
            g.writeArrayFieldStart("event");
            g.writeString(e.type());
            g.writeEndArray();
            g.writeArrayFieldStart("mode");
            if (e.mode() != null) g.writeString(e.mode());
            g.writeEndArray();
            g.writeArrayFieldStart("context");
            if (e.contexts() != null) for (String c : e.contexts().split(",")) if (!c.isBlank()) g.writeString(c);
            g.writeEndArray();
            if (e.quadClass() == null) g.writeNullField("quad_code");
            else g.writeNumberField("quad_code", e.quadClass());
            if (e.score() == null) g.writeNullField("event_scale");
            else g.writeNumberField("event_scale", e.score());
            g.writeArrayFieldStart("event_text");
            g.writeString(e.sentenceText());
            g.writeEndArray();
            g.writeObjectFieldStart("text_info");
            g.writeNumberField("sequence", e.sentenceIndex());
            g.writeEndObject();
            g.writeObjectFieldStart("cite_info");
            g.writeStringField("url", e.url());
            g.writeStringField("title", e.title());
            g.writeStringField("publication", e.outlet());
            g.writeStringField("language", e.languages().isEmpty() ? null : e.languages().split("\\+")[0]);
            g.writeStringField("coder", CODER);
            g.writeEndObject();
            g.writeStringField("coder", CODER);
            g.writeStringField("cameo", e.cameo());
            if (e.goldstein() == null) g.writeNullField("goldstein");
            else g.writeNumberField("goldstein", e.goldstein());
            g.writeNumberField("num_mentions", e.numMentions());
            g.writeNumberField("num_sources", e.numSources());
            g.writeNumberField("num_articles", e.numArticles());
            g.writeStringField("first_seen", e.firstSeen() == null ? null : e.firstSeen().toString());
            g.writeStringField("last_seen", e.lastSeen() == null ? null : e.lastSeen().toString());
            g.writeStringField("coded_date", e.addedAt() == null ? null : e.addedAt().toLocalDate().toString());
            g.writeFieldName("mentions");
            g.writeRawValue(mentionsJson == null ? "[]" : mentionsJson);
            g.writeEndObject();
        }
        return sw.toString();
    }

    private static void entities(JsonGenerator g, String field, String json) throws IOException {
        g.writeArrayFieldStart(field);
        JsonNode arr = json == null ? null : JSON.readTree(json);
        if (arr != null && arr.isArray()) {
            for (JsonNode a : arr) {
                String country = text(a, "country"), org = text(a, "org");
                g.writeStartObject();
                g.writeStringField("code", country != null ? country : org);
                g.writeStringField("sector", text(a, "sector"));
                g.writeStringField("entity_text", text(a, "text"));
                g.writeStringField("identifier_text", text(a, "name"));
                if (country != null && org != null) g.writeStringField("organization", org);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
