package org.tawazun.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;
import org.tawazun.model.Document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs every benchmark and writes the results (bench/results/DATE.md and .json) with the machine they ran on.
 * Each measurement that needs a clean heap or a cold start runs in its own JVM with fixed flags: actor data load
 * (several fresh JVMs), end-to-end throughput (a fresh JVM per corpus and thread count, fixed 512 MiB heap), the
 * interleaved comparisons with Lucene and CoreNLP, the JMH stage benchmarks (JMH forks), and a profiled
 * throughput run (JFR). Started by bench/run.sh; {@code --only load,e2e,ratios,jmh,profile} runs a part;
 * {@code --render RESULTS.json} rewrites a results file's Markdown from its JSON without measuring anything.
 */
public final class Main {
    /** End-to-end and JMH forks: the target heap, fixed, with ParallelGC (see nlp-stack.md: growing heaps are slow here). */
    static final List<String> E2E_FLAGS = List.of("-Xms512m", "-Xmx512m", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch", "-Dfile.encoding=UTF-8");
    /** Actor data load: the flags of the ./tawazun launcher, so the time is what a user waits for. */
    static final List<String> LOAD_FLAGS = List.of("-Xms768m", "-Xmx768m", "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8");
    /** Comparisons: more heap, for CoreNLP's models. */
    static final List<String> RATIO_FLAGS = List.of("-Xms1g", "-Xmx1g", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch", "-Dfile.encoding=UTF-8");
    static final Set<String> PARTS = new LinkedHashSet<>(List.of("load", "e2e", "ratios", "jmh", "profile"));

    private final Path root;
    private final Path shared;
    private final Path examples;
    private final Path work;
    private final boolean quick;
    private final long mb;
    private final long seed;
    private final int sampleChars;

    private Main(Path root, Path shared, Path examples, Path work, boolean quick, long mb, long seed, int sampleChars) {
        this.root = root;
        this.shared = shared;
        this.examples = examples;
        this.work = work;
        this.quick = quick;
        this.mb = mb;
        this.seed = seed;
        this.sampleChars = sampleChars;
    }

    public static void main(String[] argv) throws Exception {
        Args a;
        try {
            a = new Args(argv, Set.of("root", "shared", "examples", "out", "mb", "seed", "only", "sample-chars", "command", "render"),
                    Set.of("quick", "no-corenlp"));
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (a.get("render", null) != null) {
            // re-render a results file's Markdown (and its target verdicts) from its JSON, without measuring
            Path in = Path.of(a.get("render", null));
            Map<String, Object> r = new ObjectMapper().readValue(in.toFile(), new TypeReference<LinkedHashMap<String, Object>>() { });
            r.put("targets", Report.targets(r));
            Path md = Path.of(in.toString().replaceAll("\\.json$", "") + ".md");
            Files.writeString(md, Report.markdown(r));
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(in.toFile(), r);
            log("rendered " + md + " (targets updated in " + in + ")");
            return;
        }
        Path root = a.path("root", ".").toAbsolutePath().normalize();
        Path shared = a.path("shared", root.resolve("../shared").toString()).toAbsolutePath().normalize();
        Path examples = a.path("examples", root.resolve("examples").toString()).toAbsolutePath().normalize();
        Path out = a.path("out", root.resolve("bench/results").toString()).toAbsolutePath().normalize();
        boolean quick = a.flag("quick");
        Set<String> only = new LinkedHashSet<>(Arrays.asList(a.get("only", String.join(",", PARTS)).split(",")));
        for (String p : only) {
            if (!PARTS.contains(p)) {
                System.err.println("bench: unknown part '" + p + "' in --only (parts: " + PARTS + ")");
                System.exit(2);
            }
        }
        Path work = root.resolve("bench/target/bench-work");
        Files.createDirectories(work);
        Files.createDirectories(out);
        Main m = new Main(root, shared, examples, work, quick, a.getLong("mb", quick ? 5 : 50), a.getLong("seed", Corpus.SEED),
                a.getInt("sample-chars", 100_000));
        m.run(only, !a.flag("no-corenlp"), out, a.get("command", "java org.tawazun.bench.Main " + String.join(" ", argv)));
    }

    private void run(Set<String> only, boolean corenlp, Path out, String command) throws Exception {
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("date", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        r.put("command", command);
        r.put("quick", quick);
        r.put("machine", Machine.describe(root));
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("e2e_and_jmh", String.join(" ", E2E_FLAGS));
        flags.put("actor_load", String.join(" ", LOAD_FLAGS));
        flags.put("comparisons", String.join(" ", RATIO_FLAGS));
        r.put("jvm_flags", flags);

        log("building the corpus from " + shared + " and " + examples);
        Corpus corpus = Corpus.load(shared, examples);
        r.put("corpus", corpusInfo(corpus));

        if (only.contains("load")) r.put("actor_load", actorLoad(quick ? 3 : 5));
        if (only.contains("e2e")) r.put("e2e", endToEnd());
        if (only.contains("ratios")) r.put("ratios", ratios(corenlp));
        if (only.contains("jmh")) r.put("jmh", jmh(corpus, stamp));
        if (only.contains("profile")) r.put("profile", profile());
        r.put("machine_after", Map.of("loadavg", Throughput.loadAverage()));
        r.put("targets", Report.targets(r));

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path jsonFile = out.resolve(stamp + ".json");
        json.writeValue(jsonFile.toFile(), r);
        String md = Report.markdown(r);
        Path mdFile = out.resolve(stamp + ".md");
        Files.writeString(mdFile, md);
        System.out.println(md);
        log("results written to " + mdFile + " and " + jsonFile);
    }

    private Map<String, Object> corpusInfo(Corpus corpus) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("seed", seed);
        c.put("min_mb", mb);
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Corpus.Part p : corpus.parts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", p.name());
            m.put("lang", p.lang());
            m.put("docs", p.docs());
            m.put("chars", p.chars());
            m.put("bytes", p.bytes());
            parts.add(m);
        }
        c.put("parts", parts);
        for (String lang : List.of("all", "ar")) {
            List<Document> docs = corpus.repeated(lang, mb * Corpus.MB, seed);
            c.put(lang, Map.of("docs", docs.size(), "bytes", Corpus.bytes(docs), "chars", Corpus.chars(docs),
                    "base_docs", corpus.base(lang).size(), "fingerprint", Corpus.fingerprint(docs)));
        }
        List<Document> sample = corpus.sample("ar", sampleChars, seed);
        c.put("sample", Map.of("docs", sample.size(), "chars", Corpus.chars(sample), "fingerprint", Corpus.fingerprint(sample)));
        return c;
    }

    private List<String> common() {
        return List.of("--shared", shared.toString(), "--examples", examples.toString(), "--seed", Long.toString(seed));
    }

    private List<Map<String, Object>> actorLoad(int runs) throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            log("actor data load, fresh JVM " + (i + 1) + "/" + runs);
            long t0 = System.nanoTime();
            Map<String, Object> m = new LinkedHashMap<>(child(LOAD_FLAGS, ActorLoad.class, List.of()).get(0));
            m.put("process_wall_s", Throughput.round((System.nanoTime() - t0) / 1e9, 3));
            out.add(m);
        }
        return out;
    }

