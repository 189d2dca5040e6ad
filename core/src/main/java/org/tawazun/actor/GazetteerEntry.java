package org.tawazun.actor;

/**
 * One gazetteer form.
 *
 * @param kind          what it names
 * @param code          ISO alpha-3 (country, capital, nisba, group), organization code, person id, region code; or null
 * @param sector        sector code or null
 * @param gender        'f', 'm', 'p', 'd' or '?'
 * @param name          display name or null
 * @param caseSensitive the raw text must match {@code surface} exactly (English US, UK)
 * @param ambiguous     the form has other readings (Georgia, Washington)
 * @param surface       the form as written in the data file
 * @param origin        file:line, for explanations
 */
public record GazetteerEntry(EntryKind kind, String code, String sector, char gender, String name,
                             boolean caseSensitive, boolean ambiguous, String surface, String origin) {
}
