package org.tawazun.model;

/**
 * A reference to an actor in the text.
 *
 * @param start      raw start offset (after any clitic prefix such as the preposition in لروسيا)
 * @param end        raw end offset, exclusive
 * @param text       the raw text of the span
 * @param actor      what it refers to
 * @param via        how it was found: gazetteer, metonym, adjective, person, coref
 * @param firstToken first token index of the span
 * @param lastToken  last token index of the span (inclusive)
 * @param oblique    true when the mention is governed by a preposition (في روسيا، لكوريا، with Russia),
 *                   so it cannot be the subject of a clause
 * @param gender      grammatical gender/number in Arabic: 'f', 'm', 'p', 'd', or '?' when unknown
 * @param coordinated joined to the previous mention by a coordinator (كوريا الجنوبية واليابان; Japan and Korea)
 */
public record Mention(int start, int end, String text, Actor actor, String via,
                      int firstToken, int lastToken, boolean oblique, char gender, boolean coordinated) {

    public Mention withActor(Actor a, String how) {
        return new Mention(start, end, text, a, how, firstToken, lastToken, oblique, gender, coordinated);
    }

    public Mention withObliqueAndCoordinated(boolean obl, boolean coord) {
        return new Mention(start, end, text, actor, via, firstToken, lastToken, obl, gender, coord);
    }

    /** True when the mention names a state, organization or region (not only a sector such as "the army"). */
    public boolean hasCode() {
        return actor.hasCode();
    }
}
