/**
 * Who is acting: the gazetteer (states, capitals and organs, adjectives, places, sector nouns, organizations, groups,
 * people with dated roles) as a token trie, the choice among the readings of ambiguous forms ({@code Readings}), the
 * assembly of adjacent matches into actor mentions ({@code MentionFinder}: الرئيس الروسي فلاديمير بوتين is one actor),
 * references and pronouns ({@code References}, {@link org.tawazun.actor.PronounResolver}), the state the context gives
 * sector nouns ({@code AgentContext}), and the import of PETRARCH dictionaries ({@link org.tawazun.actor.PetrarchDictionary}).
 * The rules are documented in docs/data.md.
 */
package org.tawazun.actor;
