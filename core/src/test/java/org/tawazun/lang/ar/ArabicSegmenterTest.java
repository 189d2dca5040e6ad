package org.tawazun.lang.ar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.text.Analysis;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicSegmenterTest {
    /** Each word must have a reading with the given prefix, article flag, stem and suffix. */
    @ParameterizedTest(name = "{0} = {1}+{2}{3}+{4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            لروسيا      | ل   | false | روسيا  | -
            وروسيا      | و   | false | روسيا  | -
            للصين       | ل   | true  | صين    | -
            والصين      | و   | true  | صين    | -
            بالذخائر    | ب   | true  | ذخائر  | -
            وبكين       | و   | false | بكين   | -
            لكوريا      | ل   | false | كوريا  | -
            تزويدها     | -   | false | تزويد  | ها
            عليها       | -   | false | علي    | ها
            زيارتها     | -   | false | زياره  | ها
            قواتها      | -   | false | قوات   | ها
            وسيزور      | وس  | false | يزور   | -
            فبدأت       | ف   | false | بدات   | -
            كالعادة     | ك   | true  | عاده   | -
            """)
    void findsTheReading(String word, String prefix, boolean article, String stem, String suffix) {
        Analysis[] an = ArabicSegmenter.analyze(ArabicNormalizer.normalize(word));
        String p = prefix == null ? "" : prefix;
        String s = suffix == null ? "" : suffix;
        assertThat(Arrays.asList(an)).anySatisfy(a -> {
            assertThat(a.prefix()).isEqualTo(p);
            assertThat(a.article()).isEqualTo(article);
            assertThat(a.stem()).isEqualTo(ArabicNormalizer.normalize(stem));
            assertThat(a.suffix()).isEqualTo(s);
        });
    }

    /** The unsegmented word is always the first reading, so lexicon names that start with clitic letters win. */
    @ParameterizedTest
    @CsvSource({"لبنان", "بوتين", "فرنسا", "باكستان", "بكين", "ليبيا", "كندا", "سوريا", "واشنطن"})
    void wholeWordComesFirst(String word) {
        String n = ArabicNormalizer.normalize(word);
        assertThat(ArabicSegmenter.analyze(n)[0].stem()).isEqualTo(n);
    }

    @ParameterizedTest
    @CsvSource({"في", "من", "لم", "و"})
    void shortWordsAreNotCut(String word) {
        assertThat(ArabicSegmenter.analyze(ArabicNormalizer.normalize(word))).hasSize(1);
    }
}