    private List<Map<String, Object>> endToEnd() throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String lang : List.of("all", "ar")) {
            for (int threads : new int[]{1, 2}) {
                log("end to end: corpus " + lang + ", " + threads + " thread(s), " + mb + " MB");
                List<String> args = new ArrayList<>(common());
                args.addAll(List.of("--lang", lang, "--threads", Integer.toString(threads), "--mb", Long.toString(mb),
                        "--warmup-seconds", quick ? "5" : "20", "--passes", quick ? "1" : "3"));
                if (lang.equals("ar") && threads == 1) args.add("--stages");
                out.add(child(E2E_FLAGS, Throughput.class, args).get(0));
            }
        }
        return out;
    }

    private List<Map<String, Object>> ratios(boolean corenlp) throws Exception {
        log("interleaved comparisons (Lucene" + (corenlp ? ", CoreNLP" : "") + ")");
        List<String> args = new ArrayList<>(common());
        args.addAll(List.of("--sample-chars", Integer.toString(sampleChars), "--rounds", quick ? "5" : "15",
                "--warmup-seconds", quick ? "2" : "10"));
        if (!corenlp) args.add("--no-corenlp");
        return child(RATIO_FLAGS, Interleaved.class, args);
    }

    private List<Map<String, Object>> jmh(Corpus corpus, String stamp) throws Exception {
        log("JMH stage benchmarks (log: " + work.resolve("jmh-" + stamp + ".log") + ")");
        List<String> jvm = new ArrayList<>(E2E_FLAGS);
        jvm.add("-Dtawazun.bench.shared=" + shared);
        jvm.add("-Dtawazun.bench.examples=" + examples);
        jvm.add("-Dtawazun.bench.sampleChars=" + sampleChars);
        jvm.add("-Dtawazun.bench.seed=" + seed);
        Options opt = new OptionsBuilder()
                .include(Pattern.quote(StageBenchmarks.class.getName()) + "\\.")
                .forks(1)
                // a long warm-up: C2 compiles the whole pipeline slowly when neighbours keep both cores busy
                .warmupIterations(quick ? 2 : 8).warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(1))
                .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS)
                .jvmArgs(jvm.toArray(new String[0]))
                .result(work.resolve("jmh-" + stamp + ".json").toString()).resultFormat(ResultFormatType.JSON)
                .output(work.resolve("jmh-" + stamp + ".log").toString())
                .build();
        Collection<RunResult> results = new Runner(opt).run();
        long chars = Corpus.chars(corpus.sample("ar", sampleChars, seed));
        List<Map<String, Object>> out = new ArrayList<>();
        for (RunResult rr : results) {
            String name = rr.getParams().getBenchmark();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmark", name.substring(name.lastIndexOf('.') + 1));
            double ops = rr.getPrimaryResult().getScore();
            m.put("ops_per_s", Throughput.round(ops, 3));
            m.put("error", Throughput.round(rr.getPrimaryResult().getScoreError(), 3));
            m.put("sample_chars", chars);
            m.put("chars_per_s", Throughput.round(ops * chars, 0));
            m.put("ns_per_char", Throughput.round(1e9 / (ops * chars), 2));
            out.add(m);
        }
        return out;
    }

    private Map<String, Object> profile() throws Exception {
        Path jfr = work.resolve("profile.jfr");
        Files.deleteIfExists(jfr);
        long profileMb = quick ? 5 : 25;
        log("profiled run (JFR): Arabic, 1 thread, " + profileMb + " MB");
        List<String> args = new ArrayList<>(common());
        args.addAll(List.of("--lang", "ar", "--threads", "1", "--mb", Long.toString(profileMb),
                "--warmup-seconds", quick ? "5" : "20", "--jfr", jfr.toString()));
        Map<String, Object> run = child(E2E_FLAGS, Throughput.class, args).get(0);
        Map<String, Object> p = new LinkedHashMap<>(Profile.summarize(jfr, 15));
        p.put("run", Map.of("sentences_per_s", run.get("sentences_per_s"), "mb", profileMb));
        p.put("jfr_file", jfr.toString());
        return p;
    }

    /** Runs {@code main} in a fresh JVM with {@code flags}; returns its RESULT lines; its other output goes to stderr. */
    static List<Map<String, Object>> child(List<String> flags, Class<?> main, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(flags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("RESULT ")) out.add(json.readValue(line.substring(7), new TypeReference<Map<String, Object>>() { }));
                else System.err.println(line);
            }
        }
        int code = p.waitFor();
        if (code != 0) throw new IOException(main.getSimpleName() + " failed (exit code " + code + "): " + String.join(" ", cmd));
        if (out.isEmpty()) throw new IOException(main.getSimpleName() + " printed no result: " + String.join(" ", cmd));
        return out;
    }

    static void log(String s) {
        System.err.println("bench: " + s);
    }
}
