package org.tawazun.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the project's TSV data files: a header line {@code # col1<TAB>col2...} names the columns, lines starting
 * with {@code #} are comments, blank lines are skipped, every other line must have the header's column count
 * (trailing empty columns may be left out). Errors name the file and line.
 */
public final class Tsv {
    /** One data line: its columns by header name, and where it came from for error messages. */
    public record Row(String file, int line, List<String> header, String[] cols) {
        public String get(String name) {
            int i = header.indexOf(name);
            if (i < 0) throw new DataFileException(file, line, "no column '" + name + "' in header " + header);
            return i < cols.length ? cols[i].trim() : "";
        }

        /** The column, or null when empty. */
        public String opt(String name) {
            String v = get(name);
            return v.isEmpty() ? null : v;
        }

        public String required(String name) {
            String v = get(name);
            if (v.isEmpty()) throw fail("column '" + name + "' is empty");
            return v;
        }

        public double number(String name) {
            String v = required(name);
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw fail("column '" + name + "' is not a number: '" + v + "'");
            }
        }

        public DataFileException fail(String what) {
            return new DataFileException(file, line, what);
        }
    }

    private Tsv() {
    }

    /** Reads a classpath resource; fails if it is missing. */
    public static List<Row> resource(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) throw new DataFileException("missing data file on the classpath: " + name, null);
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    }

    /** True when the classpath resource exists. */
    public static boolean exists(Class<?> anchor, String name) {
        return anchor.getResource(name) != null;
    }

    public static List<Row> file(Path path) {
        try {
            return read(Files.newBufferedReader(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new DataFileException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    public static List<Row> read(Reader reader, String name) {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        try (BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader)) {
            String s;
            int no = 0;
            while ((s = r.readLine()) != null) {
                no++;
                if (no == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
                if (s.isBlank()) continue;
                if (s.startsWith("#")) {
                    if (header == null) {
                        header = Arrays.stream(s.substring(1).split("\t")).map(String::trim).toList();
                    }
                    continue;
                }
                if (header == null) throw new DataFileException(name, no, "data before the header line '# col1<TAB>col2...'");
                String[] cols = s.split("\t", -1);
                if (cols.length > header.size()) {
                    // allow trailing empty columns beyond the header, nothing else
                    for (int i = header.size(); i < cols.length; i++) {
                        if (!cols[i].isBlank()) {
                            throw new DataFileException(name, no, "has " + cols.length + " columns, header has " + header.size());
                        }
                    }
                }
                rows.add(new Row(name, no, header, cols));
            }
        } catch (IOException e) {
            throw new DataFileException("cannot read " + name + ": " + e.getMessage(), e);
        }
        if (header == null) throw new DataFileException(name, 1, "empty file: no header line");
        return rows;
    }
}
