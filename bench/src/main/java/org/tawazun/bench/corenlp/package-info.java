/**
 * Stanford CoreNLP as a benchmark reference, compiled only with the bench module's {@code -Pcorenlp} profile:
 * CoreNLP is GPL-3 and its Arabic models are large, so no shipped module and no default build ever sees it.
 */
package org.tawazun.bench.corenlp;
