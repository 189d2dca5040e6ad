package org.tawazun.store.corpus;

import java.util.Locale;

/** Formats {@code tawazun ingest} reads; AUTO decides by file name, then by content. RSS covers RSS 0.9x/1.0/2.0 and Atom. */
public enum CorpusFormat {
    AUTO, TEXT, HTML, JSONL, RSS, WARC;

    /** The format a file name implies (a trailing .gz is looked through), AUTO when the name does not tell. */
    public static CorpusFormat byName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".warc") || n.endsWith(".arc")) return WARC;
        if (n.endsWith(".rss") || n.endsWith(".atom")) return RSS;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) return JSONL;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return HTML;
        if (n.endsWith(".txt") || n.endsWith(".text")) return TEXT;
        return AUTO;
    }

    /** The format the first bytes of a file suggest: WARC, a feed, JSON Lines, else AUTO (core decides text or HTML). */
    public static CorpusFormat sniff(byte[] head, int n) {
        String s = new String(head, 0, Math.max(0, n), java.nio.charset.StandardCharsets.ISO_8859_1);
        String t = s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s; // UTF-8 byte-order mark
        t = t.stripLeading();
        if (t.startsWith("WARC/")) return WARC;
        if (t.startsWith("{")) return JSONL;
        if (t.startsWith("<?xml") || t.startsWith("<rss") || t.startsWith("<feed") || t.startsWith("<rdf:RDF")) {
            String head1k = t.substring(0, Math.min(t.length(), 2048));
            if (head1k.contains("<rss") || head1k.contains("<feed") || head1k.contains("<rdf:RDF")) return RSS;
        }
        return AUTO;
    }

    /** The format for core's reader, for the formats core reads. */
    public org.tawazun.ingest.Format core() {
        return switch (this) {
            case TEXT -> org.tawazun.ingest.Format.TEXT;
            case HTML -> org.tawazun.ingest.Format.HTML;
            case JSONL -> org.tawazun.ingest.Format.JSONL;
            default -> org.tawazun.ingest.Format.AUTO;
        };
    }
}
