package org.tawazun.model;

/**
 * A paragraph of the raw text (a non-blank line, trimmed) and its language: "ar", "en", another ISO 639-1 code,
 * or the document's language when the paragraph is too short to tell. Mixed documents (an Arabic article quoting
 * a statement in English) have paragraphs of several languages.
 */
public record Paragraph(int start, int end, String lang) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
