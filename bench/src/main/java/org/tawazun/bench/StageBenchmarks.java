package org.tawazun.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.tawazun.actor.ActorLexicon;
import org.tawazun.actor.Gazetteer;
import org.tawazun.model.Document;
import org.tawazun.model.Sentence;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.pipeline.Pipeline;
import org.tawazun.pipeline.Pipelines;
import org.tawazun.pipeline.Stage;
import org.tawazun.text.NormalizedText;
import org.tawazun.text.Normalizer;
import org.tawazun.text.SentenceSplitter;
import org.tawazun.text.Token;
import org.tawazun.text.Tokenizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JMH benchmarks of the hot stages, each over the same fixed Arabic sample ({@link Corpus#sample}; one operation =
 * one pass over the whole sample, so a score in ops/s times the sample's characters gives characters/s). Stages
 * that need earlier layers run on documents prepared once in the setup. Lucene's ArabicAnalyzer runs in the same
 * run as the reference. The sample comes from the folders named by the system properties
 * {@code tawazun.bench.shared} and {@code tawazun.bench.examples}, and has at least {@code tawazun.bench.sampleChars}
 * characters.
 */
@State(Scope.Benchmark)
public class StageBenchmarks {
    /** Stage indexes in {@link Pipelines#standard} (checked in setup). */
    private static final int ACTORS = 5;
    private static final int CODING = 6;

    List<Document> docs;
    List<String> texts;
    List<NormalizedText> normalized;
    List<List<Token>> tokens;
    List<AnalyzedDocument> prepared;
    Pipeline pipeline;
    Gazetteer gazetteer;
    Stage actors;
    Stage coding;
    LuceneArabic lucene;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        docs = sample();
        pipeline = Pipelines.standard();
        List<Stage> stages = pipeline.stages();
        actors = stages.get(ACTORS);
        coding = stages.get(CODING);
        if (!actors.name().equals("Actors") || !coding.name().equals("Coding")) {
            throw new IllegalStateException("the standard pipeline's stages changed: " + stages.stream().map(Stage::name).toList());
        }
        gazetteer = ActorLexicon.defaults().gazetteer("ar");
        texts = new ArrayList<>();
        normalized = new ArrayList<>();
        tokens = new ArrayList<>();
        prepared = new ArrayList<>();
        for (Document d : docs) {
            texts.add(d.text());
            NormalizedText nt = Normalizer.normalize(d.text());
            normalized.add(nt);
            tokens.add(Tokenizer.tokenize(nt));
            // every layer up to the mentions: the input of the coding stage
            AnalyzedDocument a = new AnalyzedDocument(d);
            for (int i = 0; i <= ACTORS; i++) stages.get(i).process(a);
            prepared.add(a);
        }
        lucene = new LuceneArabic();
    }

    /** The sample every benchmark of this class runs on. */
    static List<Document> sample() throws IOException {
        Corpus c = Corpus.load(Path.of(System.getProperty("tawazun.bench.shared", "../shared")),
                Path.of(System.getProperty("tawazun.bench.examples", "examples")));
        return c.sample("ar", Integer.getInteger("tawazun.bench.sampleChars", 100_000), Long.getLong("tawazun.bench.seed", Corpus.SEED));
    }

    @Benchmark
    public void normalize(Blackhole bh) {
        for (String t : texts) bh.consume(Normalizer.normalize(t));
    }

    @Benchmark
    public void normalizeTokenize(Blackhole bh) {
        for (String t : texts) bh.consume(Tokenizer.tokenize(Normalizer.normalize(t)));
    }

    /** Tokenization alone (clitic readings included), on normalized text. */
    @Benchmark
    public void tokenize(Blackhole bh) {
        for (NormalizedText nt : normalized) bh.consume(Tokenizer.tokenize(nt));
    }

    @Benchmark
    public void sentenceSplit(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) bh.consume(SentenceSplitter.split(tokens.get(i), texts.get(i)));
    }

    /** Gazetteer matching alone: longest matches over each sentence's tokens. */
    @Benchmark
    public void gazetteer(Blackhole bh) {
        for (AnalyzedDocument a : prepared) {
            List<Token> toks = a.tokens();
            for (Sentence s : a.sentences()) bh.consume(gazetteer.matchAll(toks, s.firstToken(), s.endToken(), a.text()));
        }
    }

    /** The whole actor stage: gazetteer hits to mentions, references, roles. */
    @Benchmark
    public void actorsStage(Blackhole bh) {
        for (AnalyzedDocument a : prepared) {
            actors.process(a);
            bh.consume(a.mentions());
        }
    }

    /** Pattern matching and coding, on documents that already have tokens, sentences, dates and mentions. */
    @Benchmark
    public void codingStage(Blackhole bh) {
        for (AnalyzedDocument a : prepared) {
            coding.process(a);
            bh.consume(a.events());
        }
    }

    @Benchmark
    public void wholePipeline(Blackhole bh) {
        for (Document d : docs) bh.consume(pipeline.process(d).events());
    }

    @Benchmark
    public void luceneArabicAnalyzer(Blackhole bh) throws IOException {
        for (String t : texts) bh.consume(lucene.count(t));
    }
}
