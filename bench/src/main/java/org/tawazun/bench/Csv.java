package org.tawazun.bench;

import java.io.IOException;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated fields, double quotes around fields that hold commas, quotes or line
 * breaks, {@code ""} for a quote inside a quoted field. Enough for the Arabic event gold standard's CSV files.
 */
final class Csv {
    private Csv() {
    }

    /** All records, the header included; fails with the record number on an unterminated quote. */
    static List<String[]> read(BufferedReader in, String name) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) break;
                        in.reset();
                    }
                } else {
                    field.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                }
                case '\n' -> {
                    if (any || field.length() > 0) {
                        fields.add(field.toString());
                        out.add(fields.toArray(new String[0]));
                    }
                    fields.clear();
                    field.setLength(0);
                    any = false;
                }
                default -> {
                    field.append(ch);
                    any = true;
                }
            }
        }
        if (quoted) throw new IOException(name + ": record " + (out.size() + 1) + " has an unterminated quoted field");
        if (any || field.length() > 0) {
            fields.add(field.toString());
            out.add(fields.toArray(new String[0]));
        }
        return out;
    }
}
