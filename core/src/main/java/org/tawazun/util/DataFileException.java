package org.tawazun.util;

/** A data file (lexicon, gazetteer, ontology table) has a bad entry; the message names the file and line. */
public class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String file, int line, String what) {
        super(file + ":" + line + ": " + what);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
