package org.tawazun.graph;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The JSON shapes of the relations model (docs/schema.md, "Relations model"): relations, dyad series, balance and
 * shifts. Numbers are rounded to 4 decimals; a mean of nothing is null.
 */
public final class GraphJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private GraphJson() {
    }

    /** A pretty-printing generator that leaves the writer open. */
    public static JsonGenerator generator(Writer w) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(w);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        return g;
    }

    // ---------------------------------------------------------------- relations

    /**
     * One object per direction of every pair with events (both directions, even one without events), for the pairs
     * involving {@code actor} (null: all pairs), window by window.
     */
    public static void relations(JsonGenerator g, List<RelationSet> sets, String actor, List<DependenceEdge> dependence)
            throws IOException {
        g.writeStartArray();
        for (RelationSet rs : sets) {
            for (SymmetricRelation p : actor == null ? rs.pairs() : rs.involving(actor)) {
                String first = actor != null ? actor : p.a();
                String other = first.equals(p.a()) ? p.b() : p.a();
                relation(g, p.from(first), p, Dependence.between(dependence, first, other));
                relation(g, p.from(other), p, Dependence.between(dependence, first, other));
            }
        }
        g.writeEndArray();
        g.flush();
    }

    private static void relation(JsonGenerator g, Relation r, SymmetricRelation p, List<DependenceEdge> dep) throws IOException {
        g.writeStartObject();
        g.writeStringField("actor", r.actor());
        g.writeStringField("recipient", r.recipient());
        window(g, r.window());
        relationFields(g, r);
        g.writeObjectFieldStart("symmetric");
        relationFields(g, p.pooled());
        g.writeEndObject();
        g.writeArrayFieldStart("dependence");
        for (DependenceEdge e : dep) dependence(g, e);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void relationFields(JsonGenerator g, Relation r) throws IOException {
        g.writeNumberField("sign", r.sign());
        num(g, "score", r.score());
        num(g, "strength", r.strength());
        num(g, "confidence", r.confidence());
        g.writeNumberField("events", r.events());
        DyadStats s = r.stats();
        g.writeNumberField("mentions", s.mentions());
        g.writeNumberField("cooperative", s.cooperative());
        g.writeNumberField("conflictual", s.conflictual());
        g.writeBooleanField("mixed", s.mixed());
        statsFields(g, s);
    }

    private static void statsFields(JsonGenerator g, DyadStats s) throws IOException {
        num(g, "score_sum", s.scoreSum());
        num(g, "score_mean", s.scoreMean());
        num(g, "score_mean_weighted", s.scoreMeanWeighted());
        num(g, "goldstein_sum", s.goldsteinSum());
        num(g, "goldstein_mean", s.goldsteinMean());
        num(g, "goldstein_mean_weighted", s.goldsteinMeanWeighted());
        g.writeObjectFieldStart("by_type");
        for (var e : s.byType().entrySet()) g.writeNumberField(e.getKey().name(), e.getValue());
        g.writeEndObject();
        g.writeObjectFieldStart("by_quad");
        for (int q = 1; q <= 4; q++) g.writeNumberField(Integer.toString(q), s.quad(q));
        g.writeEndObject();
    }

    private static void dependence(JsonGenerator g, DependenceEdge e) throws IOException {
        g.writeStartObject();
        g.writeStringField("dependent", e.dependent());
        g.writeStringField("on", e.on());
        g.writeStringField("measure", e.measure());
        num(g, "share", e.share());
        g.writeStringField("as_of", e.asOf() == null ? null : e.asOf().toString());
        g.writeNumberField("value", e.figure().value());
        g.writeStringField("unit", e.figure().unit());
        g.writeStringField("sentence", e.figure().sentence());
        g.writeStringField("source", e.figure().source());
        g.writeEndObject();
    }

    private static void window(JsonGenerator g, Window w) throws IOException {
        g.writeObjectFieldStart("window");
        g.writeStringField("start", w.start() == null ? null : w.start().toString());
        g.writeStringField("end", w.end() == null ? null : w.end().toString());
        g.writeStringField("label", w.label());
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- series

    /** A dyad's time series: {@code recipient} null would be meaningless, so both codes are required. */
    public static void series(JsonGenerator g, String actor, String recipient, boolean directed, Resolution res,
                              SortedMap<LocalDate, DyadStats> series) throws IOException {
        g.writeStartObject();
        g.writeStringField("actor", actor);
        g.writeStringField("recipient", recipient);
        g.writeBooleanField("directed", directed);
        g.writeStringField("resolution", res.name().toLowerCase(java.util.Locale.ROOT));
        g.writeArrayFieldStart("series");
        for (Map.Entry<LocalDate, DyadStats> e : series.entrySet()) {
            g.writeStartObject();
            g.writeStringField("period", res.label(e.getKey()));
            g.writeStringField("start", e.getKey().toString());
            g.writeStringField("end", res.periodEnd(e.getKey()).toString());
            DyadStats s = e.getValue();
            g.writeNumberField("events", s.events());
            g.writeNumberField("mentions", s.mentions());
            g.writeNumberField("cooperative", s.cooperative());
            g.writeNumberField("conflictual", s.conflictual());
            statsFields(g, s);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- balance

    public static void balance(JsonGenerator g, List<BalanceReport> reports) throws IOException {
        g.writeStartArray();
        for (BalanceReport r : reports) {
            g.writeStartObject();
            window(g, r.window());
            strings(g, "actors", r.graph().nodes());
            strings(g, "unconnected", r.unconnected());
            g.writeArrayFieldStart("edges");
            for (SymmetricRelation p : r.relations().pairs()) {
                if (r.graph().sign(p.a(), p.b()) == 0) continue;
                Relation x = p.pooled();
                g.writeStartObject();
                g.writeStringField("a", p.a());
                g.writeStringField("b", p.b());
                g.writeNumberField("sign", x.sign());
                num(g, "score", x.score());
                num(g, "strength", x.strength());
                num(g, "confidence", x.confidence());
                num(g, "weight", x.weight());
                g.writeNumberField("events", x.events());
                g.writeBooleanField("mixed", x.stats().mixed());
                g.writeEndObject();
            }
            g.writeEndArray();
            Balance.Summary s = r.summary();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("triads", s.triads());
            g.writeNumberField("balanced", s.balanced());
            num(g, "share", s.share());
            num(g, "weighted_share", s.weightedShare());
            g.writeNumberField("weakly_balanced", s.weaklyBalanced());
            num(g, "weak_share", s.weakShare());
            num(g, "weak_weighted_share", s.weakWeightedShare());
            g.writeObjectFieldStart("by_kind");
            for (var e : s.byKind().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("triads");
            {
                for (Triad t : r.triads()) {
                    g.writeStartObject();
                    strings(g, "actors", List.of(t.a(), t.b(), t.c()));
                    g.writeStringField("signs", t.signs());
                    g.writeStringField("kind", t.kind());
                    g.writeBooleanField("balanced", t.balanced());
                    g.writeBooleanField("weakly_balanced", t.weaklyBalanced());
                    num(g, "weight", t.weight());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            Frustration.Result f = r.frustration();
            g.writeObjectFieldStart("frustration");
            g.writeNumberField("index", f.index());
            g.writeBooleanField("exact", f.exact());
            g.writeNumberField("lower_bound", f.lowerBound());
            g.writeStringField("method", f.method());
            g.writeArrayFieldStart("frustrated");
            for (SignedGraph.Edge e : f.frustrated()) {
                g.writeStartObject();
                g.writeStringField("a", e.a());
                g.writeStringField("b", e.b());
                g.writeNumberField("sign", e.sign());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("camps");
            for (var e : f.camp().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeEndObject();
            Blocs.Partition p = r.blocs();
            g.writeObjectFieldStart("blocs");
            g.writeNumberField("k", p.k());
            num(g, "criterion", p.criterion());
            g.writeArrayFieldStart("members");
            for (var e : p.bloc().entrySet()) {
                g.writeStartObject();
                g.writeStringField("actor", e.getKey());
                g.writeNumberField("bloc", e.getValue());
                num(g, "strength", p.strength().get(e.getKey()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            Balance.ChangeSummary cs = r.changeSummary();
            g.writeObjectFieldStart("change_summary");
            g.writeNumberField("changed", cs.changed());
            g.writeNumberField("appeared", cs.appeared());
            g.writeNumberField("vanished", cs.vanished());
            g.writeNumberField("became_balanced", cs.becameBalanced());
            g.writeNumberField("became_unbalanced", cs.becameUnbalanced());
            g.writeEndObject();
            g.writeArrayFieldStart("changes");
            for (Balance.Change c : r.changes()) {
                g.writeStartObject();
                strings(g, "actors", List.of(c.a(), c.b(), c.c()));
                g.writeStringField("kind", c.kind());
                g.writeStringField("before", c.before());
                g.writeStringField("after", c.after());
                bool(g, "was_balanced", c.wasBalanced());
                bool(g, "is_balanced", c.isBalanced());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
    }

    // ---------------------------------------------------------------- shifts

    public static void shifts(JsonGenerator g, List<Shift> shifts) throws IOException {
        g.writeStartArray();
        for (Shift s : shifts) {
            g.writeStartObject();
            g.writeStringField("kind", s.kind());
            g.writeStringField("actor", s.actor());
            g.writeStringField("recipient", s.recipient());
            g.writeStringField("period", s.period());
            g.writeStringField("start", s.start().toString());
            g.writeStringField("end", s.end().toString());
            g.writeStringField("direction", s.direction());
            g.writeNumberField("events", s.events());
            num(g, "mean", s.mean());
            num(g, "previous", s.previous());
            g.writeStringField("previous_period", s.previousPeriod());
            num(g, "history_mean", s.historyMean());
            num(g, "history_sd", s.historySd());
            g.writeNumberField("history_periods", s.historyPeriods());
            num(g, "z", s.z());
            g.writeArrayFieldStart("drivers");
            for (DyadEvent e : s.drivers()) event(g, e);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
    }

    private static void event(JsonGenerator g, DyadEvent e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.eventId());
        g.writeStringField("actor", e.actor());
        g.writeStringField("recipient", e.recipient());
        g.writeStringField("date", e.date() == null ? null : e.date().toString());
        g.writeStringField("date_precision", e.datePrecision());
        g.writeStringField("type", e.type().name());
        g.writeNumberField("quad_class", e.quadClass());
        num(g, "score", e.score());
        num(g, "goldstein", e.goldstein());
        g.writeNumberField("mentions", e.mentions());
        g.writeNumberField("sources", e.sources());
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- helpers

    private static void num(JsonGenerator g, String field, double v) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) g.writeNullField(field);
        else g.writeNumberField(field, Math.round(v * 10000) / 10000.0);
    }

    private static void bool(JsonGenerator g, String field, Boolean v) throws IOException {
        if (v == null) g.writeNullField(field);
        else g.writeBooleanField(field, v);
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
