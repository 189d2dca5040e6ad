package org.tawazun.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tawazun.model.Document;
import org.tawazun.model.Event;
import org.tawazun.model.Modality;
import org.tawazun.ontology.PloverType;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.pipeline.Pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the pipeline on gold texts (or takes a system's events from a file) and scores them by the rules in
 * docs/evaluation.md. It measures; it does not judge: the caller decides what the numbers mean.
 */
public final class Evaluator {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Old CAMEO country codes still found in gold data. */
    private static final Map<String, String> LEGACY = Map.of("JAP", "JPN", "ITL", "ITA", "DEN", "DNK", "GER", "DEU",
            "UK", "GBR", "ROM", "ROU");
    private static final Set<String> ISO3 = iso3();

    private final Pipeline pipeline;
    private final Map<String, List<Event>> system;

    /** Evaluates the given pipeline's output on the gold texts. */
    public Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.system = null;
    }

    /** Evaluates a system's events read from a JSON Lines file, keyed by their {@code doc} field. */
    public Evaluator(Map<String, List<Event>> systemEvents) {
        this.pipeline = null;
        this.system = systemEvents;
    }

    public EvalReport.Section evaluate(Path gold) throws IOException {
        GoldFormat f = GoldFormat.detect(gold);
        return switch (f) {
            case DOCUMENT -> documents(gold);
            case SENTENCE_DETECTION -> sentences(gold);
            case ACTOR_SPANS -> spans(gold);
            case PLOVER_RECORDS -> plover(gold);
        };
    }

    // ------------------------------------------------------------------ system output

    private List<Event> events(List<String> ids, Document d) {
        if (system == null) return pipeline.process(d).events();
        for (String id : ids) {
            List<Event> e = system.get(id);
            if (e != null) return e;
        }
        return List.of();
    }

    private AnalyzedDocument analyzed(Document d) {
        return pipeline == null ? null : pipeline.process(d);
    }

    private static String sentenceOf(Event e, String text) {
        if (text == null || e.sentenceStart() < 0 || e.sentenceEnd() > text.length()) return "";
        return text.substring(e.sentenceStart(), e.sentenceEnd()).replace('\n', ' ');
    }

    // ------------------------------------------------------------------ document-level gold

    private EvalReport.Section documents(Path gold) throws IOException {
        List<GoldDocument> docs = GoldReader.documents(gold);
        int events = 0, req = 0;
        for (GoldDocument g : docs) {
            events += g.events().size();
            for (GoldEvent e : g.events()) if (e.required()) req++;
        }
        EvalReport.Section s = new EvalReport.Section(gold.toString(), GoldFormat.DOCUMENT,
                String.format("document-level gold: %d documents, %d gold events (%d required)", docs.size(), events, req));
        String stem = stem(gold);
        int line = 0;
        for (GoldDocument g : docs) {
            line++;
            String file = g.file();
            String noExt = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
            Document d = new Document(file, g.text(), g.title(), null, g.published(), g.lang(), gold + ":" + line);
            List<Event> evs = events(List.of(file, noExt, stem + "-" + line, Integer.toString(line)), d);
            DocumentMatcher.Result r = DocumentMatcher.match(evs, g.events());
            String lang = g.lang() == null ? "?" : g.lang();
            s.row("overall", EvalReport.Kind.PRF).add(r.correct().size(), r.claims().size(), r.found().size(), r.found().size() + r.missed().size());
            s.row("lang " + lang, EvalReport.Kind.PRF).add(r.correct().size(), r.claims().size(), r.found().size(), r.found().size() + r.missed().size());
            Map<PloverType, int[]> byType = new TreeMap<>();
            for (DocumentMatcher.Claim c : r.correct()) byType.computeIfAbsent(c.type(), k -> new int[4])[0]++;
            for (DocumentMatcher.Claim c : r.claims()) byType.computeIfAbsent(c.type(), k -> new int[4])[1]++;
            for (GoldEvent e : r.found()) byType.computeIfAbsent(e.type(), k -> new int[4])[2]++;
            for (GoldEvent e : r.found()) byType.get(e.type())[3]++;
            for (GoldEvent e : r.missed()) byType.computeIfAbsent(e.type(), k -> new int[4])[3]++;
            byType.forEach((t, c) -> s.row("type " + t, EvalReport.Kind.PRF).add(c[0], c[1], c[2], c[3]));
            for (GoldEvent e : r.missed()) {
                s.misses.add(new EvalReport.Miss("missed", file, e.type().name(), String.join("+", e.actor()) + " -> " + String.join("+", e.recipient()),
                        e.evidence(), null));
            }
            for (DocumentMatcher.Claim c : r.extra()) {
                s.misses.add(new EvalReport.Miss("extra", file, c.type().name(), String.join("+", c.actor()) + " -> " + String.join("+", c.recipient()),
                        sentenceOf(c.example(), g.text()), c.example().pattern()));
            }
        }
        sortRows(s);
        return s;
    }

    private static void sortRows(EvalReport.Section s) {
        s.rows.sort(Comparator.comparingInt(r -> r.label().equals("overall") ? 0 : r.label().startsWith("lang") ? 1 : 2));
    }

    // ------------------------------------------------------------------ Arabic event gold standard: detection

    private EvalReport.Section sentences(Path gold) throws IOException {
        List<String[]> rows = readCsv(gold);
        String type = rows.isEmpty() ? "?" : rows.get(0)[1];
        PloverType t = PloverType.parse(type);
        int skipped = 0;
        Scores sc = new Scores();
        // the same, without the sentences some annotators accepted and others rejected (difficult no): how the coder
        // does on the cases the annotators agree on
        Scores clear = new Scores();
        List<EvalReport.Miss> misses = new ArrayList<>();
        for (String[] r : rows) {
            String label = r[2].trim().toLowerCase(Locale.ROOT);
            if (label.equals("ambiguous")) {
                skipped++;
                continue;
            }
            boolean positive = label.equals("yes");
            Document d = new Document(r[0], r[6], null, null, null, "ar", gold + ":" + r[0]);
            List<Event> evs = events(List.of(r[0]), d);
            Event hit = null;
            for (Event e : evs) if (e.type() == t && e.modality() == Modality.ASSERTED) hit = hit == null ? e : hit;
            boolean predicted = hit != null;
            if (!label.equals("difficult no")) {
                if (predicted) clear.add(positive ? 1 : 0, 1, positive ? 1 : 0, positive ? 1 : 0);
                else if (positive) clear.add(0, 0, 0, 1);
            }
            if (predicted && positive) sc.add(1, 1, 1, 1);
            else if (predicted) {
                sc.add(0, 1, 0, 0);
                misses.add(new EvalReport.Miss("false-positive", r[0], t.name(), label, r[6], hit.pattern()));
            } else if (positive) {
                sc.add(0, 0, 0, 1);
                misses.add(new EvalReport.Miss("false-negative", r[0], t.name(), label, r[6], null));
            }
        }
        EvalReport.Section s = new EvalReport.Section(gold.toString(), GoldFormat.SENTENCE_DETECTION,
                String.format("Arabic event gold standard, %s sentence detection: %d sentences scored (yes vs easy/difficult no), %d ambiguous skipped",
                        t, rows.size() - skipped, skipped));
        s.rows.add(new EvalReport.Row(t.name() + " detection", EvalReport.Kind.PRF, sc));
        s.rows.add(new EvalReport.Row(t.name() + " detection, unanimous only", EvalReport.Kind.PRF, clear));
        s.misses.addAll(misses);
        return s;
    }

    /** A minimal RFC 4180 reader: quoted fields with doubled quotes and embedded commas or line breaks. */
    static List<String[]> readCsv(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false, header = true;
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < all.length() && all.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < all.length() && all.charAt(i + 1) == '\n') i++;
                fields.add(cur.toString());
                cur.setLength(0);
                if (!header && fields.size() >= 7) out.add(fields.toArray(new String[0]));
                header = false;
                fields = new ArrayList<>();
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0 || !fields.isEmpty()) {
            fields.add(cur.toString());
            if (!header && fields.size() >= 7) out.add(fields.toArray(new String[0]));
        }
        return out;
    }

    // ------------------------------------------------------------------ Arabic event gold standard: actor spans

    private EvalReport.Section spans(Path gold) throws IOException {
        JsonNode arr = JSON.readTree(gold.toFile());
        Scores src = new Scores(), tgt = new Scores(), roles = new Scores();
        int items = 0, noGoldCode = 0;
        List<EvalReport.Miss> misses = new ArrayList<>();
        for (JsonNode item : arr) {
            items++;
            PloverType t = PloverType.parse(item.path("event_type").asText());
            String id = item.path("source").asText();
            String text = item.path("text").asText();
            String s = majority(item.path("spans"), "source_role");
            String r = majority(item.path("spans"), "target_role");
            if (s == null && r == null) {
                noGoldCode++;
                continue;
            }
            List<Event> evs = events(List.of(id), new Document(id, text, null, null, null, "ar", gold + ":" + id));
            boolean sOk = false, rOk = false;
            String got = "";
            for (Event e : evs) {
                if (e.type() != t || e.modality() != Modality.ASSERTED) continue;
                sOk |= s != null && e.actorCodes().contains(s);
                rOk |= r != null && e.recipientCodes().contains(r);
                got += (got.isEmpty() ? "" : "; ") + String.join("+", e.actorCodes()) + " -> " + String.join("+", e.recipientCodes());
            }
            if (s != null) {
                src.add(0, 0, sOk ? 1 : 0, 1);
                roles.add(0, 0, sOk ? 1 : 0, 1);
            }
            if (r != null) {
                tgt.add(0, 0, rOk ? 1 : 0, 1);
                roles.add(0, 0, rOk ? 1 : 0, 1);
            }
            if (s != null && !sOk || r != null && !rOk) {
                misses.add(new EvalReport.Miss("wrong-actor", id, t.name(),
                        "gold " + (s == null ? "?" : s) + " -> " + (r == null ? "?" : r) + "; system " + (got.isEmpty() ? "no event" : got), text, null));
            }
        }
        EvalReport.Section sec = new EvalReport.Section(gold.toString(), GoldFormat.ACTOR_SPANS,
                String.format("Arabic event gold standard, actor coding: %d items, %d without a majority country code skipped; "
                        + "a role is right when an asserted event of the item's type has the annotators' majority country code", items, noGoldCode));
        sec.rows.add(new EvalReport.Row("actor (source) accuracy", EvalReport.Kind.ACCURACY, src));
        sec.rows.add(new EvalReport.Row("recipient (target) accuracy", EvalReport.Kind.ACCURACY, tgt));
        sec.rows.add(new EvalReport.Row("actor-code accuracy (both roles)", EvalReport.Kind.ACCURACY, roles));
        sec.misses.addAll(misses);
        return sec;
    }

    /** The country code more than half of the annotators gave for a role, or null. */
    static String majority(JsonNode spans, String role) {
        Map<String, Integer> votes = new HashMap<>();
        int annotators = spans.size();
        for (JsonNode sp : spans) {
            JsonNode r = sp.path(role);
            if (!r.isObject()) continue;
            String code = r.path("main").asText("");
            code = LEGACY.getOrDefault(code, code);
            if (ISO3.contains(code)) votes.merge(code, 1, Integer::sum);
        }
        for (var e : votes.entrySet()) if (e.getValue() * 2 > annotators) return e.getKey();
        return null;
    }

    // ------------------------------------------------------------------ PLOVER English gold records

    private EvalReport.Section plover(Path gold) throws IOException {
        JsonNode arr = JSON.readTree(gold.toFile());
        EvalReport.Section s = new EvalReport.Section(gold.toString(), GoldFormat.PLOVER_RECORDS,
                String.format("PLOVER English gold records: %d records (older labels mapped: DEMAND->REQUEST, "
                        + "DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT); type right when an asserted event of the gold type is "
                        + "coded; actors right when such an event also has the gold actor and recipient codes", arr.size()));
        for (JsonNode rec : arr) {
            String id = rec.path("id").asText();
            PloverType t = PloverType.parse(rec.path("event").asText());
            String text = rec.path("text").asText();
            List<String> src = codes(rec.path("source"));
            List<String> tgt = codes(rec.path("target"));
            List<Event> evs = events(List.of(id), new Document(id, text, null, null, null, "en", gold + ":" + id));
            boolean typeOk = false, actorsOk = false;
            for (Event e : evs) {
                if (e.type() != t || e.modality() != Modality.ASSERTED) continue;
                typeOk = true;
                boolean direct = matchesCodes(e.actorCodes(), src, e) && matchesCodes(e.recipientCodes(), tgt, e);
                boolean swapped = DocumentMatcher.SYMMETRIC.contains(t) && matchesCodes(e.recipientCodes(), src, e) && matchesCodes(e.actorCodes(), tgt, e);
                actorsOk |= direct || swapped;
            }
            for (String label : new String[]{"overall", "type " + t}) {
                s.row(label + ": type accuracy", EvalReport.Kind.ACCURACY).add(0, 0, typeOk ? 1 : 0, 1);
                s.row(label + ": type+actor accuracy", EvalReport.Kind.ACCURACY).add(0, 0, actorsOk ? 1 : 0, 1);
            }
            if (!actorsOk) {
                StringBuilder got = new StringBuilder();
                for (Event e : evs) got.append(got.length() == 0 ? "" : "; ").append(e.type()).append(' ')
                        .append(String.join("+", e.actorCodes())).append(" -> ").append(String.join("+", e.recipientCodes()));
                s.misses.add(new EvalReport.Miss(typeOk ? "wrong-actor" : "missed", id, t.name(),
                        "gold " + String.join("+", src) + " -> " + String.join("+", tgt) + "; system " + (got.length() == 0 ? "nothing" : got), text, null));
            }
        }
        s.rows.sort(Comparator.comparing((EvalReport.Row r) -> !r.label().startsWith("overall")).thenComparing(EvalReport.Row::label));
        return s;
    }

    private static List<String> codes(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode a : n) {
                String c = a.isObject() ? a.path("code").asText("") : a.asText("");
                if (!c.isEmpty()) out.add(LEGACY.getOrDefault(c, c));
            }
        } else if (n.isObject()) {
            String c = n.path("code").asText("");
            if (!c.isEmpty()) out.add(LEGACY.getOrDefault(c, c));
        }
        return out;
    }

    /** Gold codes accept the system's codes when they intersect; gold IGO accepts any organization. */
    private static boolean matchesCodes(List<String> system, List<String> gold, Event e) {
        if (gold.isEmpty()) return true;
        for (String g : gold) {
            if (system.contains(g)) return true;
            if (g.equals("IGO")) {
                for (var m : e.actor()) if (m.actor().org() != null) return true;
                for (var m : e.recipient()) if (m.actor().org() != null) return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ helpers

    private static String stem(Path p) {
        String f = p.getFileName().toString();
        int dot = f.indexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    private static Set<String> iso3() {
        Set<String> out = new HashSet<>();
        for (String c : Locale.getISOCountries()) {
            try {
                out.add(new Locale("", c).getISO3Country());
            } catch (MissingResourceException ignored) {
                // no alpha-3 for this code
            }
        }
        return out;
    }

    /** Reads a system's events (output contract v1) grouped by document id. */
    public static Map<String, List<Event>> readSystem(Path file) throws IOException {
        Map<String, List<Event>> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                Event e;
                try {
                    e = org.tawazun.io.EventJson.parse(line);
                } catch (IOException | RuntimeException ex) {
                    throw new IOException(file + ":" + no + ": not an event in the output contract: " + ex.getMessage(), ex);
                }
                out.computeIfAbsent(e.doc(), k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    static BufferedReader reader(String s) {
        return new BufferedReader(new StringReader(s));
    }
}
