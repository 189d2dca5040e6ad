/**
 * Reading articles: byte decoding (UTF-8 with or without BOM, UTF-16, Windows-1256), binary rejection, HTML
 * extraction (title, date, body without boilerplate) and JSON Lines input. A bad document becomes a
 * {@link org.tawazun.ingest.Input.Failure} naming the input and the problem; it never stops the others.
 */
package org.tawazun.ingest;
