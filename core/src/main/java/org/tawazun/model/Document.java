package org.tawazun.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read from its source: the raw text is never changed by later stages.
 *
 * @param id        stable identifier (file name without extension, JSONL id, or line number)
 * @param text      the raw article text; every offset in the pipeline points into it
 * @param title     headline, or null
 * @param url       source URL, or null
 * @param published publication date, or null when unknown
 * @param lang      ISO 639-1 language code given by the source ("ar", "en"), or null to detect
 * @param source    where it came from (file path, "stdin:3"), for error messages
 */
public record Document(String id, String text, String title, String url, LocalDate published, String lang, String source) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Document of(String id, String text) {
        return new Document(id, text, null, null, null, null, id);
    }

    public Document withLang(String language) {
        return new Document(id, text, title, url, published, language, source);
    }
}
