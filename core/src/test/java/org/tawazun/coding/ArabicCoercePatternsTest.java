package org.tawazun.coding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.TestDocs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arabic COERCE constructions beyond arrests and seizures (ArabicPatternsTest): curfews, states of emergency and
 * martial law, censorship, bans of parties and gatherings, house arrest, dispersing protesters; with negated and
 * future variants and readings that must not be coded (lifting a state of emergency is a concession). Sentences of
 * our own.
 */
class ArabicCoercePatternsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            فرضت السلطات المصرية حظر التجول في مدينة السويس.                  | COERCE EGY> asserted
            أعلنت الحكومة التايلاندية حالة الطوارئ في العاصمة.                | COERCE THA> asserted
            أعلن الجيش السوداني الأحكام العرفية في الخرطوم.                   | COERCE SDN> asserted
            حجبت السلطات السعودية موقعا إخباريا.                             | COERCE SAU> asserted
            أغلقت السلطات الجزائرية صحيفة معارضة.                            | COERCE DZA
            حظرت الحكومة البحرينية جماعة معارضة.                             | COERCE BHR
            وضعت السلطات المصرية الرئيس السابق تحت الإقامة الجبرية.          | COERCE EGY
            فرقت الشرطة التركية المتظاهرين في إسطنبول.                       | COERCE TUR
            لم تفرض السلطات السورية حظر التجول.                              | COERCE SYR> negated
            ستفرض السلطات العراقية حظر التجول في بغداد.                      | COERCE IRQ> future
            """)
    void coded(String sentence, String expected) {
        // a prefix without '>' checks type and actor only (the recipient of a domestic measure varies)
        if (expected.indexOf('>') < 0) {
            assertThat(TestDocs.events(null, sentence)).anyMatch(e -> e.startsWith(expected + ">") && e.endsWith(" asserted"));
        } else {
            assertThat(TestDocs.events(null, sentence)).contains(expected);
        }
    }

    /** Lifting a state of emergency is no coercion; closing one's own office is no censorship. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            رفعت الحكومة المصرية حالة الطوارئ.
            أغلقت الشركة مكتبها في دبي.
            """)
    void notCoerce(String sentence) {
        assertThat(TestDocs.events(null, sentence)).noneMatch(e -> e.startsWith("COERCE "));
    }
}
