package org.tawazun.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tawazun.model.Document;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files, folders and standard input in text, HTML or JSON Lines form, delivering each document
 * or each failure to a consumer, so one bad document (or one bad JSONL line) never stops the others.
 */
public final class Input {
    /** The result of reading one document. */
    public sealed interface Outcome permits Success, Failure {
    }

    public record Success(Document document) implements Outcome {
    }

    /** A document that could not be read: {@code input} names it (file, file:line), {@code message} says why. */
    public record Failure(String input, String message) implements Outcome {
        @Override
        public String toString() {
            return message;
        }
    }

    /** Documents larger than this are rejected (a runaway file is not an article). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Input() {
    }

    /**
     * Expands the arguments into files to read: "-" stays (standard input); a named file is always read; a folder
     * gives its files recursively in path order, skipping hidden files and folders and files that are plainly not
     * articles (README and other .md notes, images, PDFs, archives other than .gz); an argument with * ? [ or { that
     * is not a file is a glob pattern (** crosses folders). A path that names nothing is reported as a failure.
     */
    public static List<String> expand(List<String> args, Consumer<Failure> failures) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(a);
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                walk(p, f -> articleLike(f), out, a, failures);
            } else if (Files.exists(p)) {
                out.add(a);
            } else if (a.matches(".*[*?\\[{].*")) {
                int cut = firstGlobChar(a);
                int slash = a.lastIndexOf('/', cut);
                Path base = slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : a.substring(0, slash));
                PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + a);
                List<String> found = new ArrayList<>();
                if (Files.isDirectory(slash < 0 ? Path.of(".") : base)) walk(base, m::matches, found, a, failures);
                if (found.isEmpty()) failures.accept(new Failure(a, a + ": no files match this pattern"));
                out.addAll(found);
            } else {
                failures.accept(new Failure(a, a + ": no such file or folder"));
            }
        }
        return out;
    }

    private static final java.util.Set<String> NOT_ARTICLES = java.util.Set.of("md", "markdown", "pdf", "png", "jpg",
            "jpeg", "gif", "webp", "svg", "ico", "zip", "tar", "tgz", "7z", "rar", "bz2", "xz", "jar", "class", "exe",
            "so", "dll", "duckdb", "wal", "parquet", "csv", "tsv", "py", "sh", "java", "js", "css", "log");

    /** Files a folder walk reads: anything but notes, images, binaries and data tables (named files are always read). */
    static boolean articleLike(Path f) {
        String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 || !NOT_ARTICLES.contains(n.substring(dot + 1));
    }

    private static int firstGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) if ("*?[{".indexOf(s.charAt(i)) >= 0) return i;
        return s.length();
    }

    private static void walk(Path root, java.util.function.Predicate<Path> keep, List<String> out, String arg,
                             Consumer<Failure> failures) {
        Path start = root.toString().isEmpty() ? Path.of(".") : root;
        try (Stream<Path> s = Files.walk(start)) {
            s.filter(Files::isRegularFile)
                    .map(f -> root.toString().isEmpty() ? start.relativize(f) : f)
                    .filter(f -> !hidden(f, root))
                    .filter(keep)
                    .sorted()
                    .forEach(f -> out.add(f.toString()));
        } catch (IOException | java.io.UncheckedIOException e) {
            failures.accept(new Failure(arg, arg + ": cannot list folder: " + e.getMessage()));
        }
    }

    /** True when the file or a folder between the root and it starts with a dot. */
    private static boolean hidden(Path f, Path root) {
        Path rel = root.toString().isEmpty() ? f : root.relativize(f);
        for (Path part : rel) {
            String n = part.toString();
            if (n.startsWith(".") && !n.equals(".") && !n.equals("..")) return true;
        }
        return false;
    }

    /** Reads one path (or "-" for stdin) and hands every document or failure to {@code sink}. */
    public static void read(String path, Format format, InputStream stdin, Consumer<Outcome> sink) {
        byte[] bytes;
        String name = path.equals("-") ? "stdin" : path;
        try {
            if (path.equals("-")) {
                bytes = stdin.readNBytes((int) MAX_BYTES + 1);
            } else {
                Path p = Path.of(path);
                long size = Files.size(p);
                if (size > MAX_BYTES && format != Format.JSONL && !path.toLowerCase().endsWith(".jsonl")) {
                    sink.accept(new Failure(name, name + ": too large (" + size + " bytes; the limit for one article is " + MAX_BYTES + ")"));
                    return;
                }
                if (size > MAX_BYTES) {
                    readJsonl(Files.newInputStream(p), name, stem(path), sink);
                    return;
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (NoSuchFileException e) {
            sink.accept(new Failure(name, name + ": no such file"));
            return;
        } catch (IOException e) {
            sink.accept(new Failure(name, name + ": cannot read: " + e.getMessage()));
            return;
        }
        Format f = format == Format.AUTO ? Format.byName(name) : format;
        if (f == Format.JSONL) {
            readJsonl(new ByteArrayInputStream(bytes), name, path.equals("-") ? null : stem(path), sink);
            return;
        }
        String text;
        try {
            text = Decoder.decode(bytes, name);
        } catch (BadInputException e) {
            sink.accept(new Failure(name, e.getMessage()));
            return;
        }
        if (f == Format.AUTO) f = Format.sniff(text);
        if (f == Format.JSONL) {
            readJsonl(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, path.equals("-") ? null : stem(path), sink);
            return;
        }
        String id = path.equals("-") ? "stdin" : stem(path);
        if (f == Format.HTML) {
            HtmlExtractor.Page page = HtmlExtractor.extract(text);
            if (page.body().isBlank()) {
                sink.accept(new Failure(name, name + ": HTML page has no article text"));
                return;
            }
            sink.accept(new Success(new Document(id, page.body(), page.title(), null, page.published(), page.lang(), name)));
            return;
        }
        text = Decoder.clean(text);
        if (text.isBlank()) {
            sink.accept(new Failure(name, name + ": empty document"));
            return;
        }
        sink.accept(new Success(new Document(id, text, null, null, null, null, name)));
    }

    private static void readJsonl(InputStream in, String name, String stem, Consumer<Outcome> sink) {
        try (InputStream i = in) {
            jsonLines(i, name, stem, sink);
        } catch (IOException e) {
            sink.accept(new Failure(name, name + ": cannot read: " + e.getMessage()));
        }
    }

    /**
     * JSON Lines, streamed: one article per line, its id {@code <stem>-<line>} (or the line number when there is no
     * stem) unless the record has one. A line that is not a record, or longer than {@link #MAX_BYTES}, becomes a
     * failure naming the file and line; the other lines are read on.
     */
    public static void jsonLines(InputStream in, String name, String stem, Consumer<Outcome> sink) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
            if (line.isBlank()) continue;
            String where = name + ":" + no;
            if (line.length() > MAX_BYTES) {
                sink.accept(new Failure(where, where + ": too large (" + line.length() + " characters on one line; the limit is " + MAX_BYTES + ")"));
                continue;
            }
            try {
                sink.accept(new Success(fromJson(line, where, stem == null ? Integer.toString(no) : stem + "-" + no)));
            } catch (BadInputException e) {
                sink.accept(new Failure(where, e.getMessage()));
            }
        }
    }

    /** One JSON object → a document; {@code text} is required, everything else optional. */
    public static Document fromJson(String line, String where, String defaultId) throws BadInputException {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadInputException(where + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (n == null || !n.isObject()) throw new BadInputException(where + ": expected a JSON object per line");
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) {
            // news-please style records carry the body in maintext
            text = n.get("maintext");
        }
        if (text == null || !text.isTextual()) throw new BadInputException(where + ": missing required field \"text\"");
        if (text.asText().isBlank()) throw new BadInputException(where + ": field \"text\" is empty");
        String id = str(n, "id");
        String title = str(n, "title");
        String url = str(n, "url");
        String lang = str(n, "lang");
        if (lang == null) lang = str(n, "language");
        String date = str(n, "date");
        if (date == null) date = str(n, "date_publish");
        LocalDate published = null;
        if (date != null) {
            published = HtmlExtractor.parse(date);
            if (published == null) throw new BadInputException(where + ": field \"date\" is not an ISO date: \"" + date + "\"");
        }
        return new Document(id != null ? id : defaultId, Decoder.clean(text.asText()), title == null ? null : Decoder.clean(title),
                url, published, lang, where);
    }

    private static String str(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String stem(String path) {
        String f = Path.of(path).getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }
}
