package org.tawazun.graph;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tawazun.ingest.Format;
import org.tawazun.ingest.Input;
import org.tawazun.pipeline.Pipeline;
import org.tawazun.pipeline.Pipelines;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relations a reader of the example articles would agree with, computed from what the coder finds in them
 * (pipeline → dyad events → relations with the default sign rule). Most events in the seed article are undated, so
 * the window is all time. If the coder changes, these pins say whether the relations still read right.
 */
class ExamplesRelationsTest {
    static List<DyadEvent> events;
    static RelationSet all;

    @BeforeAll
    static void analyseTheExamples() {
        Pipeline pipeline = Pipelines.standard();
        List<DyadEvent> out = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String f : Input.expand(List.of("../examples"), o -> failures.add(o.toString()))) {
            Input.read(f, Format.AUTO, System.in, o -> {
                if (o instanceof Input.Success s) out.addAll(DyadEvents.fromDocument(pipeline.process(s.document()).events(), failures::add));
                else failures.add(o.toString());
            });
        }
        if (!failures.isEmpty()) throw new AssertionError("examples did not read cleanly: " + failures);
        if (out.size() < 20) throw new AssertionError("too few dyad events from the examples: " + out.size());
        events = out;
        all = RelationSet.compute(events, Window.ALL, SignRule.DEFAULT);
    }

    @Test
    void northKoreaAndRussiaAreFriendlyBothWays() {
        assertThat(all.pair("PRK", "RUS").sign()).isEqualTo(1);
        assertThat(all.relation("PRK", "RUS").sign()).isEqualTo(1);
        assertThat(all.relation("RUS", "PRK").sign()).isEqualTo(1);
        assertThat(all.pair("PRK", "RUS").pooled().stats().conflictual()).isZero();
    }

    /** China supports North Korea yet sanctions it and cuts its support; North Korea shows displeasure: mixed, leaning hostile. */
    @Test
    void northKoreaAndChinaAreMixedAndLeanHostile() {
        SymmetricRelation p = all.pair("CHN", "PRK");
        assertThat(p.sign()).isEqualTo(-1);
        assertThat(p.pooled().stats().mixed()).isTrue();
        assertThat(p.pooled().stats().cooperative()).isPositive();
        assertThat(p.pooled().stats().conflictual()).isGreaterThan(p.pooled().stats().cooperative());
        assertThat(all.relation("PRK", "CHN").sign()).isEqualTo(-1);
        assertThat(all.relation("CHN", "PRK").stats().mixed()).isTrue();
    }

    /** China holds security talks with South Korea and Japan: engagement. */
    @Test
    void chinaEngagesSouthKoreaAndJapan() {
        assertThat(all.pair("CHN", "KOR").sign()).isEqualTo(1);
        assertThat(all.pair("CHN", "JPN").sign()).isEqualTo(1);
    }

    /** Among the six East Asian actors the signs split into two camps: North Korea and Russia against the rest. */
    @Test
    void balanceOfTheSixEastAsianActors() {
        List<String> six = List.of("CHN", "RUS", "PRK", "KOR", "JPN", "USA");
        List<DyadEvent> among = events.stream().filter(Filter.ALL.among(six)::test).toList();
        BalanceReport r = BalanceReport.analyse(among, List.of(Window.ALL), SignRule.DEFAULT, six, TriadListing.ALL, Frustration.Options.DEFAULT,
                Blocs.Options.DEFAULT).get(0);
        assertThat(r.graph().sign("PRK", "RUS")).isEqualTo(1);
        assertThat(r.graph().sign("CHN", "PRK")).isEqualTo(-1);
        assertThat(r.graph().sign("CHN", "KOR")).isEqualTo(1);
        assertThat(r.graph().sign("CHN", "JPN")).isEqualTo(1);
        assertThat(r.frustration().index()).isZero();
        Blocs.Partition p = r.blocs();
        assertThat(p.k()).isEqualTo(2);
        assertThat(p.bloc().get("PRK")).isEqualTo(p.bloc().get("RUS"));
        assertThat(p.bloc().get("CHN")).isEqualTo(p.bloc().get("KOR")).isEqualTo(p.bloc().get("JPN")).isNotEqualTo(p.bloc().get("PRK"));
    }
}
