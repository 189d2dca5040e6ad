/**
 * Arabic: the character folding used for matching, clitic segmentation (all readings, and a preferred one guarded
 * by known words), verb inflection for the lexicons and number words. Its data (gazetteer, patterns, word classes,
 * months, date and number words, the segmentation guard) lives in resources/org/tawazun/lang/ar/.
 */
package org.tawazun.lang.ar;
