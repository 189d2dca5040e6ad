/**
 * Event coding: the pattern lexicon (lang/xx/patterns.tsv and classes.tsv), the matcher that finds patterns in a
 * sentence, the rules that assign actor and recipient (verb-subject order, prepositions, pronoun suffixes),
 * modality (negation, future, hypothetical) and the coder that turns matches into PLOVER events.
 */
package org.tawazun.coding;
