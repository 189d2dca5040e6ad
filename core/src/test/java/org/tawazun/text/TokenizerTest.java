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
            بلغ النمو ٣٫٥٪ عام ٢٠٢٤م             | بلغ النمو 3.5 % عام 2024م
            أرسلت ١٬٠٠٠ جندي                     | ارسلت 1,000 جندي
            وزيرُ الخارجيّةِ                       | وزير الخارجيه
            الـــــرئيس                          | الرءيس
            U.N. Security Council              | u.n. security council
            O'Brien's visit                    | o'brien 's visit
            ١٩/٦/٢٠٢٤                           | 19 / 6 / 2024
            توجهها «سي.آي.ايه»، صواريخ          | توجهها " سي اي ايه " , صواريخ
            بغداد - أ.ف.ب: قتل                  | بغداد - ا ف ب : قتل
            قناة تي.في                          | قناه تي في
            وصل امس.وقال                         | وصل امس . وقال
            الأمن الخ.ما                         | الامن الخ . ما
            سي.آي.ايه.                           | سي اي ايه .
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

    /** Each token's raw text, and the raw text of its stem for a clitic reading. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وللصينِ       | وللصينِ  | صينِ
            لروسيا        | لروسيا   | روسيا
            وبِكين        | وبِكين   | بِكين
            والولايات     | والولايات | ولايات
            """)
    void stemOffsetsPointIntoTheRawWord(String raw, String token, String stem) {
        List<Token> toks = Tokenizer.tokenize(Normalizer.normalize(raw));
        Token t = toks.get(0);
        assertThat(raw.substring(t.start(), t.end())).isEqualTo(token);
        Analysis a = t.preferred();
        int s = Normalizer.normalize(raw).rawStart(t.normStart() + a.stemStart() + (a.article() ? 2 : 0));
        assertThat(raw.substring(s, t.end())).isEqualTo(stem);
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
