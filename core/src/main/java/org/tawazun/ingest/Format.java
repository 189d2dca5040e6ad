package org.tawazun.ingest;

import java.util.Locale;

/** Input formats; AUTO decides by file extension, then by content. */
public enum Format {
    AUTO, TEXT, HTML, JSONL;

    public static Format byName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return HTML;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) return JSONL;
        if (n.endsWith(".txt") || n.endsWith(".text")) return TEXT;
        return AUTO;
    }

    public static Format sniff(String content) {
        String head = content.stripLeading();
        if (head.startsWith("{")) return JSONL;
        String low = head.substring(0, Math.min(head.length(), 2048)).toLowerCase(Locale.ROOT);
        if (low.startsWith("<!doctype html") || low.startsWith("<html") || low.contains("<body") || low.contains("<article")) return HTML;
        return TEXT;
    }
}
