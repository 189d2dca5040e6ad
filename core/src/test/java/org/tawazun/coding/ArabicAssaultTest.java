package org.tawazun.coding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.TestDocs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arabic ASSAULT constructions of news reports beyond the per-type table in {@link ArabicPatternsTest}: a subject
 * between the firing verb and its projectiles, the verbal noun of firing, تعرض لـ with the victim as subject and the
 * attacker after من, and their hypothetical counterparts. Sentences of our own.
 */
class ArabicAssaultTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            أطلقت طائرة مسيرة تابعة للجيش الأمريكي عدة صواريخ على منزل في باجور.  | ASSAULT
            أطلق مسلحون النار على دورية للشرطة العراقية في الموصل.                 | ASSAULT
            بدأ الهجوم بإطلاق نار على الجنود الأمريكيين داخل المبنى.              | ASSAULT
            تعرضت غروزني وموزدوك لهجمات من طائرات مسيرة أوكرانية.                 | ASSAULT UKR>RUS asserted
            تعرض وزير الطاقة السوداني أمس في ولاية الوحدة لمحاولة اغتيال.         | ASSAULT
            تعرض النزلاء في السجن المصري للضرب المبرح.                            | ASSAULT
            أصيب ثلاثة أشخاص في الهجوم وقتل اثنان آخران.                          | ASSAULT
            انفجرت عبوة ناسفة في بغداد وقتل خمسة أشخاص.                           | ASSAULT
            شن المتمردون الهجوم على الموقع بسيارة مفخخة يقودها انتحاري.            | ASSAULT
            وقالت المنظمة إن قوات الأمن تتعدى على المحتجين بالضرب في الشوارع.       | ASSAULT
            اعتدى مستوطنون على مزارعين فلسطينيين بالضرب قرب نابلس.                  | ASSAULT
            وأكد الوزير أن إسرائيل تنكل بالصيادين الفلسطينيين في عرض البحر.         | ASSAULT ISR>PSE asserted
            وأطلق الجنود قذائفهم باتجاه موقع للمسلحين شرق المدينة.                  | ASSAULT
            انفجرت قذيفة في السوق وأصابت سائقها.                                   | ASSAULT
            سقطت قذيفة هاون على الحي وأصابت ستة مدنيين.                             | ASSAULT
            أدى القصف إلى استشهاد ثلاثة مواطنين في خان يونس.                        | ASSAULT
            استشهد طفلان فلسطينيان في غارة على رفح.                                 | ASSAULT
            تعرض مسؤول محلي في حركة فتح هو مدير مكتب المحافظ الخميس، للخطف على أيدي مسلحين في نابلس. | ASSAULT
            تعرضت مديرة المدرسة، سعاد أحمد، زوجة المحافظ السابق، لمحاولة اغتيال في بغداد. | ASSAULT
            والانفجار الذي وقع قرب السوق الشعبي، استهدف دورية للشرطة العراقية.      | ASSAULT
            أطلقت بعد منتصف الليل طائرة مسيرة تابعة للجيش الأمريكي، صواريخ على منزل في باجور. | ASSAULT
            وقالت المصادر إن المزارع خالد حسن، ثلاثون عاما، قتل بينما كان يعمل في أرضه.   | ASSAULT
            وأكد الجنرال أن عددا من مخابئ المسلحين، تم تدميرها خلال العملية العسكرية.      | ASSAULT
            تم تدمير ثلاثة منازل في غارة جوية على رفح.                                    | ASSAULT
            """)
    void codes(String sentence, String expected) {
        // a bare type checks detection only (the roles of these sentences are the actor layer's work)
        if (expected.indexOf(' ') < 0) {
            assertThat(TestDocs.events(null, sentence)).anyMatch(e -> e.startsWith(expected + " ") && e.endsWith(" asserted"));
        } else {
            assertThat(TestDocs.events(null, sentence)).contains(expected);
        }
    }

    /**
     * What could happen, or what someone is able to do, is no attack; a word joined by و to a verbal noun after a
     * preposition or a construct head is a verbal noun, not a verb (عمليات خطف وقتل).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            يمكنهم إطلاق النار على المدنيين دون عقاب.
            لم يطلق الجنود النار على المتظاهرين.
            تعرض الوزير لانتقادات حادة من المعارضة.
            لم يشن الجيش أي هجوم على المدينة.
            شهدت المنطقة عمليات خطف وقتل للمدنيين.
            يميز التقرير بين قتل وخطف المسلحين.
            لم تتعد الشرطة على المحتجين بالضرب.
            تعدت الحكومة على صلاحيات البرلمان.
            لن تنكل الحكومة بالمعارضين بعد اليوم.
            لم يطلق الجنود قذائفهم باتجاه القرية.
            نفى الجيش استشهاد أي مواطن في القصف.
            أصابت الأزمة الاقتصادية المواطنين بالإحباط.
            واستشهد الوزير بتقرير الأمم المتحدة.
            أطلقت الشرطة سراح الموقوفين، وقالت إن صواريخ سقطت على المدينة.
            أطلقت الشرطة سراح الموقوفين وقالت إن صواريخ سقطت على المدينة.
            لم تتعرض الوزيرة، أثناء زيارتها للمدينة، لمحاولة اغتيال.
            قد يتعرض المسؤولون في الحركة، ومنهم الوزير، للخطف.
            وقالت المصادر إن المزارع خالد حسن، ثلاثون عاما، ربما قتل بينما كان يعمل في أرضه.
            وقالت المصادر إن المزارع خالد حسن، ثلاثون عاما، لم يقتل بل نجا.
            لم يتم تدمير أي منزل خلال القصف.
            تم تدمير الأسلحة الكيميائية بالكامل تحت إشراف دولي.
            """)
    void notAsserted(String sentence) {
        assertThat(TestDocs.events(null, sentence)).noneMatch(e -> e.startsWith("ASSAULT ") && e.endsWith(" asserted"));
    }
}
