package org.tawazun.actor;

import java.util.Set;

/**
 * One gazetteer form.
 *
 * @param kind          what it names
 * @param code          ISO alpha-3 (country, capital, nisba, group, place), organization code, person id, region
 *                      code; or null
 * @param sector        sector code or null
 * @param gender        'f', 'm', 'p', 'd' or '?'
 * @param name          display name or null
 * @param caseSensitive the raw text must match {@code surface} exactly: English letter case (US, UK); Arabic
 *                      spelling with hamza and ة as written (إمام, not أمام)
 * @param ambiguous     the form has other readings (Georgia, Washington, عمان, a bare surname)
 * @param surface       the form as written in the data file
 * @param origin        file:line, for explanations
 * @param cues          normalized words that, near the form, select this reading over the others (empty: none)
 * @param relational    a sector noun whose possessive names the other party, not the actor's state (نظيره "his
 *                      counterpart" is someone else's minister; قواتها "its forces" are the state's own)
 * @param adjectiveOnly a sector noun that takes a state's adjective (الهجوم الإسرائيلي، غارة أميركية) but heads no
 *                      genitive: in قصف غزة، هجوم المسلحين the noun after it is the target or the attacker, not its state
 * @param verb          an Arabic sector noun spelled like a perfect verb (طالب "student" / طالَبَ "demanded"): in verb
 *                      position (first in its clause, after و/ف or a clause opener such as كما، فيما، الذي) it is the
 *                      verb, not a noun. Set on the bare written form only (الطالب، طالبا are nouns).
 */
public record GazetteerEntry(EntryKind kind, String code, String sector, char gender, String name,
                             boolean caseSensitive, boolean ambiguous, String surface, String origin, Set<String> cues,
                             boolean relational, boolean adjectiveOnly, boolean verb) {

    public GazetteerEntry(EntryKind kind, String code, String sector, char gender, String name,
                          boolean caseSensitive, boolean ambiguous, String surface, String origin, Set<String> cues,
                          boolean relational, boolean adjectiveOnly) {
        this(kind, code, sector, gender, name, caseSensitive, ambiguous, surface, origin, cues, relational, adjectiveOnly, false);
    }

    public GazetteerEntry(EntryKind kind, String code, String sector, char gender, String name,
                          boolean caseSensitive, boolean ambiguous, String surface, String origin, Set<String> cues,
                          boolean relational) {
        this(kind, code, sector, gender, name, caseSensitive, ambiguous, surface, origin, cues, relational, false, false);
    }

    public GazetteerEntry(EntryKind kind, String code, String sector, char gender, String name,
                          boolean caseSensitive, boolean ambiguous, String surface, String origin) {
        this(kind, code, sector, gender, name, caseSensitive, ambiguous, surface, origin, Set.of(), false, false, false);
    }

    /** True for kinds that name a state or stand for one (state, capital, adjective, place). */
    public boolean isStateKind() {
        return kind == EntryKind.COUNTRY || kind == EntryKind.CAPITAL || kind == EntryKind.NISBA || kind == EntryKind.PLACE;
    }
}
