package org.tawazun.model;

/**
 * A reference to an actor in the text.
 *
 * @param start       raw start offset (after any clitic prefix such as the preposition in لروسيا)
 * @param end         raw end offset, exclusive
 * @param text        the raw text of the span
 * @param actor       what it refers to
 * @param via         how it was found: gazetteer (a name), metonym (a capital or seat of government), adjective (a
 *                    state's adjective with a sector noun), agent (a sector noun alone), context (a sector noun whose
 *                    state the context gives), coref (a reference or pronoun), person (kept for readers of older
 *                    output), input (read back from a file)
 * @param firstToken  first token index of the span
 * @param lastToken   last token index of the span (inclusive)
 * @param oblique     true when the mention is governed by a preposition (في روسيا، لكوريا، with Russia),
 *                    so it cannot be the subject of a clause
 * @param gender      grammatical gender/number in Arabic: 'f', 'm', 'p', 'd', or '?' when unknown
 * @param coordinated joined to the previous mention by a coordinator (كوريا الجنوبية واليابان; Japan and Korea)
 * @param person      the people.tsv id when the mention names a person (or refers back to one), else null: the
 *                    coder re-resolves the role for the event's date with {@code People.atDate}
 * @param ambiguous   the form has other readings (Georgia, عمان, a bare surname) and nothing in the document
 *                    decided between them: the default reading was taken, with lower confidence
 */
public record Mention(int start, int end, String text, Actor actor, String via,
                      int firstToken, int lastToken, boolean oblique, char gender, boolean coordinated,
                      String person, boolean ambiguous) {

    /** A mention that names no person and has no unresolved ambiguity (the record before person/ambiguous). */
    public Mention(int start, int end, String text, Actor actor, String via,
                   int firstToken, int lastToken, boolean oblique, char gender, boolean coordinated) {
        this(start, end, text, actor, via, firstToken, lastToken, oblique, gender, coordinated, null, false);
    }

    public Mention withActor(Actor a, String how) {
        return new Mention(start, end, text, a, how, firstToken, lastToken, oblique, gender, coordinated, person, ambiguous);
    }

    public Mention withObliqueAndCoordinated(boolean obl, boolean coord) {
        return new Mention(start, end, text, actor, via, firstToken, lastToken, obl, gender, coord, person, ambiguous);
    }

    /** True when the mention names a state, organization or region (not only a sector such as "the army"). */
    public boolean hasCode() {
        return actor.hasCode();
    }
}
