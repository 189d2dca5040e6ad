package org.tawazun.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The gold formats {@code tawazun eval} reads, detected by content (docs/evaluation.md). */
public enum GoldFormat {
    /** Tawazun's document-level gold: JSON Lines with "text" and "events". */
    DOCUMENT,
    /** The Arabic event gold standard's sentence-level detection CSV (id,event_type,label,...,text). */
    SENTENCE_DETECTION,
    /** The Arabic event gold standard's per-annotator spans (JSON array of items with "spans"). */
    ACTOR_SPANS,
    /** PLOVER's English gold records (JSON array of records with "event", "source", "text"). */
    PLOVER_RECORDS;

    public static GoldFormat detect(Path file) throws IOException {
        String head;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[65536];
            int n = r.read(buf);
            head = n <= 0 ? "" : new String(buf, 0, n);
        }
        if (head.startsWith("\uFEFF")) head = head.substring(1);
        String t = head.stripLeading();
        if (t.startsWith("id,event_type,label")) return SENTENCE_DETECTION;
        if (t.startsWith("{") && t.contains("\"events\"") && t.contains("\"text\"")) return DOCUMENT;
        if (t.startsWith("[")) {
            if (t.contains("\"spans\"") && t.contains("\"event_type\"")) return ACTOR_SPANS;
            if (t.contains("\"event\"") && t.contains("\"source\"")) return PLOVER_RECORDS;
        }
        throw new IOException(file + ": not a gold format tawazun eval knows (document JSONL, Arabic event gold CSV or spans"
                + " JSON, PLOVER gold JSON); see docs/evaluation.md");
    }
}
