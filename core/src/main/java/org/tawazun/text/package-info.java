/**
 * Language-neutral text machinery: the normalized view of a raw text with its offset map, tokens with their clitic
 * readings, sentences (with datelines), dates and numbers read with each language's word lists, and language
 * identification per document and paragraph. Every result keeps offsets into the raw text. Language-specific
 * rules and data live in org.tawazun.lang.* and resources/org/tawazun/lang/.
 */
package org.tawazun.text;
