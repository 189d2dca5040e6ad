/**
 * Reading articles: byte decoding (UTF-8 with or without BOM, UTF-16/32, Windows-1256 told from ISO-8859-6,
 * Windows-1252), rejection of non-text with what it looks like, HTML character references and control characters,
 * HTML extraction (title, byline, date, body without boilerplate) and JSON Lines input. A bad document becomes a
 * {@link org.tawazun.ingest.Input.Failure} naming the input and the problem; it never stops the others.
 */
package org.tawazun.ingest;
