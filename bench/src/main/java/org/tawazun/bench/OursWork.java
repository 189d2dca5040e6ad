package org.tawazun.bench;

import org.tawazun.model.Document;
import org.tawazun.model.Sentence;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.pipeline.Pipeline;
import org.tawazun.pipeline.Pipelines;
import org.tawazun.text.NormalizedText;
import org.tawazun.text.Normalizer;
import org.tawazun.text.SentenceSplitter;
import org.tawazun.text.Token;
import org.tawazun.text.Tokenizer;

import java.util.List;

/** Tawazun's own work at two depths: the text layer, and the whole pipeline. */
final class OursWork {
    private OursWork() {
    }

    /**
     * The text layer, the counterpart of an analyzer: normalization with offsets, tokenization with the clitic
     * readings of every Arabic word, and sentence splitting.
     */
    static final class TextLayer implements Work {
        public String name() {
            return "tawazun text layer (normalize + tokenize + clitic readings + sentences)";
        }

        public Output run(List<Document> docs) {
            long n = 0, sentences = 0;
            for (Document d : docs) {
                NormalizedText nt = Normalizer.normalize(d.text());
                List<Token> toks = Tokenizer.tokenize(nt);
                List<Sentence> s = SentenceSplitter.split(toks, d.text());
                n += toks.size();
                sentences += s.size();
            }
            return new Output(n, sentences);
        }
    }

    /** The whole standard pipeline, text to events. */
    static final class WholePipeline implements Work {
        private final Pipeline pipeline = Pipelines.standard();

        public String name() {
            return "tawazun whole pipeline (text to events)";
        }

        public Output run(List<Document> docs) {
            long n = 0, sentences = 0;
            for (Document d : docs) {
                AnalyzedDocument a = pipeline.process(d);
                n += a.tokens().size();
                sentences += a.sentences().size();
            }
            return new Output(n, sentences);
        }
    }
}
