/**
 * Corpus readers for ingestion: path expansion (folders, globs, standard input) and the formats beyond core's
 * text, HTML and JSON Lines: RSS/Atom feeds (Rome) and web archives (WARC, jwarc). They live here rather than in
 * core so that core keeps to the JDK and small libraries; pages and feed items still go through core's
 * {@link org.tawazun.ingest.HtmlExtractor} and {@link org.tawazun.ingest.Decoder}.
 */
package org.tawazun.store.corpus;
