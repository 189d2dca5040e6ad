package org.tawazun.pipeline;

/** The annotation layers stages add to a document, in the order the standard pipeline adds them. */
public enum Layer {
    LANGUAGE, NORMALIZED, TOKENS, SENTENCES, DATES, NUMBERS, MENTIONS, EVENTS
}
