/** English: verb inflection for the pattern lexicon and number words; data (gazetteer, patterns, word classes, months, date and number words) in resources/org/tawazun/lang/en/. */
package org.tawazun.lang.en;
