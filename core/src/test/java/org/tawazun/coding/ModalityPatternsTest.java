package org.tawazun.coding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.TestDocs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Variants of the pattern sentences that must not be asserted (negated: لم، لن، نفى، رفض; not, denied, refused;
 * future: سـ، من المقرر، تعهد; will, plans to; hypothetical: قد، ربما، إذا، اتهم، هدد، دعا; may, if, accused), background
 * history (منذ، بعد + verbal noun), reported speech and passives, in Arabic and English.
 */
class ModalityPatternsTest {
    /** Negated, future and hypothetical variants: coded, with the modality that keeps them out of counts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            لم توقع مصر والسعودية الاتفاقية بعد.                              | AGREE EGY>SAU negated
            ستوقع تركيا وقطر اتفاقية للتجارة الحرة الشهر المقبل.              | AGREE TUR>QAT future
            قد تتفق روسيا والصين على تعزيز التعاون العسكري.                   | AGREE RUS>CHN hypothetical
            لم يستقبل الرئيس الجزائري نظيره الفرنسي منذ عامين.                | CONSULT DZA>FRA negated
            سيزور الرئيس الصيني موسكو الأسبوع المقبل.                         | CONSULT CHN>RUS future
            من المقرر أن يلتقي بوتين أردوغان في سوتشي.                        | CONSULT RUS>TUR future
            ربما يستقبل العاهل الأردني وزير الخارجية الصيني في عمان.          | CONSULT JOR>CHN hypothetical
            لم تعترف إسبانيا بدولة فلسطين.                                    | SUPPORT ESP>PSE negated
            ستعترف النرويج بدولة فلسطين الشهر المقبل.                         | SUPPORT NOR>PSE future
            رفض رئيس الوزراء الياباني الاعتذار لكوريا الجنوبية.               | CONCEDE JPN>KOR negated
            لن تعتذر بريطانيا من الهند.                                       | CONCEDE GBR>IND negated
            ستجري مصر مناورات بحرية مشتركة مع اليونان.                        | COOPERATE EGY>GRC future
            لا تتعاون السعودية مع إيران في مكافحة الإرهاب.                    | COOPERATE SAU>IRN negated
            لن ترسل ألمانيا دبابات إلى أوكرانيا.                              | AID DEU>UKR negated
            نفت إيران أنها زودت روسيا بطائرات مسيرة.                          | AID IRN>RUS negated
            ستقدم اليابان مساعدات إنسانية إلى السودان.                        | AID JPN>SDN future
            اتهم الجيش السوداني الإمارات بتزويد قوات الدعم السريع بالأسلحة.   | AID ARE>SDN hypothetical
            إذا أرسلت الولايات المتحدة صواريخ إلى تايوان فإن الصين سترد.      | AID USA>TWN hypothetical
            لم تنسحب القوات الروسية من مدينة خيرسون.                          | RETREAT RUS>UKR negated
            رفضت السلطات الإيرانية الإفراج عن مواطن فرنسي.                    | RETREAT IRN>FRA negated
            طالبت اليابان الصين بالإفراج عن مواطن ياباني.                     | RETREAT CHN>JPN hypothetical
            لم تطلب أوكرانيا من ألمانيا مزيدا من الدبابات.                    | REQUEST UKR>DEU negated
            ستدعو فرنسا إيران إلى ضبط النفس.                                  | REQUEST FRA>IRN future
            لم تنتقد السعودية إسرائيل.                                        | ACCUSE SAU>ISR negated
            قد تتهم الولايات المتحدة الصين بشن هجمات إلكترونية.               | ACCUSE USA>CHN hypothetical
            لم ترفض كوريا الشمالية طلب اليابان عقد قمة.                       | REJECT PRK>JPN negated
            لم تهدد كوريا الشمالية الولايات المتحدة.                          | THREATEN PRK>USA negated
            سيتظاهر آلاف الإسرائيليين في تل أبيب ضد الحكومة.                  | PROTEST ISR>ISR future
            لم تفرض الصين عقوبات على روسيا.                                   | SANCTION CHN>RUS negated
            ستفرض بريطانيا عقوبات على روسيا.                                  | SANCTION GBR>RUS future
            قد تفرض أوروبا عقوبات على إيران.                                  | SANCTION EUR>IRN hypothetical
            هدد الاتحاد الأوروبي بفرض عقوبات على بيلاروسيا.                   | SANCTION EU>BLR hypothetical
            لوح الرئيس الأمريكي بفرض رسوم جمركية على المكسيك.                 | SANCTION USA>MEX hypothetical
            نفت روسيا أنها نشرت قوات على الحدود مع أوكرانيا.                  | MOBILIZE RUS>UKR negated
            ستجري كوريا الشمالية مناورات عسكرية الأسبوع المقبل.               | MOBILIZE PRK> future
            لم تعتقل الشرطة التركية صحفيين سويديين.                           | COERCE TUR>SWE negated
            لم تقتحم الشرطة الإسبانية السفارة الفنزويلية لاعتقال المعارض.      | COERCE ESP>VEN negated
            ستداهم الشرطة الإسبانية السفارة الفنزويلية لاعتقال المعارض.        | COERCE ESP>VEN future
            لم تقصف إسرائيل لبنان.                                            | ASSAULT ISR>LBN negated
            قد تهاجم إسرائيل إيران.                                           | ASSAULT ISR>IRN hypothetical
            لم تتبادل أرمينيا وأذربيجان إطلاق النار منذ أسبوع.                | ASSAULT AZE>ARM negated
            قد تتبادل القوات الهندية والباكستانية إطلاق النار.               | ASSAULT PAK>IND hypothetical
            بعد تبادل للقصف بين أرمينيا وأذربيجان، أعلنت روسيا إرسال وسطاء.   | ASSAULT ARM>AZE historical
            قالت الخارجية الصينية إن اليابان أرسلت قوات إلى الفلبين.          | AID JPN>PHL asserted
            أكد وزير الخارجية الإيراني أن إيران لم تزود روسيا بالأسلحة.       | AID IRN>RUS negated
            قال الرئيس التركي إن تركيا ستفرض عقوبات على إسرائيل.              | SANCTION TUR>ISR future
            Egypt and Saudi Arabia did not sign the agreement.                | AGREE EGY>SAU negated
            Turkey will sign a free trade deal with Qatar next month.         | AGREE TUR>QAT future
            Macron did not visit Algeria last year.                           | CONSULT FRA>DZA negated
            Putin will meet Erdogan in Sochi next week.                       | CONSULT RUS>TUR future
            Japan plans to hold talks with India.                             | CONSULT JPN>IND future
            Putin may meet Erdogan in Sochi.                                  | CONSULT RUS>TUR hypothetical
            Spain has not recognized Kosovo.                                  | SUPPORT ESP>XKX negated
            Norway will recognize Palestine next month.                       | SUPPORT NOR>PSE future
            Japan never apologized to South Korea.                            | CONCEDE JPN>KOR negated
            Saudi Arabia does not cooperate with Iran.                        | COOPERATE SAU>IRN negated
            Egypt will hold joint exercises with Greece.                      | COOPERATE EGY>GRC future
            Germany will not send tanks to Ukraine.                           | AID DEU>UKR negated
            Iran denied that it supplied drones to Russia.                    | AID IRN>RUS negated
            Japan will send humanitarian aid to Sudan.                        | AID JPN>SDN future
            China will respond if the United States sends missiles to Taiwan. | AID USA>TWN hypothetical
            Ukraine did not ask Germany for more tanks.                       | REQUEST UKR>DEU negated
            Saudi Arabia did not condemn Israel.                              | ACCUSE SAU>ISR negated
            The United States may accuse China of cyber attacks.              | ACCUSE USA>CHN hypothetical
            North Korea did not reject Japan's request.                       | REJECT PRK>JPN negated
            North Korea did not threaten the United States.                   | THREATEN PRK>USA negated
            China did not impose sanctions on Russia.                         | SANCTION CHN>RUS negated
            Britain will impose sanctions on Russia.                          | SANCTION GBR>RUS future
            Turkey may impose sanctions on Sweden.                            | SANCTION TUR>SWE hypothetical
            Russia denied deploying troops to the border with Ukraine.        | MOBILIZE RUS>UKR negated
            Israel did not attack Iran.                                       | ASSAULT ISR>IRN negated
            Israel could attack Iran.                                         | ASSAULT ISR>IRN hypothetical
            Iraq plans to attack Kuwait.                                      | ASSAULT IRQ>KWT future
            Russia agreed to withdraw its troops from Syria.                  | RETREAT RUS>SYR future
            UN peacekeepers will arrive in South Sudan next week.             | AID UN>SSD future
            Ethiopia did not force the UN refugee agency out of the country.  | SANCTION ETH>UNHCR negated
            Syria did not complain to the Security Council over Turkish air raids. | ACCUSE SYR>TUR negated
            The ILO repeated its demand today that Israel ease restrictions on Palestinian workers. | REQUEST ILO>ISR asserted
            The ILO repeated its demand today that Israel ease restrictions on Palestinian workers. | CONCEDE ISR>PSE hypothetical
            """)
    void notAsserted(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** Sentences that must not yield an asserted event of the given type (and actor): a threat or fear does not assert what it threatens, a plan is not a fact, a back-reference is background. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            هددت كوريا الشمالية بضرب الولايات المتحدة.                | ASSAULT
            لم يتظاهر آلاف الإسرائيليين ضد الحكومة.                   | PROTEST
            قال المحلل إن قرار الحكومة الإيرانية كانت له عواقب وخيمة على الاقتصاد. | THREATEN
            ستشن الولايات المتحدة غارات على مواقع الحوثيين في اليمن.  | ASSAULT
            تخشى الحكومة أن تؤدي عملية عسكرية واسعة إلى مقتل الرهائن. | ASSAULT
            منذ اغتيال الحريري لم يستقر لبنان.                        | ASSAULT
            بعد مقتل أربعة جنود أمريكيين، أعلنت واشنطن مراجعة خططها.  | ASSAULT
            أدانت فرنسا الهجوم الذي استهدف سفارتها في بغداد.          | ASSAULT
            التقى الرئيس عائلة الصحفي الذي اختطفه مسلحون العام الماضي. | ASSAULT
            زار الوزير القرية التي قصفتها الطائرات قبل شهرين.           | ASSAULT
            أرسلت الحكومة قوات كي تقصف مواقع المتمردين.               | ASSAULT
            أدانت المنظمة عمليات خطف الصحفيين الأجانب.                 | ASSAULT
            حذرت الأمم المتحدة من تكرار قتل المدنيين.                  | ASSAULT
            عاد السفير إلى بغداد بعد هجوم انتحاري قتل فيه عشرون شخصا.          | ASSAULT
            أغلقت السفارة أبوابها في أعقاب هجوم استهدف موكب السفير.           | ASSAULT
            عاد العمال إلى المصنع بعد الانفجار الذي وقع أمس، وأسفر عن مقتل حارسين. | ASSAULT
            عاد الهدوء إلى المدينة بعد يومين من مقتل ثلاثة جنود.              | ASSAULT
            أحيت العائلة الذكرى الثالثة لاغتيال الصحفي بتفجير استهدف سيارته.  | ASSAULT
            فتحت الشرطة تحقيقا في مقتل الصحفي.                              | ASSAULT
            نشر الكاتب كتابا حول مقتل الرئيس.                               | ASSAULT
            أرسل التنظيم انتحاريا بهدف قتل الجنود.                           | ASSAULT
            استخدم المتشددون الخطب لتبرير قتل المدنيين.                      | ASSAULT
            تقول شائعة إن مسلحين أطلقوا النار على الموكب.                   | ASSAULT
            اجتاحت القوات المدينة وكي تقتل المعارضين.                        | ASSAULT
            وعندما هاجم مسلحون البرلمان عام 2001 توترت العلاقات بين البلدين.  | ASSAULT
            قتل 76 صحفيا منذ بداية الحرب.                                    | ASSAULT
            اعتقلت الشرطة الانتحاري قبل أن يفجر نفسه في السوق.               | ASSAULT
            قتل 13 جنديا أمريكيا حتى الآن هذا الشهر.                         | ASSAULT
            قتل 40 مدنيا في المحافظة حتى الآن منذ بداية العام.               | ASSAULT
            قالت الحكومة إنها لا تنوي في المرحلة المقبلة فرض حظر جوي أو شن غارات على الحدود. | ASSAULT
            تعتزم الحكومة خلال الأسابيع المقبلة وبعد موافقة البرلمان شن عملية عسكرية.  | ASSAULT
            يعتقد المحققون أن مسلحين خطفوا الصحفي.                           | ASSAULT
            والاعتقاد السائد هو أن الضابط قتل على أيدي المتمردين.            | ASSAULT
            ولم يتضح بعد ما إذا كان الحريق في المستودع ناجما عن خلل كهربائي أو عن انفجار قنبلة وضعت قرب البوابة. | ASSAULT
            لدى الحراس أوامر بإطلاق النار على السجناء.                        | ASSAULT
            نجم الحريق عن تماس كهربائي أو عن انفجار قنبلة زرعت في المبنى.    | ASSAULT
            توقفت القوات عن قصف المدينة.                                      | ASSAULT
            قبل عامين، سارت مظاهرات حاشدة في القاهرة ضد الحكومة.              | PROTEST
            وقبل ثلاث سنوات تظاهر الآلاف في القاهرة ضد الحكومة.               | PROTEST
            وعلى سبيل المثال، قتل مسلحون ثلاثة جنود في الموقع نفسه.           | ASSAULT
            وضرب الوزير مثالا بصحفيين تعرضوا للخطف على أيدي مسلحين.           | ASSAULT
            For example, gunmen killed three soldiers at the same post.       | ASSAULT
            قتل مسلحون ثلاثة جنود في الموقع نفسه قبل ثلاثة أعوام.             | ASSAULT
            Two years ago, thousands protested in Cairo against the government. | PROTEST
            تحدث الوزير طويلا عن الهجوم الذي نفذه مسلحون على السوق في مايو الماضي، وأسفر عن مقتل عشرة أشخاص. | ASSAULT
            It is still unclear whether gunmen attacked the convoy.   | ASSAULT
            Gunmen are believed to have attacked the convoy.          | ASSAULT
            اتهمت الحكومة المعارضة بأنها في الأسبوع الماضي أقدمت على تفجير سيارة مفخخة استهدفت موكب الوزير. | ASSAULT
            وقف الحزب في بيانه مع الجيش ضد هجمات أسفرت عن مقتل عشرات المدنيين.   | ASSAULT
            اشتهر الجنرال بحملة قمع في مذبحة أدت إلى مقتل آلاف المعارضين.        | ASSAULT
            ويذكّر الكاتب بما جرى للوزير كما فعل المسلحون حين خطفوا الصحفيين عام 1990. | ASSAULT
            يخشى الحارس أن يتعرض المصنع لهجوم على غرار ما تعرض له الشهر الماضي.  | ASSAULT
            ساعدت الجهود العسكرية في تراجع التنظيم، بما في ذلك شن غارات جوية على معسكراته. | ASSAULT
            ردت كوريا الجنوبية بقوة على القصف.                               | THREATEN
            Russian troops did not withdraw from the city.            | RETREAT
            Iran refused to release the French citizen.               | RETREAT
            Trump threatened to impose tariffs on Mexico.             | SANCTION
            Britain imposed new sanctions on Belarus.                 | THREATEN
            The Kenyan government extended the curfew in Mombasa.     | THREATEN
            Norway withdrew its monitors from Sri Lanka.              | THREATEN
            Chile did not suspend contact with Bolivia.               | THREATEN
            Chile will not suspend contact with Bolivia.              | THREATEN
            Analysts fear that Britain will impose new sanctions on Belarus. | THREATEN GBR
            Egypt supported the Sudanese army.                        | AGREE
            Jordan did not allow Syrian refugees to return.           | AGREE
            Iraq will not let UN inspectors return.                   | AGREE
            Students will demonstrate in Khartoum on Friday.          | PROTEST
            Turkish police did not arrest the Swedish journalists.    | COERCE
            The United States will strike Houthi targets in Yemen.    | ASSAULT
            The North's attack was intentional, a general said.       | ASSAULT
            Two Swedish journalists were arrested in Istanbul.        | COERCE TUR
            """)
    void noAssertedEventOfType(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).noneMatch(e -> e.startsWith(expected + " ") && e.endsWith(" asserted"));
    }

    /**
     * Counter-cases of the background rules: a definite event noun followed by a verb without a relative pronoun
     * starts a new clause (بعد الهجوم قتل الجيش ...), a time of day is not an event (بعد ظهر أمس), a comma ends the
     * described event's clause, a when-clause after its main clause is not background, and منذ after a phrase of its
     * own does not make a tally; لا before a noun (لا مبرر له) does not negate a later verb, لا يزال is "still", and an
     * announced response (سترد بقوة إذا، will deal sternly) is an asserted threat.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            بعد الهجوم قتل الجيش العراقي خمسة مسلحين.                    | ASSAULT
            أعلنت الشرطة بعد ظهر أمس مقتل ثلاثة أشخاص في انفجار عبوة.   | ASSAULT
            بعد هجوم الأحد على القرية، قتل الجيش خمسة مسلحين.            | ASSAULT
            أصيب السفير أمس عندما تعرضت قافلته لهجوم بالقنابل.          | ASSAULT
            قتل خمسة جنود في أعنف هجوم منذ أشهر.                        | ASSAULT
            قتل خمسة جنود في هجوم على قاعدتهم منذ الفجر.                | ASSAULT
            قتل أو جرح 20 شخصا في الهجوم على السوق.                     | ASSAULT
            قتل مسلحون ثلاثة جنود في الموقع نفسه قبل عام، وفق الشرطة.   | ASSAULT
            ندد الرئيس منذ عام 2014 بالهجمات، وقتل مسلحون ثلاثة جنود أمس.  | ASSAULT
            Thousands protested in Cairo against the government two days ago. | PROTEST
            قالت الشرطة إن الهجوم الذي وقع في السوق يوم الجمعة، أسفر عن مقتل عشرة أشخاص. | ASSAULT
            نقلت الوكالة عن مسؤول رفض الكشف عن هويته أن مسلحين خطفوا خمسة عمال أجانب. | ASSAULT
            لم تتوقف القوات عن قصف المدينة.                                   | ASSAULT
            لم يتورع أحد الشبان عن إحراق نفسه احتجاجا على الظلم.             | PROTEST
            وهذا القصف الذي بدأ قبل أسبوعين أوقع عشرات القتلى في المدينة.     | ASSAULT
            قال الوزير إن الحكومة تنوي التفاوض، وأكد أن مسلحين قتلوا ثلاثة جنود.   | ASSAULT
            قتل ثلاثة جنود في هجوم أسفر أيضا عن تدمير آليتين.                   | ASSAULT
            أعلنت الشرطة إصابة أربعة من عناصرها في هجوم استهدف نقطة تفتيش.       | ASSAULT
            وقع هجوم انتحاري أسفر عن مقتل عشرة أشخاص في السوق.                  | ASSAULT
            قصفت الطائرات الإسرائيلية مواقع حزب الله أمس كما فعلت الأسبوع الماضي. | ASSAULT
            كما هاجم مسلحون مركزا للشرطة في المدينة وقتلوا أربعة من عناصره.     | ASSAULT
            قتل الجيش خمسة مسلحين في هجمات بما في ذلك غارات جوية على معسكراتهم.  | ASSAULT
            التقى الرئيس المصري نظيره الفرنسي للمرة الأولى منذ الأزمة.  | CONSULT
            لا تزال الصين ترفض الاقتراح الأمريكي.                       | REJECT
            قرر الرئيس البرازيلي لولا دا سيلفا استدعاء سفير بلاده في إسرائيل. | SANCTION
            وقالت الخارجية الباكستانية: الهجوم غير مقبول ولا مبرر له ونحتفظ بحق الرد. | THREATEN
            أعلنت كوريا الجنوبية أنها سترد بقوة إذا واصلت كوريا الشمالية استفزازاتها. | THREATEN
            Seoul said it will deal sternly with any further provocation by North Korea. | THREATEN
            """)
    void newEventAfterBackgroundWord(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).anyMatch(e -> e.startsWith(expected + " ") && e.endsWith(" asserted"));
    }

    /** Reported speech: the event reported keeps its own actor and modality, not the speaker's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            China said that Japan sent troops to Vietnam.   | AID JPN>VNM asserted
            Turkey said it will impose sanctions on Israel. | SANCTION TUR>ISR future
            “We condemn this attack on our villages. It broke international law,” Thai Prime Minister Srettha Thavisin told reporters. | ACCUSE THA> asserted
            """)
    void reportedSpeech(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** A perfect verb joined by و starts its own clause: the denial or negation before it governs the previous verb. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            رفضت الجماعة الانصياع للهدنة واحتجزت عشرين رهينة.  | ASSAULT > asserted
            لم ترد تركيا على الطلب وطردت السفير الإيراني.        | SANCTION TUR>IRN asserted
            """)
    void coordinatedVerbHasItsOwnModality(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** Passives: the agent comes from the by-phrase, or is left open; the subject is the victim. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            وقعت الاتفاقية بين الأردن والعراق في بغداد. | AGREE JOR>IRQ asserted
            Israel was attacked by Iran on Saturday.    | ASSAULT IRN>ISR asserted
            An attempt to assassinate the governor was thwarted by the Russian police. | ASSAULT > asserted
            تم اعتقال صحفي فرنسي من قبل الشرطة التركية في إسطنبول.         | COERCE TUR>FRA asserted
            An American journalist was detained by Russian security forces. | COERCE RUS>USA asserted
            The Montenegrin prime minister was indicted by a Serbian court.  | ACCUSE SRB>MNE asserted
            """)
    void passive(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** A passive with no agent, or an agentless summons: no actor, so nothing is asserted for types that need one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            تم الإفراج عن الصحفي الفرنسي.                          | nothing asserted
            استدعي السفير الإيراني إلى وزارة الخارجية الباكستانية. | nothing asserted
            """)
    void nothingAsserted(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).noneMatch(e -> e.endsWith(" asserted"));
    }
    /**
     * Talks said to be stalled, suspended or frozen (an indefinite predicate after them, a halt right before them)
     * are not talks held: no CONSULT; the definite attribute of resumed talks (استئناف المفاوضات المتوقفة) is no halt.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            وقال الرئيس الإيراني إن المحادثات مع واشنطن معلقة منذ أشهر.                             | false
            ويأتي ذلك في وقت لا تزال فيه المفاوضات بين إيران والولايات المتحدة متعثرة.               | false
            وقالت طهران إن تعليق المفاوضات مع واشنطن جاء بسبب العقوبات.                              | false
            وأعلنت الخارجية الإيرانية استئناف المفاوضات المتوقفة مع واشنطن.                          | true
            وأجرى وزير الخارجية الإيراني مفاوضات مع نظيره العماني في مسقط.                          | true
            """)
    void stalledTalksAreNotHeld(String sentence, boolean held) {
        var events = TestDocs.events(null, sentence);
        if (held) assertThat(events).anyMatch(e -> e.startsWith("CONSULT ") && e.endsWith(" asserted"));
        else assertThat(events).noneMatch(e -> e.startsWith("CONSULT ") && e.endsWith(" asserted"));
    }
    /**
     * What is called necessary (ضرورة) or asked for by a request noun (الطلب من الحكومة) is not done: hypothetical;
     * the act told plainly is asserted.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            وأكد الوزير الأردني ضرورة طرد السفير الإسرائيلي من عمان.                 | SANCTION JOR>ISR hypothetical
            وصوت البرلمان الأردني على الطلب من الحكومة استدعاء السفير الإسرائيلي.    | ACCUSE JOR>ISR hypothetical
            وطردت الحكومة الأردنية السفير الإسرائيلي من عمان.                        | SANCTION JOR>ISR asserted
            استدعت الحكومة الأردنية السفير الإسرائيلي.                               | ACCUSE JOR>ISR asserted
            """)
    void necessityAndRequestNounAreNotDone(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }
}
