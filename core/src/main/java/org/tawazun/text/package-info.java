/**
 * Language-neutral text machinery: the normalized view of a raw text with its offset map, sentence splitting and
 * tokenization. Language-specific rules live in org.tawazun.lang.*.
 */
package org.tawazun.text;
