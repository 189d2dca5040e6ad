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
            ﺍﻟﺼﻴﻦ                 | الصين
            ﷲ                     | الله
            ژنرال                 | زنرال
            پاکستان               | باكستان
            چین                   | جين
            گرجستان               | كرجستان
            ڤيتنام                | فيتنام
            ڨالمة                 | قالمه
            ڭلميم                 | كلميم
            ٹی وی                 | تي وي
            ڈالر                  | دالر
            ہندوستان              | هندوستان
            کراچی                 | كراجي
            ۆ ۇ ۋ                 | و و و
            ڵ ں ے                 | ل ن ي
            ئ ؤ إ أ آ ٱ           | ء ء ا ا ا ا
            أُسْبُوعٌ               | اسبوع
            ٠١٢٣٤٥٦٧٨٩            | 0123456789
            ۰۱۲۳۴۵۶۷۸۹            | 0123456789
            ०१२३                  | 0123
            ١٢٫٥٪                 | 12.5%
            ١٬٠٠٠                 | 1,000
            ٢٠٢٤/٣/٥              | 2024/3/5
            ٥؍٣؍٢٠٢٤              | 5/3/2024
            قال: «نعم»؛ ثم؟       | قال: "نعم"; ثم?
            ﴾نص﴿                  | (نص)
            ٭ ۔                   | * .
            Türkiye               | turkiye
            Côte d’Ivoire         | cote d'ivoire
            São Tomé              | sao tome
            ＵＮ ２０２４          | un 2024
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
    void decomposedHamzaFoldsLikeThePrecomposedLetter() {
        // و + U+0654 and ي + U+0654 are how some keyboards and PDFs write ؤ and ئ
        assertThat(Normalizer.normalize("مسو\u0654ول").norm()).isEqualTo(Normalizer.normalize("مسؤول").norm());
        assertThat(Normalizer.normalize("مسي\u0654ول").norm()).isEqualTo(Normalizer.normalize("مسئول").norm());
        assertThat(Normalizer.normalize("ا\u0654رسل").norm()).isEqualTo("ارسل");
        NormalizedText nt = Normalizer.normalize("مسو\u0654ول");
        assertThat(nt.rawEnd(2)).isEqualTo(4); // the ء covers و and the combining hamza
    }

    @Test
    void everyNormalizedCharacterMapsToRawCharacters() {
        String raw = "ﻻ ﷲ\r\nأُسْبُوعٌ 😀 Türkiye ＵＮ \uD800 x";
        NormalizedText nt = Normalizer.normalize(raw);
        for (int i = 0; i < nt.norm().length(); i++) {
            assertThat(nt.rawStart(i)).isBetween(0, raw.length() - 1);
            assertThat(nt.rawEnd(i)).isBetween(nt.rawStart(i) + 1, raw.length());
            if (i > 0) assertThat(nt.rawStart(i)).isGreaterThanOrEqualTo(nt.rawStart(i - 1));
        }
        assertThat(nt.norm()).contains("\n").doesNotContain("\r");
    }

    @Test
    void dropsInvisibleControls() {
        assertThat(Normalizer.normalize("a\u200Bb\u200Fc\uFEFF").norm()).isEqualTo("abc");
        assertThat(Normalizer.normalize("a\u00A0b\tc").norm()).isEqualTo("a b c");
    }
}
