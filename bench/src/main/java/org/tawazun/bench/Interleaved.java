package org.tawazun.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.tawazun.model.Document;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares Tawazun with a reference tool on the same text, in one JVM, one thread, interleaved: after both are
 * warmed up, each round times one then the other (the order flips every round, ABBA), each for at least
 * {@code --min-ms}. The ratio of a round compares two measurements taken seconds apart, so a neighbour's load on
 * the shared machine hits both; the median over rounds is reported with its range. Time is wall time and the
 * thread's own CPU time (which excludes time the thread waited for a core). Prints one {@code RESULT {json}} line
 * per pair.
 *
 * <p>Pairs: the text layer vs Lucene's ArabicAnalyzer, the whole pipeline vs Lucene's ArabicAnalyzer, and (when
 * built with -Pcorenlp) the whole pipeline vs CoreNLP's Arabic segmenter + POS tagger on a smaller sample.
 */
public final class Interleaved {
    private static final String CORENLP = "org.tawazun.bench.corenlp.CoreNlpArabic";

    private Interleaved() {
    }

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv, Set.of("shared", "examples", "sample-chars", "corenlp-chars", "rounds", "min-ms", "seed", "warmup-seconds"),
                Set.of("no-corenlp"));
        Corpus corpus = Corpus.load(a.path("shared", "../shared"), a.path("examples", "examples"));
        long seed = a.getLong("seed", Corpus.SEED);
        int rounds = a.getInt("rounds", 15);
        long minNanos = a.getLong("min-ms", 500) * 1_000_000L;
        long warmup = a.getLong("warmup-seconds", 5) * 1_000_000_000L;
        List<Document> sample = corpus.sample("ar", a.getInt("sample-chars", 100_000), seed);
        ObjectMapper json = new ObjectMapper();

        Work text = new OursWork.TextLayer();
        Work pipeline = new OursWork.WholePipeline();
        Work lucene = new LuceneArabic();
        print(json, compare("text-vs-lucene", text, lucene, sample, rounds, minNanos, warmup));
        print(json, compare("pipeline-vs-lucene", pipeline, lucene, sample, rounds, minNanos, warmup));

        if (a.flag("no-corenlp")) return;
        Work corenlp;
        try {
            corenlp = (Work) Class.forName(CORENLP).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            print(json, Map.of("pair", "pipeline-vs-corenlp", "skipped", "CoreNLP is not on the class path: build bench with -Pcorenlp"));
            return;
        }
        List<Document> small = corpus.sample("ar", a.getInt("corenlp-chars", 20_000), seed);
        print(json, compare("pipeline-vs-corenlp", pipeline, corenlp, small, Math.max(5, rounds / 2), minNanos, warmup));
    }

    private static void print(ObjectMapper json, Map<String, Object> r) throws Exception {
        System.out.println("RESULT " + json.writeValueAsString(r));
        System.out.flush();
    }

    /** One timed measurement: passes over the sample until {@code minNanos} have gone by. */
    private record Timing(double wallNsPerChar, double cpuNsPerChar) {
    }

    static Map<String, Object> compare(String pair, Work ours, Work ref, List<Document> docs, int rounds, long minNanos,
                                       long warmupNanos) throws Exception {
        long chars = Corpus.chars(docs);
        Work.Output oursOut = ours.run(docs);
        Work.Output refOut = ref.run(docs);
        warm(ours, docs, warmupNanos);
        warm(ref, docs, warmupNanos);
        double[] oursWall = new double[rounds], oursCpu = new double[rounds], refWall = new double[rounds], refCpu = new double[rounds];
        double[] ratioWall = new double[rounds], ratioCpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Timing o, f;
            if (r % 2 == 0) {
                o = time(ours, docs, chars, minNanos);
                f = time(ref, docs, chars, minNanos);
            } else {
                f = time(ref, docs, chars, minNanos);
                o = time(ours, docs, chars, minNanos);
            }
            oursWall[r] = o.wallNsPerChar;
            oursCpu[r] = o.cpuNsPerChar;
            refWall[r] = f.wallNsPerChar;
            refCpu[r] = f.cpuNsPerChar;
            ratioWall[r] = o.wallNsPerChar / f.wallNsPerChar;
            ratioCpu[r] = o.cpuNsPerChar / f.cpuNsPerChar;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pair", pair);
        m.put("docs", docs.size());
        m.put("chars", chars);
        m.put("fingerprint", Corpus.fingerprint(docs));
        m.put("rounds", rounds);
        m.put("ours", side(ours, oursOut, chars, oursWall, oursCpu));
        m.put("ref", side(ref, refOut, chars, refWall, refCpu));
        m.put("ratio_wall_median", sig(median(ratioWall)));
        m.put("ratio_wall_min", sig(min(ratioWall)));
        m.put("ratio_wall_max", sig(max(ratioWall)));
        m.put("ratio_cpu_median", sig(median(ratioCpu)));
        m.put("ratio_cpu_min", sig(min(ratioCpu)));
        m.put("ratio_cpu_max", sig(max(ratioCpu)));
        m.put("loadavg", Throughput.loadAverage());
        return m;
    }

    private static Map<String, Object> side(Work w, Work.Output out, long chars, double[] wall, double[] cpu) {
        Map<String, Object> m = new LinkedHashMap<>();
        double ns = median(wall);
        m.put("name", w.name());
        m.put("tokens", out.tokens());
        m.put("sentences", out.sentences());
        m.put("wall_ns_per_char_median", Throughput.round(ns, 2));
        m.put("cpu_ns_per_char_median", Throughput.round(median(cpu), 2));
        double secondsPerPass = ns * chars / 1e9;
        m.put("chars_per_s", Throughput.round(chars / secondsPerPass, 0));
        m.put("tokens_per_s", Throughput.round(out.tokens() / secondsPerPass, 0));
        if (out.sentences() > 0) m.put("sentences_per_s", Throughput.round(out.sentences() / secondsPerPass, 0));
        return m;
    }

    private static void warm(Work w, List<Document> docs, long nanos) throws Exception {
        long t0 = System.nanoTime();
        int passes = 0;
        while (passes < 2 || System.nanoTime() - t0 < nanos) {
            w.run(docs);
            passes++;
        }
    }

    private static Timing time(Work w, List<Document> docs, long chars, long minNanos) throws Exception {
        ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        long c0 = tmx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long passes = 0;
        long check = 0;
        long elapsed;
        do {
            check += w.run(docs).tokens();
            passes++;
            elapsed = System.nanoTime() - t0;
        } while (elapsed < minNanos);
        long cpu = tmx.getCurrentThreadCpuTime() - c0;
        if (check <= 0) throw new IllegalStateException(w.name() + " produced no tokens");
        double total = (double) passes * chars;
        return new Timing(elapsed / total, cpu / total);
    }

    /** Rounded to four significant digits (ratios span 0.003 to 10). */
    static double sig(double v) {
        return v == 0 || Double.isNaN(v) ? v : new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
