package org.tawazun.store;

/** The store cannot be opened, read or written; the message names the store file and what went wrong. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
