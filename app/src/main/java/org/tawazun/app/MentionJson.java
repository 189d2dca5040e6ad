package org.tawazun.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.tawazun.model.Mention;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Actor mentions as JSON objects (docs/schema.md, "Mentions") and as table rows. */
final class MentionJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private MentionJson() {
    }

    static String toJson(String doc, Mention m) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("doc", doc);
            org.tawazun.io.EventJson.writeMentionFields(g, m);
            g.writeStringField("via", m.via());
            g.writeStringField("person", m.person());
            g.writeBooleanField("ambiguous", m.ambiguous());
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    static void header(PrintWriter out) {
        out.printf("%-24s %-36s %-7s %-7s %-6s %-6s %-9s %s%n", "doc", "text", "start", "country", "sector", "org", "via", "name");
    }

    static void row(PrintWriter out, String doc, Mention m) {
        out.printf("%-24s %-36s %-7d %-7s %-6s %-6s %-9s %s%s%n", doc, clip(m.text().replace('\n', ' '), 36), m.start(),
                nz(m.actor().country()), nz(m.actor().sector()), nz(m.actor().org()), m.via(),
                m.actor().name() == null ? "" : m.actor().name(), m.ambiguous() ? " (ambiguous)" : "");
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
