package org.tawazun.model;

/** A date expression found in the text (في يونيو 2024، 12 November 2024) with its value and token range. */
public record DateMention(int start, int end, String text, EventDate date, int firstToken, int lastToken) {
}
