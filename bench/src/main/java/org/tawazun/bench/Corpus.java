package org.tawazun.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tawazun.eval.GoldDocument;
import org.tawazun.eval.GoldReader;
import org.tawazun.ingest.Format;
import org.tawazun.ingest.Input;
import org.tawazun.model.Document;
import org.tawazun.text.LanguageGuesser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark corpus, built the same way every time from the development texts: the example articles, the 65
 * news_dev articles, every sentence of the Arabic event gold standard's dev CSVs and every PLOVER English dev
 * record. The base set is read in a fixed order; a corpus of any size is that set repeated, each copy shuffled with
 * a seeded {@link Random}, until it holds at least the requested number of UTF-8 bytes. Copies share the text
 * strings (a repeated document is the same text): a 50 MB corpus holds about 27 MiB of heap, records and ids.
 */
public final class Corpus {
    /** The seed of every shuffle, unless a run asks for another. */
    public static final long SEED = 20261125L;
    /** A megabyte here is 10^6 bytes of UTF-8 text. */
    public static final long MB = 1_000_000L;

    /** One group of source texts and its size. */
    public record Part(String name, String lang, int docs, long chars, long bytes) {
    }

    private final List<Document> base;
    private final List<Part> parts;

    private Corpus(List<Document> base, List<Part> parts) {
        this.base = List.copyOf(base);
        this.parts = List.copyOf(parts);
    }

    /** Reads the base set from the shared data folder and the project's examples folder. */
    public static Corpus load(Path shared, Path examples) throws IOException {
        Path data = shared.resolve("data");
        if (!Files.isDirectory(data)) throw new IOException(data + ": not a folder; pass --shared with the shared data folder");
        List<Document> docs = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        add(docs, parts, "examples", examples(examples));
        add(docs, parts, "news_dev", newsDev(data.resolve("news_dev/gold.jsonl")));
        add(docs, parts, "arabic_event_gsr assault_dev", csvTexts(data.resolve("arabic_event_gsr/assault_dev.csv")));
        add(docs, parts, "arabic_event_gsr protest_dev", csvTexts(data.resolve("arabic_event_gsr/protest_dev.csv")));
        add(docs, parts, "plover_gsr_en dev", plover(data.resolve("plover_gsr_en/plover_gsr_dev.json")));
        return new Corpus(docs, parts);
    }

    /** A corpus over given documents (tests). */
    static Corpus of(List<Document> docs) {
        List<Document> withLang = new ArrayList<>();
        for (Document d : docs) withLang.add(d.lang() == null ? d.withLang(LanguageGuesser.guess(d.text())) : d);
        return new Corpus(withLang, List.of());
    }

    private static void add(List<Document> docs, List<Part> parts, String name, List<Document> found) {
        Map<String, long[]> byLang = new LinkedHashMap<>();
        for (Document d : found) {
            long[] c = byLang.computeIfAbsent(d.lang(), k -> new long[3]);
            c[0]++;
            c[1] += d.text().length();
            c[2] += utf8Length(d.text());
        }
        byLang.forEach((lang, c) -> parts.add(new Part(name, lang, (int) c[0], c[1], c[2])));
        docs.addAll(found);
    }

