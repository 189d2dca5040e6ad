package org.tawazun.store.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tawazun.ingest.BadInputException;
import org.tawazun.ingest.Input;
import org.tawazun.model.Document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * A corpus on disk or on standard input: expands paths (files, folders recursively, glob patterns, "-") and reads
 * each in its format: text, HTML and JSON Lines through core's {@link Input}, a whole .json file (one news-please
 * record or an array of them), RSS/Atom feeds ({@link FeedReader}) and WARC archives ({@link WarcPages});
 * .jsonl.gz and .warc.gz are read compressed. Every document or failure goes to the sink in file order; a bad
 * document never stops the others. Documents longer than {@link #MAX_CHARS} characters are refused.
 */
public final class Corpus {
    /** The longest article accepted, in characters of text (a long news feature is under 100,000). */
    public static final int MAX_CHARS = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CorpusFormat format;
    private final InputStream stdin;
    private final LongConsumer progress;
    private long skipped;

    /**
     * @param format   the format of every input, or AUTO
     * @param stdin    what "-" reads
     * @param progress told the number of input bytes consumed as reading goes on
     */
    public Corpus(CorpusFormat format, InputStream stdin, LongConsumer progress) {
        this.format = format;
        this.stdin = stdin;
        this.progress = progress;
    }

    /** Web-archive responses skipped so far because they were not HTML pages with status 200. */
    public long skippedRecords() {
        return skipped;
    }

    /** Expands the arguments into files to read: see {@link Input#expand}. */
    public static List<String> expand(List<String> args, Consumer<Input.Failure> failures) {
        return Input.expand(args, failures);
    }

    /** The size of a file in bytes (0 for "-" or when unknown), for progress. */
    public static long size(String path) {
        if (path.equals("-")) return 0;
        try {
            return Files.size(Path.of(path));
        } catch (IOException e) {
            return 0;
        }
    }

    /** An exception thrown by the sink (not by reading): it must reach the caller. */
    private static final class SinkException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkException(RuntimeException cause) {
            super(cause);
        }
    }

    /**
     * Reads one path, handing every document and failure to {@code sink}. An unexpected error of a reading library
     * becomes a failure of this path; an exception of the sink itself is rethrown.
     */
    public void read(String path, Consumer<Input.Outcome> sink) {
        Consumer<Input.Outcome> checked = o -> {
            try {
                sink.accept(check(o));
            } catch (RuntimeException e) {
                throw new SinkException(e);
            }
        };
        try {
            readChecked(path, checked);
        } catch (SinkException e) {
            throw (RuntimeException) e.getCause();
        } catch (RuntimeException e) {
            sink.accept(new Input.Failure(path, (path.equals("-") ? "stdin" : path) + ": could not be read (" + e + ")"));
        }
    }

    private void readChecked(String path, Consumer<Input.Outcome> checked) {
        if (path.equals("-")) {
            readStdin(checked);
            return;
        }
        Path p = Path.of(path);
        CorpusFormat f = format != CorpusFormat.AUTO ? format : CorpusFormat.byName(p.getFileName().toString());
        try {
            if (f == CorpusFormat.AUTO) f = sniff(p);
            switch (f) {
                case WARC -> {
                    try (InputStream in = new CountingInputStream(Files.newInputStream(p), progress)) {
                        skipped += WarcPages.read(in, path, checked);
                    }
                }
                case RSS -> {
                    if (tooLarge(p, path, checked)) return;
                    try (InputStream in = open(p)) {
                        FeedReader.read(in, path, stem(path), checked);
                    }
                }
                case JSONL -> {
                    String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                    if ((n.endsWith(".json") || n.endsWith(".json.gz")) && Files.size(p) <= Input.MAX_BYTES) {
                        byte[] all;
                        try (InputStream in = open(p)) {
                            all = in.readNBytes((int) Input.MAX_BYTES + 1);
                        }
                        readJsonFile(all, path, checked);
                    } else {
                        try (InputStream in = open(p)) {
                            Input.jsonLines(in, path, stem(path), checked);
                        }
                    }
                }
                default -> {
                    Input.read(path, f.core(), stdin, checked);
                    progress.accept(Corpus.size(path));
                }
            }
        } catch (NoSuchFileException e) {
            checked.accept(new Input.Failure(path, path + ": no such file"));
        } catch (IOException | java.io.UncheckedIOException e) {
            checked.accept(new Input.Failure(path, path + ": cannot read: " + FeedReader.oneLine(e.getMessage())));
        }
    }

    private boolean tooLarge(Path p, String name, Consumer<Input.Outcome> sink) throws IOException {
        long size = Files.size(p);
        if (size <= Input.MAX_BYTES) return false;
        sink.accept(new Input.Failure(name, name + ": too large (" + size + " bytes; the limit for one file of this kind is " + Input.MAX_BYTES + ")"));
        progress.accept(size);
        return true;
    }

    private static CorpusFormat sniff(Path p) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(p)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            // compressed without a telling name: look inside
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                n = in.readNBytes(head, 0, head.length);
            } catch (IOException e) {
                return CorpusFormat.AUTO;
            }
            CorpusFormat inner = CorpusFormat.sniff(head, n);
            return inner == CorpusFormat.AUTO ? CorpusFormat.AUTO : inner;
        }
        return CorpusFormat.sniff(head, n);
    }

    /** The file's bytes, counted for progress and decompressed when gzip. */
    private InputStream open(Path p) throws IOException {
        BufferedInputStream in = new BufferedInputStream(new CountingInputStream(Files.newInputStream(p), progress), 1 << 16);
        return gunzipIfNeeded(in);
    }

    private static InputStream gunzipIfNeeded(BufferedInputStream in) throws IOException {
        in.mark(2);
        int a = in.read(), b = in.read();
        in.reset();
        if (a == 0x1F && b == 0x8B) return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        return in;
    }

    private void readStdin(Consumer<Input.Outcome> sink) {
        try {
            BufferedInputStream in = new BufferedInputStream(new CountingInputStream(stdin, progress), 1 << 16);
            InputStream data = gunzipIfNeeded(in);
            BufferedInputStream peek = data instanceof BufferedInputStream bi ? bi : new BufferedInputStream(data);
            peek.mark(8192);
            byte[] head = peek.readNBytes(4096);
            peek.reset();
            CorpusFormat f = format != CorpusFormat.AUTO ? format : CorpusFormat.sniff(head, head.length);
            switch (f) {
                case WARC -> skipped += WarcPages.read(peek, "stdin", sink);
                case RSS -> FeedReader.read(peek, "stdin", "stdin", sink);
                case JSONL -> Input.jsonLines(peek, "stdin", null, sink);
                default -> Input.read("-", f.core(), peek, sink);
            }
        } catch (IOException e) {
            sink.accept(new Input.Failure("stdin", "stdin: cannot read: " + FeedReader.oneLine(e.getMessage())));
        }
    }

    /**
     * A .json file: one record (as news-please writes one file per article), an array of records, or, when it
     * is neither, JSON Lines.
     */
    private void readJsonFile(byte[] bytes, String name, Consumer<Input.Outcome> sink) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        String stem = stem(name);
        List<JsonNode> roots = new ArrayList<>();
        try {
            if (text.stripLeading().startsWith("[")) {
                roots.add(JSON.readTree(text)); // readValues would unwrap a root array
            } else {
                try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(text)) {
                    while (it.hasNextValue()) roots.add(it.nextValue());
                }
            }
        } catch (JsonProcessingException | RuntimeException e) {
            roots = null; // not one JSON document: read it line by line to name the bad lines
        }
        if (roots != null && roots.size() == 1 && roots.get(0).isArray()) {
            int i = 0;
            for (JsonNode n : roots.get(0)) {
                i++;
                String where = name + "[" + i + "]";
                try {
                    sink.accept(new Input.Success(Input.fromJson(n.toString(), where, stem + "-" + i)));
                } catch (BadInputException e) {
                    sink.accept(new Input.Failure(where, e.getMessage()));
                }
            }
            if (i == 0) sink.accept(new Input.Failure(name, name + ": empty JSON array"));
            return;
        }
        if (roots != null && roots.size() == 1 && text.strip().contains("\n")) {
            try {
                sink.accept(new Input.Success(Input.fromJson(roots.get(0).toString(), name, stem)));
            } catch (BadInputException e) {
                sink.accept(new Input.Failure(name, e.getMessage()));
            }
            return;
        }
        if (roots != null && roots.isEmpty()) {
            sink.accept(new Input.Failure(name, name + ": empty document"));
            return;
        }
        Input.jsonLines(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, stem, sink);
    }

    /** Applies the store's limits to a document read successfully. */
    static Input.Outcome check(Input.Outcome o) {
        if (!(o instanceof Input.Success s)) return o;
        Document d = s.document();
        String where = d.source() != null ? d.source() : d.id();
        if (d.text().length() > MAX_CHARS) {
            return new Input.Failure(where, where + ": too large (" + d.text().length() + " characters; the limit for one article is "
                    + MAX_CHARS + ")");
        }
        if (d.text().isBlank()) return new Input.Failure(where, where + ": empty document");
        return o;
    }

    static String stem(String path) {
        String f = Path.of(path).getFileName().toString();
        for (String ext : new String[]{".gz"}) if (f.endsWith(ext)) f = f.substring(0, f.length() - ext.length());
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }
}
