package org.tawazun.store;

import java.time.LocalDate;

/** One sentence behind an event: the mention, its sentence and the article it came from. */
public record Source(long mentionId, String docId, int ordinal, String lang, String type, String cameo, String modality,
                     String date, String datePrecision, String dateSource, int sentenceIndex, int sentenceStart,
                     int sentenceEnd, String sentenceText, String triggerText, int triggerStart, int triggerEnd,
                     String pattern, String actorsJson, String recipientsJson, long articleId, String url, String title,
                     String outlet, LocalDate published, String sourcePath) {
    /** The event id in the output contract: {@code <doc>#<n>}. */
    public String contractId() {
        return docId + "#" + ordinal;
    }
}
