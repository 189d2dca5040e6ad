package org.tawazun.app;

/** How commands print records. */
enum OutputFormat {
    JSONL, JSON, TABLE;

    /** The default: a table on a terminal, JSON Lines when piped. */
    static OutputFormat auto() {
        return System.console() != null ? TABLE : JSONL;
    }
}
