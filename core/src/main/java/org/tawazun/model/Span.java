package org.tawazun.model;

/** A span of raw text with its offsets (end exclusive). */
public record Span(String text, int start, int end) {
}
