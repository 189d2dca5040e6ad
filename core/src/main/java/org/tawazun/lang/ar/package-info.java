/**
 * Arabic: the character folding used for matching, clitic segmentation, number words and date expressions.
 * Its data (gazetteer, patterns, word classes) lives in resources/org/tawazun/lang/ar/.
 */
package org.tawazun.lang.ar;
