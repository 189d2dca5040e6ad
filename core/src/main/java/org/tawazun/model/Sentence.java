package org.tawazun.model;

/** A sentence: its index in the document, raw offsets, and the range of its tokens [firstToken, endToken). */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {
    public int tokenCount() {
        return endToken - firstToken;
    }
}
