package org.tawazun.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A deduplicated event as stored, with the fields of its lead mention (the earliest report) that exports and
 * tables show: its actors and recipients (JSON arrays as in the output contract), its sentence and its article.
 */
public record StoredEvent(long id, String type, String actorCodes, String recipientCodes, String date, String datePrecision,
                          LocalDate dateStart, LocalDate dateEnd, String cameo, Double goldstein, Integer quadClass, Double score,
                          int numMentions, int numSources, int numArticles, LocalDate firstSeen, LocalDate lastSeen,
                          LocalDateTime addedAt, String languages, long leadMention,
                          String mode, String contexts, String actorsJson, String recipientsJson, int sentenceIndex,
                          String sentenceText, String triggerText, String pattern, String url, String title, String outlet,
                          String docId, String sourcePath) {
}
