package org.tawazun.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@code --name value} and {@code --flag} options of the benchmark mains; an unknown option is an error. */
final class Args {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    Args(String[] args, Set<String> valued, Set<String> flagNames) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) throw new IllegalArgumentException("unexpected argument '" + a + "'");
            String name = a.substring(2);
            if (flagNames.contains(name)) {
                flags.add(name);
            } else if (valued.contains(name)) {
                if (i + 1 >= args.length) throw new IllegalArgumentException("option --" + name + " needs a value");
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option --" + name + " (known: " + valued + " " + flagNames + ")");
            }
        }
    }

    String get(String name, String def) {
        return values.getOrDefault(name, def);
    }

    int getInt(String name, int def) {
        String v = values.get(name);
        try {
            return v == null ? def : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " needs a whole number, got '" + v + "'");
        }
    }

    long getLong(String name, long def) {
        String v = values.get(name);
        try {
            return v == null ? def : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " needs a whole number, got '" + v + "'");
        }
    }

    Path path(String name, String def) {
        return Path.of(get(name, def));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
