package org.tawazun.graph;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DependenceTest {
    static Figure fig(String holder, String of, String measure, double value, String unit, String asOf) {
        return new Figure(holder, of, measure, value, unit, asOf == null ? null : LocalDate.parse(asOf), "a sentence", "doc");
    }

    @Test
    void aShareGivesAnEdgeFromTheDependentToTheHolder() {
        List<DependenceEdge> es = Dependence.edges(List.of(fig("CHN", "PRK", "trade", 98, "%", "2024-11-12")));
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.dependent()).isEqualTo("PRK");
            assertThat(e.on()).isEqualTo("CHN");
            assertThat(e.share()).isCloseTo(0.98, within(1e-12));
            assertThat(e.figure().sentence()).isEqualTo("a sentence");
        });
    }

    @Test
    void anAmountNeedsATotalOfTheSameYearAndUnit() {
        Figure part = fig("CHN", "PRK", "trade", 2.0, "USD bn", "2023-06-01");
        Figure total = fig(null, "PRK", "trade", 2.5, "USD bn", "2023-12-31");
        assertThat(Dependence.edges(List.of(part))).isEmpty();
        List<DependenceEdge> es = Dependence.edges(List.of(part, total));
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.share()).isCloseTo(0.8, within(1e-12));
            assertThat(e.total()).isEqualTo(total);
        });
        assertThat(Dependence.edges(List.of(part, fig(null, "PRK", "trade", 2.5, "USD bn", "2022-12-31")))).isEmpty();
    }

    @Test
    void theLatestFigureWinsAndAsymmetryComparesBothDirections() {
        List<DependenceEdge> es = Dependence.edges(List.of(
                fig("CHN", "PRK", "trade", 90, "%", "2019-01-01"),
                fig("CHN", "PRK", "trade", 98, "%", "2024-01-01"),
                fig("CHN", "PRK", "trade", 50, "%", null),
                fig("PRK", "CHN", "trade", 0.001, "share", "2024-01-01"),
                fig("CHN", "PRK", "trade", 140, "%", "2025-01-01"))); // not a share of a whole: ignored
        assertThat(es).hasSize(2);
        assertThat(Dependence.between(es, "PRK", "CHN")).extracting(DependenceEdge::share).containsExactly(0.001, 0.98);
        assertThat(Dependence.asymmetry(es, "PRK", "CHN", "trade")).isCloseTo(0.979, within(1e-12));
        assertThat(Dependence.asymmetry(es, "PRK", "RUS", "trade")).isNaN();
    }

    @Test
    void theDefaultSourceHasNoFigures() {
        assertThat(Dependence.edges(FigureSource.EMPTY)).isEmpty();
        FigureSource one = () -> Stream.of(fig("RUS", "ARM", "arms", 94, "percent", "2020-01-01"));
        assertThat(Dependence.edges(one)).extracting(DependenceEdge::dependent).containsExactly("ARM");
    }
}
