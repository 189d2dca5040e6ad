/** Small shared helpers: reading the project's TSV data files with file-and-line errors. */
package org.tawazun.util;
