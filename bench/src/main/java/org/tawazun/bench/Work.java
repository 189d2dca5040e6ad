package org.tawazun.bench;

import org.tawazun.model.Document;

import java.util.List;

/**
 * One kind of work over a list of documents, for the interleaved comparisons. It returns the tokens and sentences
 * it produced, which the caller checks and sums, so no work can be optimized away.
 */
public interface Work {
    /** What one run produced: tokens (each tool's own notion) and sentences (0 when the tool does not split). */
    record Output(long tokens, long sentences) {
    }

    String name();

    Output run(List<Document> docs) throws Exception;
}
