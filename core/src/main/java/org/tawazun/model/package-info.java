/**
 * The values every stage reads and writes: documents, sentences, tokens, actor mentions and coded events.
 * All offsets are character offsets into the raw article text (end exclusive), so any output can be traced back.
 */
package org.tawazun.model;
