package org.tawazun.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.model.DateMention;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates as newspapers print them, resolved against a publication date of Tuesday 12 November 2024. */
class DateFinderTest {
    private static final LocalDate PUB = LocalDate.of(2024, 11, 12); // a Tuesday

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | زار بوتين كوريا الشمالية في يونيو 2024           | 2024-06       | month
            ar | نشرت المجلة، الثلاثاء 12 نوفمبر 2024.             | 2024-11-12    | day
            ar | وقع الاتفاق في حزيران 2023                        | 2023-06       | month
            ar | في 3 كانون الثاني 2020 قتل سليماني                | 2020-01-03    | day
            ar | عقد الاجتماع في 14 جوان 2019                      | 2019-06-14    | day
            ar | بدأت الحرب عام 2022                               | 2022          | year
            ar | اجتمعا في سبتمبر الماضي                           | 2024-09       | month
            ar | أعلن ذلك في 2024-03-05                            | 2024-03-05    | day
            ar | وصل الوفد في 5 أيار/مايو 2023                      | 2023-05-05    | day
            ar | انتهت المهلة في 10 مايو (أيار) 2022                | 2022-05-10    | day
            ar | وقعت الاتفاقية في 7 تشرين أول 2023                 | 2023-10-07    | day
            ar | أعلنت الحكومة في 15 شتنبر 2021                     | 2021-09-15    | day
            ar | وصلت الشحنة في 3 غشت 2022                          | 2022-08-03    | day
            ar | صدر القرار في 20 جويلية 2021                       | 2021-07-20    | day
            ar | عقدت القمة في 9 دجنبر 2019                         | 2019-12-09    | day
            ar | التقيا في 1 فيفري 2024                             | 2024-02-01    | day
            ar | وقعت الهجمات في 11 أيلول 2001                      | 2001-09-11    | day
            ar | بدأ القصف في ٢٤ فبراير ٢٠٢٢                        | 2022-02-24    | day
            ar | صدر البيان في 19/06/2024                          | 2024-06-19    | day
            ar | صدر البيان في 2024/06/19                          | 2024-06-19    | day
            ar | صدر البيان بتاريخ 19.06.2024                      | 2024-06-19    | day
            ar | تأسست المنظمة عام 1945م                           | 1945          | year
            ar | أعلن الاستقلال سنة 1962 م                          | 1962          | year
            ar | يشهد البلد أزمة منذ 2014                          | 2014          | year
            ar | تضاعفت التجارة في 2023                            | 2023          | year
            ar | في 15 رمضان 1445 هـ أعلنت الحكومة                  | 2024-03-25    | day
            ar | في الأول من محرم 1446هـ                            | 2024-07       | month
            ar | ولد عام 1380 هـ                                   | 1960          | year
            ar | صدر المرسوم في 10 شوال                            | 2024-04-19    | day
            ar | قال الوزير أمس إن المحادثات فشلت                   | 2024-11-11    | day
            ar | أعلن الجيش اليوم عن مقتل جنديين                   | 2024-11-12    | day
            ar | وقعت الاشتباكات أول أمس                            | 2024-11-10    | day
            ar | استقبل الرئيس يوم الأحد وفدا روسيا                  | 2024-11-10    | day
            ar | التقى الوزيران الثلاثاء في الرياض                  | 2024-11-12    | day
            ar | اجتمعا الثلاثاء الماضي                             | 2024-11-05    | day
            ar | تعقد القمة الخميس المقبل                          | 2024-11-14    | day
            ar | وصل الوفد مساء الجمعة                              | 2024-11-08    | day
            ar | فرضت واشنطن الشهر الماضي عقوبات جديدة               | 2024-10       | month
            ar | تضاعفت الصادرات العام الماضي                       | 2023          | year
            ar | تنتهي المهلة العام المقبل                          | 2025          | year
            ar | ارتفع التضخم هذا العام                            | 2024          | year
            ar | تراجع الإنتاج خلال السنة الجارية                   | 2024          | year
            ar | زار الوزير بكين الأسبوع الماضي                      | 2024-11       | month
            ar | بدأت العلاقات تتعمق منذ أكثر من عقدين               | 2000s         | decade
            ar | انطلقت المفاوضات قبل ثلاثة أيام                     | 2024-11-09    | day
            ar | اعتقل قبل يومين                                   | 2024-11-10    | day
            ar | انهار الاتفاق منذ عامين                            | 2022          | year
            ar | انسحبت القوات قبل خمس سنوات                        | 2019          | year
            ar | تأسس التحالف منذ عقد                              | 2010s         | decade
            ar | اندلعت الحرب في التسعينيات                         | 1990s         | decade
            ar | شهدت ثمانينيات القرن الماضي حربا طويلة              | 1980s         | decade
            ar | في عشرينيات القرن الحالي                           | 2020s         | decade
            en | Putin visited Pyongyang in June 2024.            | 2024-06       | month
            en | The deal was signed on November 12, 2024.        | 2024-11-12    | day
            en | They met on 3 March 2021 in Doha.                | 2021-03-03    | day
            en | Talks began in September.                        | 2024-09       | month
            en | The war started in 2022.                         | 2022          | year
            en | SEOUL, March 10 (Reuters) - North Korea fired    | 2024-03-10    | day
            en | The ministry said on Friday it had withdrawn.    | 2024-11-08    | day
            en | The envoy arrived on Tuesday, Nov. 5, 2024.      | 2024-11-05    | day
            en | They met last Tuesday.                           | 2024-11-05    | day
            en | Talks resume next Thursday.                      | 2024-11-14    | day
            en | The minister resigned yesterday.                 | 2024-11-11    | day
            en | Sanctions were imposed last month.               | 2024-10       | month
            en | Exports doubled last year.                       | 2023          | year
            en | Prices rose earlier this month.                  | 2024-11       | month
            en | The treaty was signed three years ago.           | 2021          | year
            en | The bases were built two decades ago.            | 2000s         | decade
            en | The talks collapsed 10 days ago.                 | 2024-11-02    | day
            en | The conflict began in the 1990s.                 | 1990s         | decade
            en | The report was issued on 2024-03-05.             | 2024-03-05    | day
            en | The report was issued on 06/19/2024.             | 2024-06-19    | day
            """)
    void finds(String lang, String text, String value, String precision) {
        List<DateMention> found = find(lang, text, PUB);
        assertThat(found).extracting(d -> d.date().value()).containsExactly(value);
        assertThat(found.get(0).date().precision()).isEqualTo(precision);
        DateMention d = found.get(0);
        assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
    }

    /** The span of the date, as the text wrote it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            نشرت المجلة، الثلاثاء 12 نوفمبر 2024.            | الثلاثاء 12 نوفمبر 2024
            بدأت العلاقات تتعمق منذ أكثر من عقدين              | منذ أكثر من عقدين
            فرضت واشنطن الشهر الماضي عقوبات                   | الشهر الماضي
            وصل الوفد في 5 أيار/مايو 2023                     | 5 أيار/مايو 2023
            في 15 رمضان 1445 هـ أعلنت الحكومة                 | 15 رمضان 1445 هـ
            استقبل الوزير، أمس الاثنين، نظيره                  | أمس الاثنين
            وصل الوفد اليوم الثلاثاء                           | اليوم الثلاثاء
            """)
    void spans(String text, String span) {
        assertThat(find("ar", text, PUB)).extracting(DateMention::text).containsExactly(span);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | They may meet again.
            en | The march went on for hours.
            ar | زار أبو محمد أب الضحية
            ar | قال رمضان إن الحكومة سترد
            ar | سجل الميزان التجاري صفر
            ar | التقى أحد المسؤولين بالوزير
            ar | لا يزال الوضع هادئا منذ سنوات
            ar | قتل 2000 شخص في الهجمات
            en | He spoke for 10 minutes.
            """)
    void ignoresWordsThatOnlyLookLikeDates(String lang, String text) {
        assertThat(find(lang, text, PUB)).isEmpty();
    }

    @Test
    void withoutAPublicationDateRelativeDatesAreNotGuessed() {
        assertThat(find("ar", "قال الوزير أمس إن الثلاثاء الماضي شهد هجوما", null)).isEmpty();
        assertThat(find("ar", "في 12 نوفمبر وقع الهجوم", null)).extracting(d -> d.date().value()).containsExactly("--11-12");
        assertThat(find("ar", "في 12 نوفمبر 2023 وقع الهجوم", null)).extracting(d -> d.date().value()).containsExactly("2023-11-12");
    }

    private static List<DateMention> find(String lang, String text, LocalDate pub) {
        return DateFinder.forLang(lang).find(text, pub);
    }

    /** One word that names a day, read where no date could be reported; other words, and parts of longer dates, do not. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | أمس      | true
            ar | اليوم    | true
            ar | الخميس   | true
            ar | الماضي   | false
            ar | قبل      | false
            ar | مسلحون   | false
            en | yesterday | true
            en | Monday   | true
            en | army     | false
            """)
    void oneWordNamesADay(String lang, String word, boolean expected) {
        Token t = Tokenizer.tokenize(Normalizer.normalize(word)).get(0);
        assertThat(DateFinder.forLang(lang).namesDay(t)).isEqualTo(expected);
    }
}
