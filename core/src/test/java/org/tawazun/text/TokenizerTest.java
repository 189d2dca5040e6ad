package org.tawazun.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.model.Sentence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {
    private static List<String> norms(String raw) {
        return Tokenizer.tokenize(Normalizer.normalize(raw)).stream().map(Token::norm).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            أجرت الصين محادثات، أمس.            | اجرت الصين محادثات , امس .
            The U.S. and the U.N. met.         | the u.s. and the u.n. met .
            Russia's army fired 1,000 shells   | russia 's army fired 1,000 shells
            al-Assad bought F-16 jets for 3.5m | al-assad bought f-16 jets for 3.5m
            تمثل 98% من تجارتها                 | تمثل 98 % من تجارتها
            «قالت» (أمس)                        | " قالت " ( امس )
            """)
    void splits(String raw, String expected) {
        assertThat(norms(raw)).containsExactly(expected.split(" "));
    }

    @Test
    void tokensKeepRawOffsets() {
        String raw = "وأرسلَتْ كوريا";
        List<Token> toks = Tokenizer.tokenize(Normalizer.normalize(raw));
        assertThat(raw.substring(toks.get(0).start(), toks.get(0).end())).isEqualTo("وأرسلَتْ");
        assertThat(raw.substring(toks.get(1).start(), toks.get(1).end())).isEqualTo("كوريا");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            زار بوتين بيونغ يانغ. ثم عاد إلى موسكو.                          | 2
            Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.     | 2
            The army fired 3.5 tons of shells. No. 10 said nothing.         | 2
            Did they meet? Yes! They did.                                   | 3
            """)
    void sentences(String raw, int count) {
        List<Token> toks = Tokenizer.tokenize(Normalizer.normalize(raw));
        List<Sentence> ss = SentenceSplitter.split(toks, raw);
        assertThat(ss).hasSize(count);
    }

    @Test
    void linesAreSentences() {
        String raw = "روسيا وكوريا الشمالية.. تحالف\n\nمحمد النحاس\nبدأت العلاقات تتعمق";
        List<Token> toks = Tokenizer.tokenize(Normalizer.normalize(raw));
        List<Sentence> ss = SentenceSplitter.split(toks, raw);
        assertThat(ss).extracting(s -> raw.substring(s.start(), s.end()))
                .containsExactly("روسيا وكوريا الشمالية..", "تحالف", "محمد النحاس", "بدأت العلاقات تتعمق");
    }
}