    /** The example articles (text, HTML, JSON Lines), read as the CLI reads them; README.md is not an article. */
    static List<Document> examples(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": not a folder; pass --examples with the project's examples folder");
        List<String> problems = new ArrayList<>();
        List<String> paths = Input.expand(List.of(dir.toString()), f -> problems.add(f.toString()));
        List<Document> out = new ArrayList<>();
        for (String p : paths) {
            if (p.endsWith("README.md")) continue;
            Input.read(p, Format.AUTO, InputStream.nullInputStream(), o -> {
                if (o instanceof Input.Success s) {
                    Document d = s.document();
                    out.add(new Document("examples/" + d.id(), d.text(), d.title(), d.url(), d.published(),
                            d.lang() != null ? d.lang() : LanguageGuesser.guess(d.text()), d.source()));
                } else {
                    problems.add(o.toString());
                }
            });
        }
        if (!problems.isEmpty()) throw new IOException("cannot read the examples: " + problems);
        return out;
    }

    static List<Document> newsDev(Path gold) throws IOException {
        List<Document> out = new ArrayList<>();
        for (GoldDocument g : GoldReader.documents(gold)) {
            String lang = g.lang() != null ? g.lang() : LanguageGuesser.guess(g.text());
            out.add(new Document("news_dev/" + g.file(), g.text(), g.title(), null, g.published(), lang, gold.toString()));
        }
        return out;
    }

    /** The {@code text} column of an Arabic event gold standard CSV, one document per sentence. */
    static List<Document> csvTexts(Path csv) throws IOException {
        List<String[]> rows;
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = Csv.read(r, csv.toString());
        }
        if (rows.isEmpty()) throw new IOException(csv + ": empty");
        String[] header = rows.get(0);
        int id = indexOf(header, "id", csv);
        int text = indexOf(header, "text", csv);
        List<Document> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (r.length <= Math.max(id, text)) throw new IOException(csv + ": record " + (i + 1) + " has " + r.length + " fields, expected " + header.length);
            if (r[text].isBlank()) continue;
            out.add(new Document(csv.getFileName() + ":" + r[id], r[text], null, null, null, "ar", csv + ":" + (i + 1)));
        }
        return out;
    }

    private static int indexOf(String[] header, String column, Path file) throws IOException {
        for (int i = 0; i < header.length; i++) if (header[i].strip().equals(column)) return i;
        throw new IOException(file + ": no column '" + column + "' in the header");
    }

    /** The {@code text} of every PLOVER gold record (a JSON array). */
    static List<Document> plover(Path json) throws IOException {
        JsonNode arr = new ObjectMapper().readTree(json.toFile());
        if (arr == null || !arr.isArray()) throw new IOException(json + ": expected a JSON array of records");
        List<Document> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : arr) {
            i++;
            String text = n.path("text").asText("");
            if (text.isBlank()) continue;
            String lang = n.path("language").asText("en");
            out.add(new Document("plover/" + n.path("id").asText(Integer.toString(i)), text, null, null, null, lang, json + "#" + i));
        }
        return out;
    }

    public List<Part> parts() {
        return parts;
    }

    /** The base set, in its fixed order: every document ({@code "all"}) or those of one language. */
    public List<Document> base(String lang) {
        if (lang.equals("all")) return base;
        List<Document> out = new ArrayList<>();
        for (Document d : base) if (lang.equals(d.lang())) out.add(d);
        if (out.isEmpty()) throw new IllegalArgumentException("no document in language '" + lang + "'");
        return out;
    }

    /** The base set of {@code lang} repeated, each copy shuffled, until it holds at least {@code minBytes}. */
    public List<Document> repeated(String lang, long minBytes, long seed) {
        List<Document> set = base(lang);
        long setBytes = 0;
        for (Document d : set) setBytes += utf8Length(d.text());
        Random rnd = new Random(seed);
        List<Document> out = new ArrayList<>();
        long bytes = 0;
        for (int copy = 0; bytes < minBytes; copy++) {
            List<Document> c = new ArrayList<>(set);
            Collections.shuffle(c, rnd);
            for (Document d : c) {
                out.add(new Document(d.id() + "~" + copy, d.text(), d.title(), d.url(), d.published(), d.lang(), d.source()));
            }
            bytes += setBytes;
        }
        return out;
    }

    /**
     * A fixed sample for the stage benchmarks and comparisons: documents of {@code lang} in seeded random order,
     * taken until they hold at least {@code minChars} characters.
     */
    public List<Document> sample(String lang, int minChars, long seed) {
        List<Document> c = new ArrayList<>(base(lang));
        Collections.shuffle(c, new Random(seed));
        List<Document> out = new ArrayList<>();
        long chars = 0;
        for (Document d : c) {
            if (chars >= minChars) break;
            out.add(d);
            chars += d.text().length();
        }
        return out;
    }

    /** SHA-256 (first 16 hex digits) of the documents' ids and texts in order: equal corpora, equal prints. */
    public static String fingerprint(List<Document> docs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Document d : docs) {
                md.update(d.id().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(d.text().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    public static long chars(List<Document> docs) {
        long n = 0;
        for (Document d : docs) n += d.text().length();
        return n;
    }

    public static long bytes(List<Document> docs) {
        long n = 0;
        for (Document d : docs) n += utf8Length(d.text());
        return n;
    }

    /** UTF-8 length of a string without encoding it. */
    static long utf8Length(String s) {
        long n = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }
}
