package org.tawazun.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tawazun.ontology.PloverType;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads the document-level gold format: one JSON object per line (docs/evaluation.md). */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {
    }

    public static List<GoldDocument> documents(Path file) throws IOException {
        List<GoldDocument> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                String where = file + ":" + no;
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(where + ": not valid JSON: " + e.getMessage(), e);
                }
                out.add(document(n, where));
            }
        }
        return out;
    }

    static GoldDocument document(JsonNode n, String where) throws IOException {
        String text = n.path("text").asText(null);
        if (text == null) throw new IOException(where + ": gold document has no \"text\"");
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : n.path("events")) {
            String t = e.path("type").asText("");
            if (!PloverType.isKnown(t)) throw new IOException(where + ": unknown event type \"" + t + "\"");
            Set<PloverType> alts = EnumSet.noneOf(PloverType.class);
            for (JsonNode a : e.path("alt_types")) {
                if (!PloverType.isKnown(a.asText())) throw new IOException(where + ": unknown alt type \"" + a.asText() + "\"");
                alts.add(PloverType.parse(a.asText()));
            }
            events.add(new GoldEvent(PloverType.parse(t), alts, codes(e.path("actor")), codes(e.path("recipient")),
                    e.path("date").isNull() ? null : e.path("date").asText(null), e.path("required").asBoolean(true),
                    e.path("evidence").asText("")));
        }
        LocalDate published = null;
        String date = n.path("date").asText(null);
        if (date != null && date.length() >= 10) {
            try {
                published = LocalDate.parse(date.substring(0, 10));
            } catch (DateTimeParseException ignored) {
                // "unknown (c. 2023-05)" and similar: no publication date
            }
        }
        return new GoldDocument(n.path("file").asText(n.path("id").asText("?")), n.path("lang").asText(null),
                n.path("title").asText(null), text, published, events);
    }

    private static List<String> codes(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr.isArray()) arr.forEach(c -> out.add(c.asText()));
        else if (arr.isTextual()) out.add(arr.asText());
        return out;
    }
}
