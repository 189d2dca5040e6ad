package org.tawazun.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tawazun.model.Actor;
import org.tawazun.model.Event;
import org.tawazun.model.EventDate;
import org.tawazun.model.Mention;
import org.tawazun.model.Modality;
import org.tawazun.model.Span;
import org.tawazun.ontology.PloverType;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Events as JSON objects in the field order of output contract v1 (docs/schema.md), and back. */
public final class EventJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    /** One event as a single-line JSON object. */
    public static String toJson(Event e) {
        StringWriter w = new StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            write(g, e);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return w.toString();
    }

    /** Writes one event per line. */
    public static void writeLines(Writer out, List<Event> events) throws IOException {
        for (Event e : events) {
            out.write(toJson(e));
            out.write('\n');
        }
    }

    public static void write(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("doc", e.doc());
        g.writeStringField("id", e.id());
        g.writeStringField("lang", e.lang());
        g.writeStringField("type", e.type().name());
        g.writeStringField("mode", e.mode());
        g.writeArrayFieldStart("contexts");
        for (String c : e.contexts()) g.writeString(c);
        g.writeEndArray();
        g.writeStringField("cameo", e.cameo());
        g.writeNumberField("goldstein", e.goldstein());
        g.writeNumberField("score", e.score());
        g.writeNumberField("quad_class", e.quadClass());
        mentions(g, "actor", e.actor());
        mentions(g, "recipient", e.recipient());
        EventDate d = e.date();
        g.writeStringField("date", d == null ? null : d.value());
        g.writeStringField("date_precision", d == null ? null : d.precision());
        g.writeStringField("date_source", d == null ? null : d.source());
        g.writeStringField("modality", e.modality().json());
        g.writeObjectFieldStart("sentence");
        g.writeNumberField("index", e.sentenceIndex());
        g.writeNumberField("start", e.sentenceStart());
        g.writeNumberField("end", e.sentenceEnd());
        g.writeEndObject();
        g.writeObjectFieldStart("trigger");
        g.writeStringField("text", e.trigger().text());
        g.writeNumberField("start", e.trigger().start());
        g.writeNumberField("end", e.trigger().end());
        g.writeEndObject();
        g.writeStringField("pattern", e.pattern());
        g.writeArrayFieldStart("quantities");
        for (var q : e.quantities()) {
            g.writeStartObject();
            g.writeNumberField("value", q.value());
            g.writeStringField("unit", q.unit());
            g.writeBooleanField("approx", q.approx());
            g.writeStringField("text", q.span().text());
            g.writeNumberField("start", q.span().start());
            g.writeNumberField("end", q.span().end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void mentions(JsonGenerator g, String field, List<Mention> ms) throws IOException {
        g.writeFieldName(field);
        writeMentions(g, ms);
    }

    /** Actor mentions as a JSON array in the output contract's form (text, offsets, country, sector, org, name). */
    public static void writeMentions(JsonGenerator g, List<Mention> ms) throws IOException {
        g.writeStartArray();
        for (Mention m : ms) {
            g.writeStartObject();
            writeMentionFields(g, m);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The fields of one actor mention (text, start, end, country, sector, org, name) into the current object. */
    public static void writeMentionFields(JsonGenerator g, Mention m) throws IOException {
        g.writeStringField("text", m.text());
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeStringField("country", m.actor().country());
        g.writeStringField("sector", m.actor().sector());
        g.writeStringField("org", m.actor().org());
        g.writeStringField("name", m.actor().name());
    }

    /** The mentions as a JSON array string. */
    public static String mentionsJson(List<Mention> ms) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            writeMentions(g, ms);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Parses an event line written by {@link #toJson} (or by another system following the contract). */
    public static Event parse(String line) throws IOException {
        JsonNode n = MAPPER.readTree(line);
        if (n == null || !n.isObject()) throw new IOException("not a JSON object");
        List<String> contexts = new ArrayList<>();
        if (n.has("contexts")) n.get("contexts").forEach(c -> contexts.add(c.asText()));
        JsonNode s = n.path("sentence");
        JsonNode t = n.path("trigger");
        String date = text(n, "date");
        EventDate d = date == null ? null : new EventDate(date, text(n, "date_precision"), text(n, "date_source"));
        String mod = text(n, "modality");
        return new Event(text(n, "doc"), text(n, "id"), text(n, "lang"), PloverType.parse(n.path("type").asText()),
                text(n, "mode"), contexts, text(n, "cameo"), n.path("goldstein").asDouble(), n.path("score").asDouble(),
                n.path("quad_class").asInt(), parseMentions(n.path("actor")), parseMentions(n.path("recipient")), d,
                mod == null ? Modality.ASSERTED : Modality.parse(mod), s.path("index").asInt(-1), s.path("start").asInt(-1),
                s.path("end").asInt(-1), new Span(t.path("text").asText(""), t.path("start").asInt(-1), t.path("end").asInt(-1)),
                text(n, "pattern"), quantities(n.path("quantities")));
    }

    private static List<org.tawazun.model.Quantity> quantities(JsonNode arr) {
        List<org.tawazun.model.Quantity> out = new ArrayList<>();
        if (arr == null || !arr.isArray()) return out;
        for (JsonNode q : arr) {
            out.add(new org.tawazun.model.Quantity(q.path("value").asDouble(), text(q, "unit"), q.path("approx").asBoolean(),
                    new Span(q.path("text").asText(""), q.path("start").asInt(-1), q.path("end").asInt(-1))));
        }
        return out;
    }

    private static List<Mention> parseMentions(JsonNode arr) {
        List<Mention> out = new ArrayList<>();
        if (arr == null || !arr.isArray()) return out;
        for (JsonNode m : arr) {
            if (m.isTextual()) { // a bare code, as some systems write
                String c = m.asText();
                out.add(new Mention(-1, -1, c, c.length() == 3 && c.equals(c.toUpperCase()) ? new Actor(c, null, null, null)
                        : new Actor(null, null, c, null), "input", -1, -1, false, '?', false));
                continue;
            }
            out.add(new Mention(m.path("start").asInt(-1), m.path("end").asInt(-1), m.path("text").asText(""),
                    new Actor(text(m, "country"), text(m, "sector"), text(m, "org"), text(m, "name")), "input",
                    -1, -1, false, '?', false));
        }
        return out;
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
