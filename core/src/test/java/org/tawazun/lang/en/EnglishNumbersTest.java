package org.tawazun.lang.en;

import org.tawazun.text.NumberFinder;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.model.NumberMention;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EnglishNumbersTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            three                         | 3
            twenty-five                   | 25
            twenty five                   | 25
            one hundred                   | 100
            one hundred and twenty        | 120
            two thousand                  | 2000
            3,500                         | 3500
            1.5 million                   | 1500000
            3bn                           | 3000000000
            2.5m                          | 2500000
            half a million                | 500000
            two-thirds                    | 0.6666666666666666
            three quarters                | 0.75
            a dozen                       | 12
            """)
    void parses(String phrase, double value) {
        // "a" is not a number word: read the phrase without it
        String p = phrase.startsWith("a ") ? phrase.substring(2) : phrase.replace(" a ", " ");
        assertThat(NumberFinder.forLang("en").parse(p)).isNotNull();
        assertThat(NumberFinder.forLang("en").parse(p)).isCloseTo(value, within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At least 40 people were killed            | 40      | 40      | at_least |   | At least 40
            more than 1,000 troops crossed            | 1000    | 1000    | more     |   | more than 1,000
            about 98 percent of its trade             | 98      | 98      | about    | % | about 98 percent
            prices rose 15% in March                  | 15      | 15      |          | % | 15%
            between 10 and 20 soldiers died           | 10      | 20      |          |   | between 10 and 20
            tens of thousands of people fled          | 10000   | 10000   | about    |   | tens of thousands
            hundreds of civilians were hurt           | 100     | 100     | about    |   | hundreds
            some 3,000 protesters marched             | 3000    | 3000    | about    |   | some 3,000
            a loan of $2.5bn was agreed               | 2500000000 | 2500000000 |   |   | 2.5bn
            30-40 people were hurt                    | 30      | 40      |          |   | 30-40
            up to 5 million barrels a day             | 5000000 | 5000000 | at_most  |   | up to 5 million
            """)
    void findsInText(String text, double value, double upper, String hedge, String unit, String span) {
        List<NumberMention> ms = NumberFinder.forLang("en").find(text);
        assertThat(ms).isNotEmpty();
        NumberMention m = ms.get(0);
        assertThat(m.value()).isCloseTo(value, within(1e-6));
        assertThat(m.upper()).isCloseTo(upper, within(1e-6));
        assertThat(m.hedge()).isEqualTo(hedge == null ? "" : hedge);
        assertThat(m.unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(m.text()).isEqualTo(span);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the meeting began at 10:30
            talks went over the details
            """)
    void ignores(String text) {
        assertThat(NumberFinder.forLang("en").find(text)).isEmpty();
    }
}
