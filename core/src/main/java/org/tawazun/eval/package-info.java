/**
 * Measuring accuracy against gold standards: the document-level gold of news_dev and the examples (JSON Lines),
 * the Arabic event gold standard (sentence detection and actor codes) and PLOVER's English gold records. The
 * matching rules are written once here and used by {@code tawazun eval} and by the ratchet tests.
 */
package org.tawazun.eval;
