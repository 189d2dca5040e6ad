package org.tawazun.lang.ar;

import org.tawazun.text.NumberFinder;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.model.NumberMention;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ArabicNumbersTest {
    /** Phrases that are one number each, as Arabic papers print them. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ثلاثة                           | 3
            عشرة                            | 10
            أحد عشر                         | 11
            اثنا عشر                        | 12
            خمسة عشر                        | 15
            خمسة وعشرون                     | 25
            ثمانية وتسعون                   | 98
            مئة                             | 100
            مائة وخمسون                     | 150
            ثلاثمائة                        | 300
            ثلاث مئة                        | 300
            مئتان                           | 200
            ألف                             | 1000
            ألفي                            | 2000
            ثلاثة آلاف                      | 3000
            ثلاثة آلاف وخمسمائة             | 3500
            عشرون ألفا                      | 20000
            مئة وخمسون ألفا                 | 150000
            مليون                           | 1000000
            مليوني                          | 2000000
            خمسة ملايين                     | 5000000
            مليون ونصف                      | 1500000
            نصف مليون                       | 500000
            نصف                             | 0.5
            ثلث                             | 0.3333333333333333
            ربع                             | 0.25
            ثلثي                            | 0.6666666666666666
            ثلاثة أرباع                     | 0.75
            ثلاثة ونصف                      | 3.5
            مليار                           | 1000000000
            ١٢٥                             | 125
            ۲۵۰۰                            | 2500
            1,000                           | 1000
            1.000.000                       | 1000000
            3.5                             | 3.5
            2,5                             | 2.5
            12,500                          | 12500
            5 ملايين                        | 5000000
            1.5 مليار                       | 1500000000
            ٣ آلاف                          | 3000
            20 ألف                          | 20000
            250 ألفا                        | 250000
            ثلاثة ملايين وخمسمائة ألف       | 3500000
            """)
    void parses(String phrase, double value) {
        assertThat(NumberFinder.forLang("ar").parse(phrase)).isNotNull();
        assertThat(NumberFinder.forLang("ar").parse(phrase)).isCloseTo(value, within(1e-9));
    }

    /** Numbers inside sentences: value, upper bound, hedge, unit and the raw text of the span. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل نحو 50 شخصا في الهجوم                        | 50       | 50       | about    |          | نحو 50
            أرسلت أكثر من عشرة آلاف جندي                     | 10000    | 10000    | more     |          | أكثر من عشرة آلاف
            تمثل الصين 98% من تجارتها                        | 98       | 98       |          | %        | 98%
            تمثل ٩٨٪ من التجارة                              | 98       | 98       |          | %        | ٩٨٪
            ارتفعت الأسعار 15 بالمئة                          | 15       | 15       |          | %        | 15 بالمئة
            تراجع النمو بنسبة 3.5 في المائة                   | 3.5      | 3.5      |          | %        | 3.5 في المائة
            فر عشرات الآلاف من السكان                         | 10000    | 10000    | about    |          | عشرات الآلاف
            أصيب مئات المدنيين                                | 100      | 100      | about    |          | مئات
            نزح آلاف السكان                                   | 1000     | 1000     | about    |          | آلاف
            قتل ما بين 10 و20 جنديا                           | 10       | 20       |          |          | بين 10 و20
            يتراوح عددهم بين عشرة وعشرين ألفا                 | 10000    | 20000    |          |          | بين عشرة وعشرين ألفا
            نشر ما بين 10 آلاف و12 ألف جندي                   | 10000    | 12000    |          |          | بين 10 آلاف و12 ألف
            أصيب 30-40 شخصا                                   | 30       | 40       |          |          | 30-40
            بلغت الخسائر حوالي 2 مليار دولار                  | 2000000000 | 2000000000 | about |          | حوالي 2 مليار
            قدمت مساعدات بقيمة قرابة نصف مليون دولار          | 500000   | 500000   | about    |          | قرابة نصف مليون
            شارك ما يقرب من ثلاثة آلاف متظاهر                 | 3000     | 3000     | about    |          | ما يقرب من ثلاثة آلاف
            اعتقل ما لا يقل عن 40 شخصا                         | 40       | 40       | at_least |          | ما لا يقل عن 40
            قتل أقل من مئة شخص                                | 100      | 100      | less     |          | أقل من مئة
            وصل عدد القتلى إلى 35 تقريبا                       | 35       | 35       | about    |          | 35 تقريبا
            منذ أكثر من عقدين                                 | 2        | 2        | more     | decade   | أكثر من عقدين
            استمرت الحرب عامين                                | 2        | 2        |          | year     | عامين
            تسلمت ألفي قذيفة                                   | 2000     | 2000     |          |          | ألفي
            وصلت بنحو 52 طنا من المواد                         | 52       | 52       | about    |          | بنحو 52
            أرسلت 3 طائرات تحمل 52 طنا                        | 3        | 3        |          |          | 3
            """)
    void findsInText(String text, double value, double upper, String hedge, String unit, String span) {
        List<NumberMention> ms = NumberFinder.forLang("ar").find(text);
        assertThat(ms).isNotEmpty();
        NumberMention m = ms.get(0);
        assertThat(m.value()).isCloseTo(value, within(1e-6));
        assertThat(m.upper()).isCloseTo(upper, within(1e-6));
        assertThat(m.hedge()).isEqualTo(hedge == null ? "" : hedge);
        assertThat(m.unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(m.text()).isEqualTo(span);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }

    /** Words that only look like numbers, and times. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            التقى أحد المسؤولين بالوزير
            عقد الاجتماع يوم الاثنين
            قال إن الوضع تحسن نحو الأفضل
            بدأ الاجتماع في الساعة 10:30
            """)
    void ignores(String text) {
        assertThat(NumberFinder.forLang("ar").find(text)).isEmpty();
    }
}
