package org.tawazun.store;

import org.tawazun.store.DatePeriod.Precision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cross-article deduplication of the asserted mentions that share a key (PLOVER type, actor codes, recipient
 * codes) into events. The rule (docs/schema.md, "Deduplication"):
 * <ol>
 * <li>Mentions dated to the day, in date order: the earliest one not yet in an event starts an event that takes
 *     every mention dated within {@value #WINDOW_DAYS} days of it (its day and the next {@value #WINDOW_DAYS}−1).</li>
 * <li>Mentions dated to the month, then the year, then the decade: each joins the earliest event so far whose
 *     date falls inside its period; when there is none, the mentions of that period form one event dated at
 *     that precision.</li>
 * <li>Undated mentions are never merged across articles: each article's undated mentions form one event.</li>
 * </ol>
 * The result depends only on the set of mentions, never on the order they were ingested in, so re-clustering a
 * key after new articles arrive is incremental and deterministic.
 */
public final class Dedup {
    /** Reports dated up to this many consecutive days apart (from the first) are one event. */
    public static final int WINDOW_DAYS = 3;

    /** One asserted mention as clustering sees it; {@code date} is null when the mention is undated. */
    public record Item(long mentionId, long articleId, DatePeriod date) {
    }

    /**
     * An event: its anchor (d:2024-06-19, m:2024-06, y:2024, c:2020s, u:&lt;article id&gt;), the period that
     * dates it (for a day event, from its first to its last reported day; null when undated) and its mentions in
     * date order.
     */
    public record Cluster(String anchor, DatePeriod date, List<Item> members) {
    }

    private static final Comparator<Item> ORDER = Comparator
            .comparing((Item i) -> i.date() == null ? null : i.date().start(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> i.date() == null ? null : i.date().precision(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Item::mentionId);

    private Dedup() {
    }

    /** Clusters the mentions of one key; clusters come out in date order (undated last), then by anchor. */
    public static List<Cluster> cluster(List<Item> items) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(ORDER);
        TreeMap<java.time.LocalDate, List<Builder>> byStart = new TreeMap<>();
        List<Builder> all = new ArrayList<>();
        Builder day = null;
        for (Item i : sorted) {
            if (i.date() == null || i.date().precision() != Precision.DAY) continue;
            if (day == null || i.date().start().isAfter(day.start.plusDays(WINDOW_DAYS - 1L))) {
                day = new Builder("d:" + i.date().start(), Precision.DAY, i.date().start(), i.date().end());
                all.add(day);
                byStart.computeIfAbsent(day.start, k -> new ArrayList<>()).add(day);
            }
            day.add(i);
        }
        for (Precision p : new Precision[]{Precision.MONTH, Precision.YEAR, Precision.DECADE}) {
            for (Item i : sorted) {
                if (i.date() == null || i.date().precision() != p) continue;
                Map.Entry<java.time.LocalDate, List<Builder>> e = byStart.ceilingEntry(i.date().start());
                Builder target;
                if (e != null && !e.getKey().isAfter(i.date().end())) {
                    target = e.getValue().get(0);
                } else {
                    String prefix = switch (p) {
                        case MONTH -> "m:";
                        case YEAR -> "y:";
                        default -> "c:";
                    };
                    target = new Builder(prefix + i.date().value(), p, i.date().start(), i.date().end());
                    all.add(target);
                    byStart.computeIfAbsent(target.start, k -> new ArrayList<>()).add(target);
                }
                target.add(i);
            }
        }
        Map<Long, Builder> undated = new LinkedHashMap<>();
        for (Item i : sorted) {
            if (i.date() != null) continue;
            undated.computeIfAbsent(i.articleId(), a -> {
                Builder b = new Builder("u:" + a, null, null, null);
                all.add(b);
                return b;
            }).add(i);
        }
        List<Cluster> out = new ArrayList<>(all.size());
        for (Builder b : all) out.add(b.build());
        out.sort(Comparator.comparing((Cluster c) -> c.date() == null ? null : c.date().start(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Cluster::anchor));
        return out;
    }

    private static final class Builder {
        final String anchor;
        final Precision precision;
        final java.time.LocalDate start;
        java.time.LocalDate end;
        final List<Item> members = new ArrayList<>();

        Builder(String anchor, Precision precision, java.time.LocalDate start, java.time.LocalDate end) {
            this.anchor = anchor;
            this.precision = precision;
            this.start = start;
            this.end = end;
        }

        void add(Item i) {
            members.add(i);
            if (precision == Precision.DAY && i.date().precision() == Precision.DAY && i.date().end().isAfter(end)) end = i.date().end();
        }

        Cluster build() {
            List<Item> m = new ArrayList<>(members);
            m.sort(ORDER);
            return new Cluster(anchor, precision == null ? null : new DatePeriod(precision, start, end), List.copyOf(m));
        }
    }
}
