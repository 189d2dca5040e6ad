package org.tawazun.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code tawazun eval} measured: one section per gold file, with its rows of scores and its misses. */
public final class EvalReport {
    /** How a row's numbers read: precision/recall/F1, or an accuracy (found/required). */
    public enum Kind { PRF, ACCURACY }

    public record Row(String label, Kind kind, Scores scores) {
    }

    /** A missed gold item or an extra system claim, with the evidence to look at. */
    public record Miss(String kind, String doc, String type, String parties, String sentence, String pattern) {
    }

    public static final class Section {
        public final String gold;
        public final GoldFormat format;
        public final String summary;
        public final List<Row> rows = new ArrayList<>();
        public final List<Miss> misses = new ArrayList<>();
        public final Map<String, Object> facts = new LinkedHashMap<>();

        Section(String gold, GoldFormat format, String summary) {
            this.gold = gold;
            this.format = format;
            this.summary = summary;
        }

        Scores row(String label, Kind kind) {
            for (Row r : rows) if (r.label().equals(label)) return r.scores();
            Row r = new Row(label, kind, new Scores());
            rows.add(r);
            return r.scores();
        }
    }

    public final List<Section> sections = new ArrayList<>();

    /**
     * With two or more actor-span gold files (ASSAULT and PROTEST), one more section that pools their roles, each
     * role counting once: the accuracy over all of them, as the target is stated.
     */
    public void addPooledActorSpans() {
        List<Section> spans = new ArrayList<>();
        for (Section s : sections) if (s.format == GoldFormat.ACTOR_SPANS) spans.add(s);
        if (spans.size() < 2) return;
        List<String> names = new ArrayList<>();
        for (Section s : spans) names.add(s.gold);
        Section all = new Section(String.join(" + ", names), GoldFormat.ACTOR_SPANS,
                "actor coding over the " + spans.size() + " span files together (each role counted once)");
        for (Section s : spans) {
            for (Row r : s.rows) {
                Scores c = r.scores();
                all.row(r.label(), r.kind()).add(c.correct, c.claims, c.found, c.required);
            }
        }
        sections.add(all);
    }
}
