package org.tawazun.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tawazun.model.Document;

import java.io.IOException;
import java.util.List;

/**
 * Lucene's {@link ArabicAnalyzer} (standard tokenizer, lower case, stop words, Arabic normalization, light
 * stemming) consuming every token of every document: a lower bound of the work per character of an Arabic text
 * layer. One analyzer is reused, as Lucene reuses it (its components are cached per thread).
 */
final class LuceneArabic implements Work {
    private final Analyzer analyzer = new ArabicAnalyzer();

    public String name() {
        return "Lucene 9.12.3 ArabicAnalyzer (tokenize + normalize + stem)";
    }

    public Output run(List<Document> docs) throws IOException {
        long n = 0;
        for (Document d : docs) n += count(d.text());
        return new Output(n, 0);
    }

    long count(String text) throws IOException {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) n += term.length() > 0 ? 1 : 0;
            ts.end();
        }
        return n;
    }
}
