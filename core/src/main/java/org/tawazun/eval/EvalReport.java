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
}
