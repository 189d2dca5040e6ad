package org.tawazun.ingest;

/** A document that cannot be read; the message names the input and what is wrong with it. */
public class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
