package org.tawazun.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizerTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            أرسلت                 | ارسلت
            إسرائيل               | اسراءيل
            آسيا                  | اسيا
            ٱلصين                 | الصين
            مُتَزَايِدٍ             | متزايد
            جـــنود               | جنود
            كبرى                  | كبري
            الشمالية              | الشماليه
            مسؤول                 | مسءول
            مسئول                 | مسءول
            کوریا                 | كوريا
            کیف                   | كيف
            ٢٠٢٤                  | 2024
            ۲۰۲۴                  | 2024
            ٩٨٪                   | 98%
            البلدين؛ الطرفين؟      | البلدين; الطرفين?
            Russia's              | russia's
            “Foreign Affairs”     | "foreign affairs"
            ﻻ                     | لا
            """)
    void folds(String raw, String norm) {
        assertThat(Normalizer.normalize(raw).norm()).isEqualTo(norm);
    }

    @Test
    void offsetsPointIntoTheRawText() {
        String raw = "قَالَتْ الخارجيـــة: «لا»";
        NormalizedText nt = Normalizer.normalize(raw);
        assertThat(nt.norm()).isEqualTo("قالت الخارجيه: \"لا\"");
        int i = nt.norm().indexOf("الخارجيه");
        int start = nt.rawStart(i);
        int end = nt.rawEndOf(i + "الخارجيه".length());
        assertThat(raw.substring(start, end)).isEqualTo("الخارجيـــة");
    }

    @Test
    void dropsInvisibleControls() {
        assertThat(Normalizer.normalize("a\u200Bb\u200Fc\uFEFF").norm()).isEqualTo("abc");
        assertThat(Normalizer.normalize("a\u00A0b\tc").norm()).isEqualTo("a b c");
    }
}
