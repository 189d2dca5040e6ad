package org.tawazun.actor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.TestDocs;
import org.tawazun.model.Mention;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.text.Token;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Pronouns to their antecedents by gender and number, the nearest first, subjects before obliques. */
class PronounResolverTest {
    /**
     * @param word    the word carrying the pronoun (its first occurrence)
     * @param pronoun the enclitic or English pronoun
     * @param exclude a code that may not be the antecedent (the other party), or empty
     */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            أعلنت روسيا أنها سترسل وفدا إلى الصين لبحث علاقاتها                        | علاقاتها | ها  |     | RUS
            التقى الرئيس الروسي نظيره الصيني وبحث معه تعزيز العلاقات                    | معه      | ه   |     | CHN
            التقى الرئيس الروسي نظيره الصيني وبحث معه تعزيز العلاقات                    | معه      | ه   | CHN | RUS
            وقعت مصر والسودان اتفاقا يعزز تعاونهما                                       | تعاونهما | هما |     | EGY+SDN
            قال المتظاهرون الإيرانيون إن مطالبهم عادلة                                   | مطالبهم  | هم  |     | IRN
            أكد بوتين أن بلاده مستعدة للحوار                                            | بلاده    | ه   |     | RUS
            أكدت فرنسا في رسالة إلى ألمانيا تمسكها بالاتفاق                               | تمسكها   | ها  |     | FRA
            Russia said its forces were ready                                           | its      | its |     | RUS
            Putin said his country was ready                                            | his      | his |     | RUS
            Russia and China said their talks went well                                 | their    | their |   | RUS+CHN
            The Iraqi government said it would respond                                 | it       | it  |     | IRQ
            """)
    void resolves(String text, String word, String pronoun, String exclude, String expected) {
        boolean arabic = text.chars().anyMatch(c -> c >= 0x600 && c <= 0x6ff);
        AnalyzedDocument d = TestDocs.analyze(arabic ? "ar" : "en", text);
        int tok = -1;
        for (Token t : d.tokens()) {
            if (text.substring(t.start(), t.end()).equals(word)) {
                tok = t.index();
                break;
            }
        }
        assertThat(tok).as("word " + word).isNotNegative();
        Token t = d.tokens().get(tok);
        int start = arabic ? PronounResolver.suffixStart(d, t, pronoun) : t.start();
        List<Mention> got = new PronounResolver(d, d.mentions()).resolve(tok, pronoun, start, t.end(),
                exclude == null ? Set.of() : Set.of(exclude));
        assertThat(got.stream().map(m -> m.actor().code()).collect(Collectors.joining("+"))).isEqualTo(expected);
        assertThat(got).allSatisfy(m -> {
            assertThat(m.via()).isEqualTo("coref");
            assertThat(m.firstToken()).isEqualTo(t.index());
        });
    }
}
