package org.tawazun.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.model.DateMention;
import org.tawazun.model.Sentence;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTest {
    private static final LocalDate PUB = LocalDate.of(2024, 11, 12);

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | زار بوتين كوريا الشمالية في يونيو 2024           | 2024-06
            ar | نشرت المجلة، الثلاثاء 12 نوفمبر 2024.             | 2024-11-12
            ar | وقع الاتفاق في حزيران 2023                        | 2023-06
            ar | في 3 كانون الثاني 2020 قتل سليماني                | 2020-01-03
            ar | عقد الاجتماع في 14 جوان 2019                      | 2019-06-14
            ar | بدأت الحرب عام 2022                               | 2022
            ar | اجتمعا في سبتمبر الماضي                           | 2024-09
            ar | أعلن ذلك في 2024-03-05                            | 2024-03-05
            en | Putin visited Pyongyang in June 2024.            | 2024-06
            en | The deal was signed on November 12, 2024.        | 2024-11-12
            en | They met on 3 March 2021 in Doha.                | 2021-03-03
            en | Talks began in September.                        | 2024-09
            en | The war started in 2022.                         | 2022
            """)
    void finds(String lang, String text, String value) {
        assertThat(find(lang, text)).extracting(d -> d.date().value()).containsExactly(value);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | They may meet again.
            en | The march went on for hours.
            ar | زار أبو محمد أب الضحية
            """)
    void ignoresWordsThatOnlyLookLikeMonths(String lang, String text) {
        assertThat(find(lang, text)).isEmpty();
    }

    private static List<DateMention> find(String lang, String text) {
        List<Token> toks = Tokenizer.tokenize(Normalizer.normalize(text));
        Sentence s = new Sentence(0, 0, text.length(), 0, toks.size());
        return DateFinder.forLang(lang).find(toks, s, text, PUB);
    }
}
