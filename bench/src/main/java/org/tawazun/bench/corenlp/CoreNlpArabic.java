package org.tawazun.bench.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.tawazun.bench.Work;
import org.tawazun.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's Arabic segmenter (clitic segmentation, inside its tokenizer) + sentence splitter + POS tagger,
 * with the settings of its own StanfordCoreNLP-arabic.properties: what a user would otherwise put in front of an
 * event coder. Compiled only with -Pcorenlp (GPL-3; bench/ only).
 */
public final class CoreNlpArabic implements Work {
    private final StanfordCoreNLP pipeline;

    public CoreNlpArabic() throws IOException {
        Properties props = new Properties();
        try (InputStream in = StanfordCoreNLP.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-arabic.properties")) {
            if (in == null) throw new IOException("StanfordCoreNLP-arabic.properties is not on the class path (the models-arabic jar is missing)");
            props.load(in);
        }
        props.setProperty("annotators", "tokenize,ssplit,pos");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public String name() {
        return "Stanford CoreNLP 4.5.10 Arabic (segment + ssplit + POS)";
    }

    @Override
    public Output run(List<Document> docs) {
        long tokens = 0, sentences = 0;
        for (Document d : docs) {
            Annotation a = new Annotation(d.text());
            pipeline.annotate(a);
            tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
            sentences += a.get(CoreAnnotations.SentencesAnnotation.class).size();
        }
        return new Output(tokens, sentences);
    }
}
