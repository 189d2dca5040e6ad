package org.tawazun.coding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.TestDocs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arabic PROTEST constructions beyond the basic demonstration verbs of {@link ArabicPatternsTest}: human chains,
 * marches in the streets (خرجوا في شوارع), strikes told with "in protest" or with a verb that starts or continues them, crowds that join a march or protest before a building, self-immolation in protest (أحرق نفسه، إحراق نفسه احتجاجا), boycotts of
 * elections, sessions and goods, riots, the verbal noun قيام ... بالتجمع, protesters heading for a building
 * (توجه المتظاهرون إلى مقر ...), a gathering that turns into a protest (تحولت الجنازة إلى مظاهرة) and protests that
 * sweep a country (احتجاجات عمت العراق), protesters blocking roads or besieging a building (أغلق المتظاهرون الطريق،
 * حاصر متظاهرون المطار; the police closing a road or surrounding protesters is no protest), an organizer sending crowds
 * (دفعت المعارضة بآلاف المتظاهرين), a party's supporters on the move (تحرك مناصري تيار المستقبل; tanks moving are no
 * protest), sit-in tents (نصب المعتصمون خيامهم; the army pitching tents for the displaced is none) and a crowd cutting a road
 * told with قيام (بقيام عشرات الشبان بقطع الطريق), and protesters storming a building (اقتحم المحتجون مبنى البرلمان،
 * اقتحام السفارة من قبل المحتجين: a riot; the police storming the protesters' office or gunmen attacking one is none). Sentences of our own; each construction
 * also has a negated, future or hypothetical variant that must not be asserted.
 */
class ArabicProtestPatternsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            شكل مئات المحتجين سلسلة بشرية حول مقر البرلمان في بيروت.          | PROTEST LBN>LBN asserted
            نظم ناشطون سلسلة بشرية أمام السفارة الإسرائيلية في عمان.          | PROTEST JOR>ISR asserted
            أضرب المعلمون في الأردن امس احتجاجا على تدني الأجور.              | PROTEST JOR>JOR asserted
            يضرب عمال النفط في نيجيريا احتجاجا على رفع أسعار الوقود.          | PROTEST NGA>NGA asserted
            دخل عمال الموانئ في المغرب إضرابا مفتوحا.                         | PROTEST MAR>MAR asserted
            بدأ الأطباء في تونس إضرابا عن العمل.                              | PROTEST TUN>TUN asserted
            قاطعت المعارضة الانتخابات البرلمانية في الكويت.                    | PROTEST KWT>KWT asserted
            يقاطع نواب المعارضة جلسات البرلمان العراقي منذ أسبوع.              | PROTEST IRQ>IRQ asserted
            اندلعت أعمال شغب في ضواحي باريس.                                  | PROTEST FRA>FRA asserted
            تدفق آلاف المحتجين في شوارع الخرطوم مطالبين برحيل الحكومة.        | PROTEST SDN>SDN asserted
            والمتظاهرون خرجوا في شوارع بغداد منذ الصباح.                      | PROTEST IRQ>IRQ asserted
            شارك مئات الطلاب في مظاهرة أمام السفارة الأمريكية في عمان.        | PROTEST JOR>USA asserted
            احتج مئات العمال أمام مقر الحكومة في تونس.                        | PROTEST TUN>TUN asserted
            توجه المتظاهرون في القاهرة إلى مقر السفارة الإسرائيلية.           | PROTEST EGY>ISR asserted
            وفي لندن توجه المتظاهرون، وهم نحو ألفين، إلى مقر رئيس الوزراء البريطاني. | PROTEST GBR>GBR asserted
            وحاصر متظاهرون من أنصار المعارضة مبنى البرلمان في كييف.         | PROTEST UKR>UKR asserted
            دفعت المعارضة بآلاف المتظاهرين إلى ساحة الشهداء في بيروت.       | PROTEST LBN>LBN asserted
            وشهدت القاهرة أمس تحرك مؤيدي حركة فتح أمام السفارة الفلسطينية.    | PROTEST PSE>PSE asserted
            قام المحتجون بنصب خيامهم أمام مقر البرلمان في الكويت.            | PROTEST KWT>KWT asserted
            نصب المعتصمون خيامهم في ساحة التحرير ببغداد.                     | PROTEST IRQ>IRQ asserted
            اقتحم المحتجون مبنى البرلمان في بغداد.                           | PROTEST IRQ>IRQ asserted
            تم اقتحام السفارة السويدية في بغداد من قبل مجموعة من المحتجين.    | PROTEST IRQ>SWE asserted
            احتجاجات اجتاحت شوارع طهران ليلة أمس.                           | PROTEST IRN>IRN asserted
            نظم عشرات الشبان الأردنيين اعتصاما بالقرب من السفارة الإسرائيلية في عمان. | PROTEST JOR>ISR asserted
            خرجت مظاهرة من أنصار المعارضة في تبليسي.                       | PROTEST GEO>GEO asserted
            أضرب عمال المناجم في جنوب أفريقيا عن العمل.                     | PROTEST ZAF>ZAF asserted
            أضرب عمال السكك الحديدية في ألمانيا أمس عن العمل.               | PROTEST DEU>DEU asserted
            تجمع المتظاهرون أمام السفارة الأمريكية في عمان.                  | PROTEST JOR>USA asserted
            تجمع آلاف المتظاهرين أمام مقر الحكومة في تونس.                  | PROTEST TUN>TUN asserted
            نظم المعلمون تظاهرة أمام وزارة التربية في عمان.                  | PROTEST JOR>JOR asserted
            جابت مسيرات شوارع دمشق تأييدا للرئيس منددة بالعقوبات الأميركية.    | PROTEST SYR>SYR asserted
            """)
    void codedWithParties(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** Detection only: the parties of these are the business of the role rules, not of the pattern. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            أحرق شاب تونسي نفسه أمام مقر الولاية احتجاجا على مصادرة بضاعته.
            أضرم عاطل عن العمل النار في نفسه احتجاجا على البطالة في الجزائر.
            قاطع التجار في الأردن البضائع الدنماركية.
            شهدت مدن إيرانية عدة أعمال شغب ليلة أمس.
            ندد الوزير بقيام عشرات المتظاهرين بالتجمع أمام السفارة التركية في بغداد.
            واصل آلاف العمال في الخرطوم مسيراتهم الاحتجاجية لليوم الثالث.
            استمر المحتجون في اعتصامهم أمام البرلمان الكويتي.
            شاركت نقابات المعلمين في مظاهرة حاشدة وسط عمان.
            تحولت جنازة الناشط في القاهرة إلى مظاهرة ضد الحكومة.
            شارك الآلاف في احتجاجات عمت المدن المغربية أمس.
            تجمهر العشرات أمام مقر المحافظة في البصرة.
            أغلق المحتجون الطريق الرئيسي المؤدي إلى مطار بيروت.
            يغلق المتظاهرون شوارع وسط الخرطوم منذ الصباح.
            تحرك أنصار الحزب في طرابلس احتجاجا على قرار المحكمة.
            أفاد شهود بقيام عشرات الشبان بقطع الطريق الدولي قرب طرابلس.
            أقدم شاب تونسي على إحراق نفسه احتجاجا على البطالة.
            أدانت الخارجية اقتحام السفارة على يد عشرات المتظاهرين في طهران.
            أقدم عاطل عن العمل على إضرام النار في نفسه احتجاجا على مصادرة بضاعته في الجزائر.
            دخل مئات الأسرى الفلسطينيين في السجون الإسرائيلية إضرابا عن الطعام.
            """)
    void assertedProtest(String sentence) {
        assertThat(TestDocs.events(null, sentence)).anyMatch(e -> e.startsWith("PROTEST ") && e.endsWith(" asserted"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            لم يقاطع الحزب الانتخابات.                                  | negated
            سيقاطع الحزب الانتخابات المقبلة.                             | future
            قد تقاطع المعارضة الانتخابات في الكويت.                      | hypothetical
            لم يضرب العمال في مصر احتجاجا على القرار.                    | negated
            سيبدأ الأطباء في تونس إضرابا عن العمل الأسبوع المقبل.         | future
            لن يشكل المحتجون سلسلة بشرية أمام البرلمان.                  | negated
            نفى الأمن أن يكون المتظاهرون قد خرجوا في شوارع العاصمة الجزائرية. | negated
            لم يشارك الطلاب في المظاهرة.                                  | negated
            لن يواصل العمال اعتصامهم أمام الوزارة.                         | negated
            لن يتوجه المتظاهرون إلى مقر السفارة الإسرائيلية في القاهرة.      | negated
            سيتوجه المتظاهرون غدا إلى مقر السفارة الإسرائيلية في القاهرة.    | future
            لم تتحول الجنازة في القاهرة إلى مظاهرة.                         | negated
            قد تتحول الجنازة في القاهرة إلى مظاهرة ضد الحكومة.               | hypothetical
            لم يتجمهر أحد أمام مقر المحافظة في البصرة.                      | negated
            لم يغلق المتظاهرون الطريق الدولي في تونس.                       | negated
            لم يحاصر المحتجون مقر الحكومة في بيروت.                         | negated
            لن تدفع المعارضة بآلاف المتظاهرين إلى ساحة الشهداء في بيروت.     | negated
            لم يبدأ تحرك أنصار الحزب في طرابلس بعد.                         | negated
            ستبدأ تحركات أنصار الحزب في طرابلس غدا.                         | future
            لن ينصب المعتصمون خيامهم في ساحة التحرير ببغداد.                 | negated
            نفى المسؤول قيام عشرات الشبان بقطع الطريق الدولي قرب طرابلس.       | negated
            هدد شاب تونسي بإحراق نفسه احتجاجا على البطالة.                    | hypothetical
            لم يقتحم المحتجون مبنى البرلمان في بغداد.                        | negated
            إذا جاء المتظاهرون من تونس إلى باريس فسيعتصمون أمام البرلمان.      | hypothetical
            """)
    void notAsserted(String sentence, String modality) {
        assertThat(TestDocs.events(null, sentence))
                .noneMatch(e -> e.startsWith("PROTEST ") && e.endsWith(" asserted"))
                .anyMatch(e -> e.startsWith("PROTEST ") && e.endsWith(" " + modality));
    }

    /**
     * A threat or call to protest is not a protest; ضرب (to beat) is not أضرب (to strike); a state that protests
     * (احتجت إيران على) objects verbally (ACCUSE), only a crowd that protests before a building demonstrates.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            احتجت إيران على تصريحات الوزير الفرنسي.
            هدد المعلمون بالإضراب احتجاجا على تدني الأجور.
            دعا الحزب أنصاره إلى تشكيل سلسلة بشرية أمام البرلمان.
            الاحتجاجات لم تعم المدن المغربية.
            وجهت النيابة للمتهمين في القاهرة تهمة التجمهر والتحريض على العنف.
            هدد المحتجون بأن يغلقوا الطرق المؤدية إلى العاصمة الأردنية.
            أغلقت الشرطة الطريق أمام المتظاهرين في القاهرة.
            حاصرت قوات الأمن المتظاهرين في وسط القاهرة.
            خشية توجه المتظاهرين إلى مقر الحزب في بيروت.
            ما دفع بالمتظاهرين إلى الرد على الشرطة في بيروت.
            تحرك عدد من الدبابات نحو الحدود اللبنانية.
            نصب الجيش خياما للنازحين في سهل البقاع.
            اقتحمت الشرطة مقر المتظاهرين في القاهرة.
            هاجم مسلحون مقر الشرطة في الموصل.
            ضرب الجنود المعتقلين احتجاجا على هروب السجين.
            ضرب الشرطي شابا عاطلا عن العمل في القاهرة.
            """)
    void noProtest(String sentence) {
        assertThat(TestDocs.events(null, sentence)).noneMatch(e -> e.startsWith("PROTEST ") && e.endsWith(" asserted"));
    }

    /**
     * Words of a protest pattern that report no protest (EventCoder.notAProtest): a gathering verb with an object
     * pronoun (تجمعهم: جمع, to bring together) or with a genitive plural after it (موقع تجمع المتظاهرين: a verbal noun
     * in construct), a count of vehicles (مئات السيارات), and a rally of support or joy that names nothing it is
     * against. Each row was asserted as a protest before the rule; the rows of {@link #codedWithParties} with a
     * nominative crowd (تجمع المتظاهرون), a noun تظاهرة, and a rally of support that also condemns (تأييدا ... منددة)
     * stay protests.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            قال إن الوحدة تجمعهم مع آلاف العمال في تونس.
            وصل الوزير إلى موقع تجمع المتظاهرين في بيروت.
            تجمعت مئات السيارات عند معبر رفح.
            تظاهر الآلاف في القاهرة تأييدا لقرار الرئيس.
            خرجت مسيرات في شوارع الرباط احتفالا بفوز المنتخب المغربي.
            احتشد المئات في ساحة التحرير للتعبير عن فرحهم بقرار المحكمة.
            """)
    void gatheringThatIsNoProtest(String sentence) {
        assertThat(TestDocs.events(null, sentence)).noneMatch(e -> e.startsWith("PROTEST ") && e.endsWith(" asserted"));
    }

    /** A rally of support that also says what it is against or demands is a protest. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            خرجت مظاهرة في بغداد تأييدا للمعتصمين ومطالبة بإطلاق سراح المعتقلين.
            تظاهر الآلاف في القاهرة تأييدا للمقاومة وتنديدا بالعدوان على غزة.
            """)
    void rallyOfSupportAgainstSomething(String sentence) {
        assertThat(TestDocs.events(null, sentence)).anyMatch(e -> e.startsWith("PROTEST ") && e.endsWith(" asserted"));
    }
}
