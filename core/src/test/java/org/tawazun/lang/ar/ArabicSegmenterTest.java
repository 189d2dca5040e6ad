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

    /** The preferred reading: prefix, article, stem, suffix ("-" for none). */
    @ParameterizedTest(name = "{0} = {1}+{2}{3}+{4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            لبنان       | -   | false | لبنان     | -
            بوتين       | -   | false | بوتين     | -
            فرنسا       | -   | false | فرنسا     | -
            باكستان     | -   | false | باكستان   | -
            بكين        | -   | false | بكين      | -
            ليبيا       | -   | false | ليبيا     | -
            كندا        | -   | false | كندا      | -
            واشنطن      | -   | false | واشنطن    | -
            وزير        | -   | false | وزير      | -
            سياسة       | -   | false | سياسة     | -
            فلسطين      | -   | false | فلسطين    | -
            بغداد       | -   | false | بغداد     | -
            كذلك        | -   | false | كذلك      | -
            مهم         | -   | false | مهم       | -
            روسي        | -   | false | روسي      | -
            بلاده       | -   | false | بلاد      | ه
            سيارة       | -   | false | سيارة     | -
            لروسيا      | ل   | false | روسيا     | -
            لكوريا      | ل   | false | كوريا     | -
            وروسيا      | و   | false | روسيا     | -
            وبكين       | و   | false | بكين      | -
            للصين       | ل   | true  | صين       | -
            والصين      | و   | true  | صين       | -
            بالذخائر    | ب   | true  | ذخائر     | -
            الاتفاق     | -   | true  | اتفاق     | -
            والعقوبات   | و   | true  | عقوبات    | -
            فالحكومة    | ف   | true  | حكومة     | -
            كالعادة     | ك   | true  | عادة      | -
            وأرسلت      | و   | false | أرسلت     | -
            تزويدها     | -   | false | تزويد     | ها
            قواتها      | -   | false | قوات      | ها
            زيارتها     | -   | false | زيارة     | ها
            عليها       | -   | false | على       | ها
            منهم        | -   | false | من        | هم
            حكومتهما    | -   | false | حكومة     | هما
            وحلفائهم    | و   | false | حلفاء     | هم
            بلاد        | -   | false | بلاد      | -
            الله        | -   | false | الله      | -
            التي        | -   | false | التي      | -
            إلى         | -   | false | إلى       | -
            """)
    void prefersAReading(String word, String prefix, boolean article, String stem, String suffix) {
        Analysis[] an = ArabicSegmenter.analyze(ArabicNormalizer.normalize(word));
        Analysis a = an[ArabicSegmenter.preferred(an, ArabicWords.defaults())];
        assertThat(a.prefix()).as("prefix").isEqualTo(prefix == null ? "" : prefix);
        assertThat(a.article()).as("article").isEqualTo(article);
        assertThat(a.stem()).as("stem").isEqualTo(ArabicNormalizer.normalize(stem));
        assertThat(a.suffix()).as("suffix").isEqualTo(suffix == null ? "" : ArabicNormalizer.normalize(suffix));
    }

    @ParameterizedTest
    @CsvSource({"في", "من", "لم", "و"})
    void shortWordsAreNotCut(String word) {
        assertThat(ArabicSegmenter.analyze(ArabicNormalizer.normalize(word))).hasSize(1);
    }
}
