package org.tawazun.store;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DedupTest {
    private static long next = 1;

    static Dedup.Item item(long article, String date, String precision) {
        return new Dedup.Item(next++, article, date == null ? null : DatePeriod.of(date, precision));
    }

    static List<String> anchors(List<Dedup.Cluster> cs) {
        return cs.stream().map(c -> c.anchor() + "=" + c.members().size()).toList();
    }

    @Test
    void reportsWithinThreeDaysOfTheFirstAreOneEvent() {
        List<Dedup.Cluster> cs = Dedup.cluster(List.of(item(1, "2024-03-02", "day"), item(2, "2024-03-03", "day"),
                item(3, "2024-03-04", "day"), item(4, "2024-03-05", "day"), item(5, "2024-03-02", "day")));
        assertThat(anchors(cs)).containsExactly("d:2024-03-02=4", "d:2024-03-05=1");
        assertThat(cs.get(0).date().start()).hasToString("2024-03-02");
        assertThat(cs.get(0).date().end()).hasToString("2024-03-04");
    }

    @Test
    void windowsDoNotChainAcrossWeeks() {
        List<Dedup.Item> daily = new ArrayList<>();
        for (int d = 1; d <= 9; d++) daily.add(item(d, String.format("2024-05-%02d", d), "day"));
        assertThat(anchors(Dedup.cluster(daily))).containsExactly("d:2024-05-01=3", "d:2024-05-04=3", "d:2024-05-07=3");
    }

    @Test
    void aMonthDateJoinsTheEarliestEventOfThatMonthElseGroupsByMonth() {
        List<Dedup.Cluster> cs = Dedup.cluster(List.of(item(1, "2024-06-19", "day"), item(2, "2024-06-25", "day"),
                item(3, "2024-06", "month"), item(4, "2024-07", "month"), item(5, "2024-07", "month")));
        assertThat(anchors(cs)).containsExactly("d:2024-06-19=2", "d:2024-06-25=1", "m:2024-07=2");
    }

    @Test
    void aYearDateJoinsAMonthEventAndADecadeDateTheEarliestOfItsDecade() {
        List<Dedup.Cluster> cs = Dedup.cluster(List.of(item(1, "2023-04", "month"), item(2, "2023", "year"),
                item(3, "2022", "year"), item(4, "2020s", "decade")));
        assertThat(anchors(cs)).containsExactly("y:2022=2", "m:2023-04=2");
    }

    @Test
    void undatedMentionsAreMergedOnlyWithinTheirArticle() {
        List<Dedup.Cluster> cs = Dedup.cluster(List.of(item(7, null, null), item(7, null, null), item(8, null, null),
                item(9, "2024-01-01", "day")));
        assertThat(anchors(cs)).containsExactly("d:2024-01-01=1", "u:7=2", "u:8=1");
        assertThat(cs.get(1).date()).isNull();
    }

    @Test
    void anUnparsableDateCountsAsUndated() {
        assertThat(DatePeriod.of("2024-13-40", "day")).isNull();
        assertThat(DatePeriod.of("2024", "fortnight")).isNull();
        assertThat(DatePeriod.of("2020s", "decade").end()).hasToString("2029-12-31");
        assertThat(DatePeriod.of("2024-02", "month").end()).hasToString("2024-02-29");
    }

    /** The clusters depend on the set of mentions only: any ingestion order gives the same events. */
    @Property(tries = 200)
    void orderDoesNotMatter(@ForAll("seeds") long seed, @ForAll @IntRange(min = 1, max = 60) int n) {
        Random r = new Random(seed);
        String[] precisions = {"day", "day", "day", "month", "year", null};
        List<Dedup.Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String p = precisions[r.nextInt(precisions.length)];
            String date = p == null ? null : switch (p) {
                case "day" -> String.format("2024-%02d-%02d", 1 + r.nextInt(3), 1 + r.nextInt(28));
                case "month" -> String.format("2024-%02d", 1 + r.nextInt(4));
                default -> "2024";
            };
            items.add(new Dedup.Item(i + 1, r.nextInt(5), date == null ? null : DatePeriod.of(date, p)));
        }
        List<Dedup.Cluster> a = Dedup.cluster(items);
        List<Dedup.Item> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, r);
        List<Dedup.Cluster> b = Dedup.cluster(shuffled);
        assertThat(b).isEqualTo(a);
        assertThat(a.stream().mapToInt(c -> c.members().size()).sum()).isEqualTo(n);
        for (Dedup.Cluster c : a) {
            if (c.anchor().startsWith("d:")) {
                for (Dedup.Item i : c.members()) {
                    if (i.date().precision() == DatePeriod.Precision.DAY) {
                        assertThat(i.date().start()).isBetween(c.date().start(), c.date().start().plusDays(Dedup.WINDOW_DAYS - 1L));
                    }
                }
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> seeds() {
        return net.jqwik.api.Arbitraries.longs();
    }
}
