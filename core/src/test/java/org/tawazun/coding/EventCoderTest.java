package org.tawazun.coding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.TestDocs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentences of our own, written in the constructions the seed article uses and in others newspapers use, with the
 * event each must yield ("TYPE ACTOR>RECIPIENT modality"). The lexicon entries are general: each row is a different
 * sentence from the seed.
 */
class EventCoderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            أرسلت إيران طائرات مسيرة إلى روسيا.                                  | AID IRN>RUS asserted
            تعتمد موسكو على طهران لتزويدها بالصواريخ.                            | AID IRN>RUS asserted
            أجرت اليابان محادثات مع أستراليا والهند.                            | CONSULT JPN>AUS+IND asserted
            أجرت تركيا مباحثات مع قطر في الدوحة.                                | CONSULT TUR>QAT asserted
            فرضت الولايات المتحدة عقوبات جديدة على إيران.                       | SANCTION USA>IRN asserted
            بريطانيا، رغم علاقاتها التجارية مع روسيا، فرضت عقوبات عليها.        | SANCTION GBR>RUS asserted
            أبدت تركيا استياءها من السويد.                                      | ACCUSE TUR>SWE asserted
            قصفت إسرائيل جنوب لبنان.                                            | ASSAULT ISR>LBN asserted
            هددت إيران إسرائيل.                                                 | THREATEN IRN>ISR asserted
            قطعت المغرب علاقاتها مع إيران.                                      | SANCTION MAR>IRN asserted
            China imposed sanctions on Lithuania.                               | SANCTION CHN>LTU asserted
            Iran sent drones to Russia.                                         | AID IRN>RUS asserted
            Japan held talks with India.                                        | CONSULT JPN>IND asserted
            Israel was attacked by Iran on Saturday.                            | ASSAULT IRN>ISR asserted
            أعرب الأردن عن استيائه للحكومة الإسرائيلية.                         | ACCUSE JOR>ISR asserted
            احتجز الحرس الثوري الإيراني ناقلة نفط في مضيق هرمز، وهو ما نددت به الولايات المتحدة. | ACCUSE USA>IRN asserted
            ونددت الصين بالقرار في بيان.                                        | ACCUSE CHN> asserted
            Egypt condemned Israel.                                             | ACCUSE EGY>ISR asserted
            """)
    void codes(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            لم تفرض الصين عقوبات على روسيا.                                     | SANCTION CHN>RUS negated
            لن ترسل ألمانيا دبابات إلى أوكرانيا.                                | AID DEU>UKR negated
            ستفرض بريطانيا عقوبات على روسيا.                                    | SANCTION GBR>RUS future
            قد تفرض أوروبا عقوبات على إيران.                                    | SANCTION EUR>IRN hypothetical
            من المقرر أن تجري الهند محادثات مع الصين.                           | CONSULT IND>CHN future
            اتهمت إيران إسرائيل بتزويد أذربيجان بالأسلحة.                        | AID ISR>AZE hypothetical
            Iran did not send weapons to Russia.                                | AID IRN>RUS negated
            Japan will hold talks with India.                                   | CONSULT JPN>IND future
            Turkey may impose sanctions on Sweden.                              | SANCTION TUR>SWE hypothetical
            """)
    void modality(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            تأتي القذائف من الحرب الأوكرانية.
            بسبب العقوبات الدولية المفروضة على كوريا الشمالية.
            They may meet again next year.
            """)
    void noEvent(String sentence) {
        assertThat(TestDocs.events(null, sentence)).isEmpty();
    }

    /**
     * A bare verbal noun reports an attack at the head of a dated list item, not elsewhere; an item dated years before
     * the article (published 2024-11-12 here) is historical.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            * 3 نوفمبر 2024: اغتيال رئيس الوزراء الأسبق في انفجار ضخم في بيروت.    | true
            ـ 20: تفجير انتحاري في فندق بالعاصمة.                                  | true
            12 أكتوبر 2024 - اختطاف جنديين على الحدود.                             | true
            * 14 فبراير 2005: اغتيال رئيس الوزراء الأسبق في انفجار ضخم في بيروت.   | false
            قال الوزير: هجوم الأمس لن يمر دون رد.                                   | false
            تحدث التقرير عن اغتيال الصحفيين في المنطقة.                            | false
            """)
    void listItemsReportTheirEvent(String sentence, boolean attack) {
        assertThat(TestDocs.events(null, sentence).stream().anyMatch(e -> e.startsWith("ASSAULT ") && e.endsWith(" asserted")))
                .isEqualTo(attack);
    }

    /** Deaths from a mishap are no attack; deaths the sentence gives no cause for, or a violent one, are. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            تحطمت طائرة ركاب في كازاخستان، مما أسفر عن مقتل 38 شخصا.      | false
            أدت الفيضانات في شرق ليبيا إلى مقتل آلاف الأشخاص.              | false
            قتل 12 شخصا في زلزال ضرب جنوب تركيا.                           | false
            لقي 20 شخصا مصرعهم في حريق اندلع في مستشفى ببغداد، وأسفر عن إصابة آخرين. | false
            قتل 12 شخصا في هجوم انتحاري استهدف سوقا في بغداد.              | true
            أعلنت الشرطة مقتل ثلاثة أشخاص وإصابة خمسة في بغداد.            | true
            انفجرت سيارة مفخخة في الموصل مما أسفر عن مقتل أربعة جنود.      | true
            A plane crash in Kazakhstan killed 38 people.                  | false
            Floods killed dozens of people in eastern Libya.               | false
            A suicide bomber killed 12 people at a market in Baghdad.      | true
            """)
    void casualtiesOfMishapsAreNoAttack(String sentence, boolean attack) {
        assertThat(TestDocs.events(null, sentence).stream().anyMatch(e -> e.startsWith("ASSAULT ") && e.endsWith(" asserted")))
                .isEqualTo(attack);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل مسلحون 12 مدنيا في هجوم على قرية شمال البلاد.                        | 12.0 false
            أرسلت روسيا نحو ثلاثة آلاف جندي إلى الحدود مع أوكرانيا.                 | 3000.0 true
            The United States sent more than 2,000 troops to Poland.                | 2000.0 true
            """)
    void quantitiesAreAttached(String sentence, String expected) {
        var events = TestDocs.analyze(null, sentence).events();
        assertThat(events).isNotEmpty();
        assertThat(events).anySatisfy(e -> assertThat(e.quantities()).anySatisfy(q -> {
            assertThat(q.value() + " " + q.approx()).isEqualTo(expected);
            assertThat(sentence.substring(q.span().start(), q.span().end())).isEqualTo(q.span().text());
        }));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            زار الرئيس الفرنسي الجزائر في 12 يونيو 2024.
            """)
    void datesAreNotQuantities(String sentence) {
        assertThat(TestDocs.analyze(null, sentence).events()).allSatisfy(e -> assertThat(e.quantities()).isEmpty());
    }
}
