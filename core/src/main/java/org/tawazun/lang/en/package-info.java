/** English: verb inflection for the pattern lexicon; data (gazetteer, patterns, word classes) in resources/org/tawazun/lang/en/. */
package org.tawazun.lang.en;
