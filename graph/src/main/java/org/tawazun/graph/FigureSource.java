package org.tawazun.graph;

import java.util.stream.Stream;

/**
 * Where dependence figures come from. The figures layer (quantitative claims extracted from articles) will
 * implement it; until then {@link #EMPTY} has none, and the relations model shows no dependence rather than
 * invented numbers.
 */
public interface FigureSource {
    FigureSource EMPTY = Stream::empty;

    /** All figures; the caller closes the stream. */
    Stream<Figure> figures();
}
