package org.tawazun.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawazun.ontology.PloverType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeded random inputs: the model never fails on them and its results stay within their ranges. */
class BlastTest {
    @TempDir
    Path dir;

    @Test
    void randomLinesNeverStopTheJsonlSource() throws Exception {
        Random rnd = new Random(8);
        List<String> lines = new ArrayList<>();
        int bad = 0;
        for (int i = 0; i < 500; i++) {
            String good = JsonlEventSourceTest.line("d" + rnd.nextInt(40), i, PloverType.values()[rnd.nextInt(16)].name(),
                    code(rnd), rnd.nextInt(10) == 0 ? null : code(rnd), rnd.nextBoolean() ? null : "2024-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10),
                    rnd.nextInt(4) == 0 ? "negated" : "asserted", rnd.nextInt(21) - 10);
            switch (rnd.nextInt(5)) {
                case 0 -> {
                    lines.add(good.substring(0, rnd.nextInt(good.length())));
                    bad++;
                }
                case 1 -> {
                    byte[] junk = new byte[rnd.nextInt(40) + 1];
                    rnd.nextBytes(junk);
                    lines.add("{" + new String(junk, StandardCharsets.ISO_8859_1).replace('\n', ' ').replace('\r', ' '));
                    bad++;
                }
                default -> lines.add(good);
            }
        }
        Path f = dir.resolve("blast.jsonl");
        Files.write(f, lines, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        JsonlEventSource src = new JsonlEventSource(f, problems::add);
        List<DyadEvent> evs;
        try (var s = src.events(Filter.ALL)) {
            evs = s.toList();
        }
        assertThat(problems).hasSizeLessThanOrEqualTo(bad).isNotEmpty();
        assertThat(evs).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).isNotEqualTo(e.recipient()));
    }

    @Test
    void randomEventsGiveResultsWithinTheirRanges() {
        Random rnd = new Random(8);
        for (int round = 0; round < 30; round++) {
            List<DyadEvent> evs = new ArrayList<>();
            int n = 1 + rnd.nextInt(400);
            for (int i = 0; i < n; i++) {
                String a = code(rnd), r = code(rnd);
                if (a.equals(r)) continue;
                String date = rnd.nextInt(5) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(365)).toString();
                evs.add(Events.ev(a, r, date, Math.round((rnd.nextDouble() * 20 - 10) * 2) / 2.0));
            }
            List<Window> ws = WindowLength.parse((1 + rnd.nextInt(120)) + "d").split(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            for (BalanceReport r : BalanceReport.analyse(evs, ws, SignRule.DEFAULT, null, TriadListing.ALL,
                    Frustration.Options.DEFAULT, Blocs.Options.DEFAULT)) {
                Balance.Summary s = r.summary();
                if (s.triads() > 0) assertThat(s.share()).isBetween(0.0, 1.0);
                assertThat(s.weaklyBalanced()).isGreaterThanOrEqualTo(s.balanced());
                Frustration.Result f = r.frustration();
                assertThat(f.index()).isBetween(f.lowerBound(), r.graph().edgeCount());
                assertThat(f.frustrated()).hasSize(f.index());
                if (s.balanced() < s.triads()) assertThat(f.index()).isPositive();
                assertThat(r.blocs().bloc().keySet()).containsExactlyInAnyOrderElementsOf(r.graph().nodes());
                assertThat(r.blocs().strength().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
                for (SymmetricRelation p : r.relations().pairs()) {
                    assertThat(p.pooled().confidence()).isBetween(0.0, 1.0);
                    assertThat(p.pooled().events()).isEqualTo(p.forward().events() + p.backward().events());
                }
            }
            for (Shift s : Shifts.detect(evs, ShiftRule.DEFAULT.withMinHistory(2), false, null)) {
                assertThat(Math.abs(s.z())).isGreaterThanOrEqualTo(2.0);
                assertThat(s.drivers()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            }
        }
    }

    static String code(Random rnd) {
        return new String[]{"CHN", "RUS", "PRK", "KOR", "JPN", "USA", "IRN", "SAU", "EGY", "SDN", "UN", "EU"}[rnd.nextInt(12)];
    }
}
