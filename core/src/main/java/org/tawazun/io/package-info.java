/** Reading and writing Tawazun's own formats: events as JSON Lines (output contract v1, docs/schema.md). */
package org.tawazun.io;
