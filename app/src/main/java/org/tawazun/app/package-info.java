/**
 * The command line: one picocli class per command, each {@code call()} returning the exit code
 * (0 ok, 1 some input was bad, 2 usage error).
 */
package org.tawazun.app;
