package org.tawazun.actor;

/**
 * A place the text is set in: the state a city, province, capital or state stands for, where the words say where
 * something happens (a place after في / in / at or after a direction, شمال العراق; a city or province anywhere; a
 * dateline). {@code mention} is true when the same words are also an actor mention (a state after في, a city
 * outside a locative phrase); a place after في or a dateline is no actor mention.
 *
 * @param firstToken first token of the place name
 * @param lastToken  last token of the place name (inclusive)
 * @param code       ISO 3166-1 alpha-3 code of the state the place lies in
 * @param dateline   the place opens an article's dateline (بغداد ـ أ ف ب)
 * @param mention    the same words are also an actor mention
 */
public record Location(int firstToken, int lastToken, String code, boolean dateline, boolean mention) {
}
