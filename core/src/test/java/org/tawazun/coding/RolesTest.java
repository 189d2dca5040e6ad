package org.tawazun.coding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.TestDocs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parties of attacks and protests the sentence names only by the scene (Roles.scene and the rules before it),
 * as example tables of our own sentences: each rule with a sentence where it gives the party and a counter-case
 * where it must not. "TYPE ACTOR>RECIPIENT modality", codes joined by +.
 */
class RolesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            انفجرت عبوة ناسفة استهدفت دورية للجيش الأميركي.                              | ASSAULT >USA asserted
            انفجرت عبوة ناسفة قرب سوق شعبي.                                              | ASSAULT > asserted
            قتل ثلاثة أشخاص على يد مسلحين من حركة طالبان.                                 | ASSAULT REB> asserted
            """)
    void victimsNamedAfterTheTrigger(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /**
     * A circumstantial participle after a comma (، مطالبا ...، داعية ...، محذرا ...) describes the subject of the
     * sentence's main verb, not the subject of the reported clause it follows; the third column must not come out.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            وأكد وزير الخارجية الإيراني أن بلاده لن تتراجع عن موقفها، مطالبا الولايات المتحدة برفع العقوبات. | REQUEST IRN>USA asserted | REQUEST USA> asserted
            وقال الرئيس المصري إن إثيوبيا ترفض التفاوض، داعيا مجلس الأمن إلى التدخل.                        | REQUEST EGY>UN asserted | REQUEST ETH>UN asserted
            وأعلن الرئيس التركي أن قواته ستبقى في المنطقة، محذرا اليونان من أي استفزاز.                    | THREATEN TUR>GRC asserted | THREATEN >GRC asserted
            وذكرت الخارجية المصرية أن الوفد غادر الخرطوم، منددة بإسرائيل.                                  | ACCUSE EGY>ISR asserted | ACCUSE SDN>ISR asserted
            وقال الرئيس المصري إن إثيوبيا لن تتراجع، ولم يطالب الرئيس الأمريكي بالتدخل.                     | REQUEST USA> negated | REQUEST EGY>USA asserted
            """)
    void circumstantialTakesTheMainSubject(String sentence, String expected, String not) {
        assertThat(TestDocs.events(null, sentence)).contains(expected).doesNotContain(not);
    }

    /**
     * A title of address with a pronoun (سموه، معاليه) is the person the previous sentence is about, its first free
     * mention, not the nearest one (the guest, the caller); no one named before: no actor.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            تلقى أمير قطر رسالة من الرئيس الصومالي. وجاء ذلك خلال اتصال هاتفي تلقاه سموه من فخامة الرئيس الفرنسي.             | CONSULT QAT>FRA asserted
            استقبل وزير الخارجية السعودي نظيره الأردني. وجرى خلال اتصال هاتفي أجراه معاليه مع وزير الخارجية الإيراني بحث الأوضاع. | CONSULT SAU>IRN asserted
            أكد أمير الكويت دعم بلاده للأردن. ولم يتلق سموه أي اتصال هاتفي من الرئيس الإيراني.                                  | CONSULT KWT>IRN negated
            أكد أمير الكويت دعم بلاده للأردن. وسيجري سموه اتصالا هاتفيا مع الرئيس الإيراني.                                     | CONSULT KWT>IRN future
            """)
    void titleOfAddressWithAPronoun(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            وجاء ذلك خلال اتصال هاتفي تلقاه سموه من فخامة الرئيس الفرنسي.
            """)
    void titleOfAddressWithNoOneNamedBefore(String sentence) {
        assertThat(TestDocs.events(null, sentence)).isEmpty();
    }

    /**
     * A withdrawal told as a noun with its agent (انسحاب القوات الإسرائيلية) with no party named after it takes the
     * document's other party when the document is about one dyad (Arabic RETREAT); in a sentence alone, none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            انتشر الجيش اللبناني في الجنوب بالتزامن مع انسحاب القوات الإسرائيلية. | RETREAT ISR> asserted
            اتهمت الحكومة اللبنانية إسرائيل بخرق الاتفاق. وقالت بيروت إن إسرائيل تواصل غاراتها وإن على إسرائيل احترام الهدنة. وانتشر الجيش اللبناني في الجنوب بالتزامن مع انسحاب القوات الإسرائيلية. | RETREAT ISR>LBN asserted
            اتهمت الحكومة اللبنانية إسرائيل بخرق الاتفاق. وقالت بيروت إن إسرائيل تواصل غاراتها وإن على إسرائيل احترام الهدنة. وانتشر الجيش اللبناني في الجنوب ولم يتم انسحاب القوات الإسرائيلية. | RETREAT ISR>LBN negated
            طالبت الحكومة اللبنانية بانسحاب القوات الإسرائيلية.                   | RETREAT ISR> hypothetical
            """)
    void withdrawalTakesTheOtherParty(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /**
     * Prisoners returned to a side (عودة 40 أسيرا إلى أراضي روسيا) were released by the document's other party; with no
     * dyad in the document, no one is coded.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            اتهمت روسيا أوكرانيا بقصف المدن. وقالت موسكو إن أوكرانيا تعرقل المفاوضات وإن على أوكرانيا الالتزام بالاتفاق. وأعلنت وزارة الدفاع الروسية عودة 40 أسيرا إلى أراضي روسيا. | RETREAT UKR>RUS asserted
            اتهمت روسيا أوكرانيا بقصف المدن. وقالت موسكو إن أوكرانيا تعرقل المفاوضات وإن على أوكرانيا الالتزام بالاتفاق. وعاد 40 أسيرا من الجنود الروس، إلى روسيا. | RETREAT UKR>RUS asserted
            اتهمت روسيا أوكرانيا بقصف المدن. وقالت موسكو إن أوكرانيا تعرقل المفاوضات وإن على أوكرانيا الالتزام بالاتفاق. ولم يعد 40 أسيرا إلى روسيا. | RETREAT UKR>RUS negated
            """)
    void prisonersReturnedFromTheOtherParty(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            عاد 40 أسيرا إلى روسيا.
            أعلنت أوكرانيا عودة 40 أسيرا إلى أراضيها.
            """)
    void prisonersReturnedWithNoDyad(String sentence) {
        assertThat(TestDocs.events(null, sentence)).isEmpty();
    }

    /**
     * A directed act is not addressed to the actor's own people named in what it demands: the fallback recipient
     * skips them and takes the next party of the clause, if any.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            طالبت اليابان بالإفراج عن المواطن الياباني.                  | REQUEST JPN> asserted
            طالبت اليابان بالإفراج عن المواطن الياباني المحتجز في الصين. | REQUEST JPN>CHN asserted
            طالبت الحكومة المصرية بالإفراج عن الصحفي الأمريكي.          | REQUEST EGY>USA asserted
            """)
    void directedActNotAddressedToOwnPeople(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /**
     * A passive arrest or seizure with no agent is done by the state where it happens, when its victims are of
     * another state; an agent after من قبل wins; a domestic arrest gets no actor.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            تم اعتقال صحفي فرنسي في طهران.                         | COERCE IRN>FRA asserted
            تم الاستيلاء على ناقلة نفط بريطانية في ميناء بندر عباس. | COERCE IRN>GBR asserted
            لم يتم اعتقال أي صحفي فرنسي في طهران.                   | COERCE IRN>FRA negated
            تم اعتقال صحفي فرنسي من قبل الشرطة التركية في طهران.    | COERCE TUR>FRA asserted
            تم اعتقال ثلاثة متظاهرين مصريين في القاهرة.             | COERCE >EGY asserted
            استولت القوات الروسية على سفينة أوكرانية في البحر الأسود. | COERCE RUS>UKR asserted
            """)
    void passiveCoercionByThePlace(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /**
     * A verbal noun of purpose is done by the subject of the verb it serves, not by that verb's object; a raid to
     * arrest is coercion against the party whose premises are raided (ar:coerce.raid_arrest), also when the subject
     * is named by a count of its members (عناصر من الشرطة).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            داهمت قوات الأمن التركية مقر الصحيفة الفرنسية لاعتقال مراسلها.               | COERCE TUR>FRA asserted
            اقتحمت الشرطة الإيرانية السفارة البريطانية لاعتقال موظفيها.                 | COERCE IRN>GBR asserted
            اقتحمت عناصر من الشرطة الإيرانية السفارة البريطانية لاعتقال موظفيها.         | COERCE IRN>GBR asserted
            داهمت قوات الأمن القنصلية الإيرانية في لندن لتوقيف موظف.                    | COERCE GBR>IRN asserted
            داهمت الشرطة التركية منزلا لاعتقال صحفي سويدي.                              | COERCE TUR>SWE asserted
            داهمت قوات الأمن التركية مقر الصحيفة لاعتقال مراسلها.                       | COERCE TUR>TUR asserted
            """)
    void purposeTakesTheClauseSubject(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /**
     * A raid told as a verbal noun with its object (اقتحام السفارة لاعتقال ...): the embassy is what is raided, not the
     * raider (the noun phrase after the purpose noun is not a second one of the raid). With no raider named, a
     * government body's state is raided by the document's other party; a citizen's home, or no dyad: no raider.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            اتهمت بريطانيا إيران بانتهاك اتفاقية فيينا. وقالت لندن إن طهران تتحمل المسؤولية وإن على إيران احترام القانون. ودانت بريطانيا مداهمة السفارة البريطانية لاعتقال موظف محلي. | COERCE IRN>GBR asserted
            اتهمت بريطانيا إيران بانتهاك اتفاقية فيينا. وقالت لندن إن طهران تتحمل المسؤولية وإن على إيران احترام القانون. وجرى اقتحام منزل الصحفي البريطاني لاعتقاله.            | COERCE >GBR asserted
            اقتحام السفارة البريطانية لاعتقال موظف محلي                                                                                                                        | COERCE >GBR asserted
            """)
    void raidedGovernmentBodyTakesTheOtherParty(String text, String expected) {
        assertThat(TestDocs.events(null, text)).contains(expected).doesNotContain("COERCE GBR>GBR asserted");
    }

    /**
     * A call on the actor's own citizens is a state instructing its people, not a request to another party: no
     * REQUEST; citizens of another state, or a state, are addressees.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            وأعلنت الحكومة الأردنية إغلاق المعابر، مطالبة المواطنين الأردنيين بعدم السفر إلى المناطق الحدودية. | REQUEST JOR>JOR asserted | false
            وأعلنت الحكومة الأردنية إغلاق المعابر، مطالبة المواطنين السوريين بمغادرة المناطق الحدودية.          | REQUEST JOR>SYR asserted | true
            طالب الجيش العراقي تركيا بوقف القصف.                                                               | REQUEST IRQ>TUR asserted | true
            """)
    void callOnOwnCitizensIsNoRequest(String sentence, String event, boolean coded) {
        if (coded) assertThat(TestDocs.events(null, sentence)).contains(event);
        else assertThat(TestDocs.events(null, sentence)).doesNotContain(event).noneMatch(e -> e.startsWith("REQUEST"));
    }

    /**
     * Victims of one state named as that state's (جنود هنود) with no attacker: in a document about one dyad, the
     * document's other party; a bombing whose victims have only the place's state, or a sentence alone: no attacker.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            اتهمت الهند باكستان بخرق الهدنة. وقالت نيودلهي إن باكستان تتحمل المسؤولية وإن على باكستان احترام الاتفاق. وقال الجيش الهندي إن ثلاثة جنود هنود قتلوا في كشمير. | ASSAULT PAK>IND asserted | ASSAULT >IND asserted
            اتهمت الهند باكستان بخرق الهدنة. وقالت نيودلهي إن باكستان تتحمل المسؤولية وإن على باكستان احترام الاتفاق. وقتل عشرة أشخاص في انفجار سيارة مفخخة في مومباي.       | ASSAULT >IND asserted    | ASSAULT PAK>IND asserted
            وقال الجيش الهندي إن ثلاثة جنود هنود قتلوا في كشمير.                                                                                                              | ASSAULT >IND asserted    | ASSAULT PAK>IND asserted
            """)
    void victimsOfOneStateTakeTheOtherParty(String text, String expected, String not) {
        assertThat(TestDocs.events(null, text)).contains(expected).doesNotContain(not);
    }

    /**
     * The subject after the verb named by whose it is (طائرة تابعة لـ ...), and after a verb that describes the noun
     * before it through an object pronoun (غارة شنتها ...), whoever is named before; the target of firing (إطلاق نار على); the side a victim was confronting (يتصدى للقوات).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            أطلقت طائرة بدون طيار تابعة للجيش الأمريكي صاروخين على منزل في باجور.          | ASSAULT USA>PAK asserted
            قتل ثلاثة مسلحين في غارة شنتها طائرة بدون طيار تابعة للقوات الأمريكية في باجور. | ASSAULT USA>PAK asserted
            شنت طائرة تابعة للقوات الأمريكية غارة على قرية في باجور.                        | ASSAULT USA>PAK asserted
            قد تطلق طائرة تابعة للجيش الأمريكي صواريخ على باجور.                            | ASSAULT USA>PAK hypothetical
            وبدأ الهجوم بإطلاق نار على الجنود الأمريكيين داخل المبنى.                        | ASSAULT >USA asserted
            قصفت طائرات مواقع تابعة للجيش السوري قرب حلب.                                   | ASSAULT >SYR asserted
            قتل شاب فلسطيني عندما كان يتصدى للقوات الإسرائيلية في جنين.                     | ASSAULT ISR>PSE asserted
            قتل شاب فلسطيني في جنين عندما كان يتصدى لعملية هدم منزله.                       | ASSAULT >PSE asserted
            لم يتم إطلاق النار على الجنود الأمريكيين.                                        | ASSAULT >USA negated
            قتل مسلحون ثلاثة جنود في بغداد.                                                 | ASSAULT IRQ>IRQ asserted
            قتل مسلحون مجهولون أمس ثلاثة جنود في بغداد.                                      | ASSAULT IRQ>IRQ asserted
            قتل ثلاثة جنود في بغداد.                                                         | ASSAULT >IRQ asserted
            خطف مسلحون قبل ظهر أمس أميركيا في البصرة.                                        | ASSAULT IRQ>USA asserted
            خطف مسلحون أمس مهندسا فرنسيا في البصرة.                                          | ASSAULT IRQ>FRA asserted
            """)
    void subjectAfterTheVerb(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            قتل خمسة أشخاص في انفجار سيارة مفخخة في الموصل.                                | ASSAULT >IRQ asserted
            قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة الفاشر.                          | ASSAULT >SDN asserted
            قال مسؤول باكستاني إن انفجارا قتل سبعة أشخاص.                                 | ASSAULT >PAK asserted
            اغتال مسلحون مجهولون إماما من ممثلي السيستاني.                                 | ASSAULT IRQ>IRQ asserted
            قتل ثلاثة أشخاص في انفجار في مدينة عراقية.                                     | ASSAULT >IRQ asserted
            اختطف مسلحون سبعة جنود في المنطقة القبلية الباكستانية المضطربة.                 | ASSAULT PAK>PAK asserted
            قال مسؤول باكستاني ومسؤول أفغاني إن انفجارا قتل سبعة أشخاص.                   | ASSAULT > asserted
            قال مسؤول إسرائيلي إن الجيش الإسرائيلي قتل ثلاثة أشخاص.                        | ASSAULT ISR> asserted
            """)
    void victimsOfThePlaceOrTheOneStateNamed(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            خرج متظاهرون أفغان إلى الشوارع.                                               | PROTEST AFG>AFG asserted
            خرج آلاف إلى الشوارع.                                                          | PROTEST > asserted
            تظاهر مئات الطلاب في القاهرة احتجاجا على زيارة الرئيس الأمريكي.               | PROTEST EGY>USA asserted
            تظاهر مئات الطلاب في القاهرة للمطالبة بتحسين التعليم.                          | PROTEST EGY>EGY asserted
            تجمع متظاهرون في لندن احتجاجا على الحرب.                                       | PROTEST GBR>GBR asserted
            ونزل المتظاهرون إلى الشوارع في عدة مدن باكستانية غضبا من قرار بريطانيا تكريم الكاتب. | PROTEST PAK>GBR asserted
            اندلعت مظاهرة في مدينة عدن بسبب ما قاله المتظاهرون عن تصريحات مسؤول فرنسي.   | PROTEST YEM>FRA asserted
            تظاهر آلاف الطلاب في القاهرة بسبب ارتفاع الأسعار.                              | PROTEST EGY>EGY asserted
            ندد الوزير بقيام عشرات المتظاهرين بالتجمع أمام السفارة التركية في بغداد.         | PROTEST IRQ>TUR asserted
            أكد مسؤول إيراني قيام مجموعة من المتظاهرين بالتجمع أمام السفارة الأردنية في طهران. | PROTEST IRN>JOR asserted
            نفت الحكومة الأردنية قيام متظاهرين بالتجمع أمام السفارة الأردنية في طهران.      | PROTEST IRN>JOR negated
            اعتصم العشرات، حسب المنظمين، أمام مقر السفارة الفرنسية في تونس.               | PROTEST TUN>FRA asserted
            تجمع مئات المتظاهرين قرب مبنى البرلمان في بغداد.                               | PROTEST IRQ>IRQ asserted
            وصل المتظاهرون من تونس والجزائر إلى ساحة الحرية في باريس.                      | PROTEST TUN+DZA> asserted
            جاء المتظاهرون من البصرة إلى بغداد مطالبين بالإصلاح.                           | PROTEST IRQ>IRQ asserted
            تظاهر المئات أمام مبنى محافظة الغربية احتجاجا على نتائج الانتخابات.            | PROTEST EGY>EGY asserted
            تظاهر مئات الطلاب في القاهرة عقب زيارة الوزير الأمريكي مطالبين بإقالة الحكومة المصرية. | PROTEST EGY>EGY asserted
            تجمع المتظاهرون في لندن مطالبين بإسقاط الحكومة الإيرانية.                     | PROTEST GBR>IRN asserted
            تظاهر آلاف الطلاب في عمان وأحرقوا أعلام الدنمارك.                              | PROTEST JOR>DNK asserted
            تظاهر مئات الطلاب في الخرطوم وداسوا العلم الأمريكي.                            | PROTEST SDN>USA asserted
            تظاهر مئات الطلاب في الخرطوم ورفعوا العلم الأمريكي.                            | PROTEST SDN>SDN asserted
            تجمع متظاهرون في باريس للمطالبة باستقلال التبت.                                | PROTEST FRA>CHN asserted
            وفي القاهرة أحرق طلاب أعلام إسرائيل في احتجاجات عمت مصر، مطالبين برد على القصف في غزة. | PROTEST EGY>ISR asserted
            """)
    void protestersAndWhatTheyProtestAgainst(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /**
     * What a protest is against may be named only by a state's adjective on what it protests (the occupation, the
     * settlements, a test, a policy): that state, the two-word adjective as one (الكورية الشمالية), the protesters'
     * own state for its own policy; a nationality on people is no target of its own, and an adjective outside the
     * grievance (before احتجاجا على) names none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            تظاهر مئات الفلسطينيين في الضفة الغربية احتجاجا على الاستيطان الإسرائيلي.      | PROTEST PSE>ISR asserted
            تظاهر مئات العراقيين في بغداد ضد الاحتلال الأمريكي.                          | PROTEST IRQ>USA asserted
            تظاهر مئات الكوريين الجنوبيين في سيول احتجاجا على التجربة النووية الكورية الشمالية. | PROTEST KOR>PRK asserted
            تظاهر مئات السوريين في عمان ضد التدخل الروسي في سوريا.                       | PROTEST SYR>RUS asserted
            تظاهر آلاف الفرنسيين في باريس احتجاجا على السياسة الفرنسية في أفريقيا.         | PROTEST FRA>FRA asserted
            تظاهر آلاف الكينيين في نيروبي احتجاجا على الوجود العسكري الأجنبي.              | PROTEST KEN> asserted
            تظاهر مئات الطلاب في القاهرة عقب القرار الأمريكي احتجاجا على ارتفاع الأسعار.   | PROTEST EGY>EGY asserted
            """)
    void againstTheStateOfAnAdjective(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /**
     * A protest that names nothing it is against, by a crowd of one state in that state, is against that state (a
     * domestic protest, coded by its state on both sides), whether the state is named as a country, a place or the
     * crowd's nationality; not a crowd abroad, a protest in solidarity ({@link #notAgainstTheSideItSupports}), or one
     * against something foreign.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            اعتصم مئات المزارعين الهنود في نيودلهي احتجاجا على قوانين الزراعة الجديدة.     | PROTEST IND>IND asserted
            تظاهر مئات الطلاب الأردنيين في عمان احتجاجا على رفع الأسعار.                  | PROTEST JOR>JOR asserted
            أضرب المعلمون في الأردن امس احتجاجا على تدني الأجور.                          | PROTEST JOR>JOR asserted
            تظاهر مئات المصريين المقيمين في لندن احتجاجا على الأحكام.                     | PROTEST EGY> asserted
            تظاهر آلاف الكينيين في نيروبي احتجاجا على الوجود العسكري الأجنبي.              | PROTEST KEN> asserted
            Students staged a protest in Khartoum.                                        | PROTEST SDN>SDN asserted
            """)
    void aDomesticProtestIsAgainstItsOwnState(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /** A bare institution a domestic protest stands before is its own state's, one recipient, not the institution and the state. */
    @org.junit.jupiter.api.Test
    void aDomesticProtestBeforeABareInstitution() {
        var events = TestDocs.analyze(null, "نظم أعضاء حزب الوفد وقفة احتجاجية أمام دار القضاء العالي في القاهرة.").events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).recipient()).singleElement()
                .satisfies(r -> assertThat(r.actor().country() + "/" + r.actor().sector()).isEqualTo("EGY/GOV"));
    }

    /**
     * A crowd does not take the state it protests against as a whole, when that is the one state the sentence names
     * (the clerics in Qom are not American); it does take a government named there (its own, protested at home), and
     * the state a region's independence is demanded from.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            نظم المئات من رجال الدين في قم مسيرة ضد الولايات المتحدة.                     | PROTEST >USA asserted
            تظاهر الآلاف ضد إسرائيل.                                                       | PROTEST >ISR asserted
            تظاهر الآلاف في عواصم أوروبية احتجاجا على الحرب الروسية على أوكرانيا.          | PROTEST >RUS asserted
            تظاهر الآلاف في مصر ضد إسرائيل.                                               | PROTEST EGY>ISR asserted
            تظاهر الآلاف ضد الحكومة العراقية.                                              | PROTEST IRQ>IRQ asserted
            تظاهر آلاف الطلاب مطالبين بالاستقلال عن الهند.                                  | PROTEST IND>IND asserted
            """)
    void notOfTheStateItProtestsAgainst(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /**
     * A protest before a building named only by its state's adjective is against that state, as before an embassy;
     * an adjective further from the site word, or the crowd's own, is none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            تظاهر آلاف الكوبيين في هافانا أمام مكتب المصالح الأمريكية.                     | PROTEST CUB>USA asserted
            تظاهر مئات الفلسطينيين قرب الجدار الإسرائيلي في بلعين.                        | PROTEST PSE>ISR asserted
            تظاهر مئات الفلسطينيين قرب الجدار في بلعين.                                   | PROTEST PSE>PSE asserted
            تظاهر آلاف الكوبيين في هافانا أمام مقر الحزب الشيوعي الكوبي.                   | PROTEST CUB>CUB asserted
            تظاهر مئات الأشخاص أمام الكرملين.                                             | PROTEST RUS>RUS asserted
            """)
    void beforeABuildingNamedByItsStatesAdjective(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /**
     * The side a war or an attack a protest condemns was waged on (الحرب على العراق، العدوان على غزة) is not its target,
     * nor does it make the protest a domestic one; the attacker, when named, is (العدوان الإسرائيلي على غزة → ISR).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            نظم حزب العمال مسيرة في لندن ضد الحرب على العراق.                             | PROTEST GBR> asserted
            تظاهر الآلاف في عمان احتجاجا على العدوان على غزة.                              | PROTEST JOR> asserted
            خرج آلاف المصلين من المساجد في القاهرة في مظاهرات منددة بالعدوان على غزة.        | PROTEST EGY> asserted
            تظاهر الآلاف في عمان احتجاجا على العدوان الإسرائيلي على غزة.                    | PROTEST JOR>ISR asserted
            تظاهر الآلاف في عمان احتجاجا على قرار إسرائيل.                                  | PROTEST JOR>ISR asserted
            """)
    void notAgainstTheSideAttacked(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /** The side a protest stands with (تضامنا مع، دعما ل; in solidarity with) is not what it is against. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            تظاهر آلاف الطلاب في عمان تضامنا مع سكان غزة.                                 | PROTEST JOR> asserted
            تظاهر آلاف الطلاب في عمان تضامنا مع غزة ضد إسرائيل.                            | PROTEST JOR>ISR asserted
            خرجت مظاهرة في الرباط دعما للشعب الفلسطيني.                                    | PROTEST MAR> asserted
            خرج آلاف المغاربة في مسيرة بالرباط تضامنا مع الشعب الفلسطيني.                  | PROTEST MAR> asserted
            Thousands of students marched in Amman in solidarity with the people of Gaza.  | PROTEST JOR> asserted
            """)
    void notAgainstTheSideItSupports(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** "Anti-X" and مناهضة ل name what the protest is against, over the state the sentence happens to name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Anti-Japan protests erupt in China over islands row.                           | PROTEST CHN>JPN asserted
            Authorities say anti-China protesters have rampaged through a park in southern Vietnam. | PROTEST VNM>CHN asserted
            Thousands of anti-American demonstrators marched in Karachi.                  | PROTEST PAK>USA asserted
            Thousands of demonstrators marched in Karachi.                                | PROTEST PAK>PAK asserted
            خرجت مظاهرات مناهضة للولايات المتحدة في كراتشي.                                | PROTEST PAK>USA asserted
            اندلعت مظاهرات في كراتشي.                                                       | PROTEST PAK>PAK asserted
            Thousands of students across Kenya staged demonstrations to demand lower fees. | PROTEST KEN>KEN asserted
            Thousands of students staged demonstrations to demand lower fees.             | PROTEST EDU> asserted
            تظاهر آلاف الطلاب في تونس للمطالبة بالإصلاح.                                   | PROTEST TUN>TUN asserted
            """)
    void antiAndTheStateWhereItHappens(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            تم شن ضربة جوية أميركية على مناطق في باكستان.                                  | ASSAULT USA>PAK asserted
            قتل ثمانية أشخاص جراء ضربة جوية أميركية في تكريت.                               | ASSAULT USA>IRQ asserted
            قال مسؤولون إن ضربة جوية أميركية في شمال العراق أدت إلى مقتل ثمانية مقاتلين.   | ASSAULT USA>IRQ asserted
            قصفت القوات التركية شمال العراق.                                               | ASSAULT TUR>IRQ asserted
            واصلت إسرائيل قصف غزة، وراح ضحية غاراتها عشرات المدنيين.                       | ASSAULT ISR>PSE asserted
            تم اغتصابها من قبل جنود أمريكيين.                                              | ASSAULT USA> asserted
            أطلق قناص إسرائيلي النار على شاب فلسطيني.                                      | ASSAULT ISR>PSE asserted
            """)
    void theAttacker(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /** Victims of a fight with a named side: that side attacked them; without مع, no attacker. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            كشفت الصين عن مقتل أربعة جنود صينيين خلال معركة مع القوات الهندية على الحدود.  | ASSAULT IND>CHN asserted
            قتل جنديان باكستانيان في اشتباكات مع مسلحين من حركة طالبان.                    | ASSAULT REB>PAK asserted
            """)
    void theOtherSideOfAClash(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            كشفت الصين عن مقتل أربعة جنود صينيين خلال معركة على الحدود.                    | ASSAULT >CHN asserted
            """)
    void aClashWithNoSideNamed(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /** Without a possessive, the attack noun names no attacker: the victims' event stays without one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            وراح ضحية الغارات عشرات المدنيين في غزة.                                       | ASSAULT >PSE asserted
            """)
    void noPossessiveNoAttacker(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /**
     * The subject of تعرض ل (suffered, was subjected to) is the victim. The engine reads it so for patterns flagged
     * {@code subjrec}; ar:assault.suffer:1 and :2 in lang/ar/patterns.tsv lack the flag (owned by the lexicon work), so
     * today the victim is coded as the actor (USA>IRQ).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            تعرضت دورية أمريكية لهجوم في بغداد.                                              | ASSAULT >USA asserted
            """)
    void subjectOfSufferedIsTheVictim(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /** Coalition forces are the state that leads them (بقيادة، تقودها); without a leader, their context's state. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            قال متحدث عسكري في أفغانستان إن عملية انتحارية استهدفت قافلة لقوات التحالف بقيادة أميركية.  | ASSAULT >USA asserted
            قال متحدث عسكري في أفغانستان إن عملية انتحارية استهدفت قافلة لقوات التحالف.                 | ASSAULT >AFG asserted
            خرج متظاهرون أفغان للاحتجاج على مقتل ثلاثة مدنيين على يد قوات التحالف التي تقودها الولايات المتحدة. | PROTEST AFG>USA asserted
            """)
    void forcesLedByAState(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            وقالت مصادر إن قوة من الشرطة العراقية اعتدت على المصلين.                       | ASSAULT IRQ> asserted
            قال التلفزيون إن مصدرا في وزارة الخارجية السويدية أدان إيران.                  | ACCUSE SWE>IRN asserted
            قالت مصادر إن المتشددين الموالين لحركة طالبان اختطفوا سبعة جنود.              | ASSAULT AFG>AFG asserted
            قالت مصادر إن المسلحين قتلوا ثلاثة جنود.                                       | ASSAULT REB>MIL asserted
            أدانت السعودية الهجوم الإسرائيلي على غزة.                                      | ACCUSE SAU>ISR asserted
            أدان الأردن قصف غزة.                                                           | ACCUSE JOR>PSE asserted
            هاجم محتجون السفارة السعودية في طهران.                                         | ASSAULT IRN>SAU asserted
            """)
    void phrasesThatNameTheParty(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }
    /** First person inside a quotation or after a speech verb's colon is the speaker, not a state the quote names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            وقالت الخارجية الباكستانية في بيان: «الهجوم الهندي عمل غير مقبول ونحتفظ بحق الرد».   | THREATEN PAK> asserted
            «إذا هاجمت إيران سفننا فسنرد بقوة» قال وزير الدفاع الأمريكي.                          | THREATEN USA> asserted
            'If North Korea attacks again, we will deal sternly with it,' said Seoul.             | THREATEN KOR> asserted
            Japan said: 'We reject the proposal of China.'                                        | REJECT JPN>CHN asserted
            """)
    void firstPersonIsTheSpeaker(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence.replace('\'', '"'))).contains(expected);
    }

    /** Without a named speaker "we" is nobody the sentence names; a third-person subject in reported speech stays. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            'If North Korea attacks again, we will deal sternly with it.'                         | THREATEN PRK> asserted
            قالت الخارجية الباكستانية إن الهند تحتفظ بحق الرد.                                      | THREATEN PAK> asserted
            Japan said China would deal sternly with the protesters.                              | THREATEN JPN> asserted
            """)
    void noSpeakerOrThirdPerson(String sentence, String notExpected) {
        assertThat(TestDocs.events(null, sentence.replace('\'', '"'))).doesNotContain(notExpected);
    }
    /**
     * English phrases that name the party: a possessor before the name of its force, "of" after a unit or count (the
     * last batch of ...), a counted people noun (thousands of Chinese), "the country's" after a state's sentence; an
     * embassy or government is no protest crowd, also when the sentence names several states.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The last batch of France's Operation Barkhane troops left Mali on Monday.            | RETREAT FRA>MLI asserted
            Thousands of Chinese protested outside the Japanese embassy.                         | PROTEST CHN>JPN asserted
            Thousands of Chinese besieged the Japanese embassy in Beijing, and protests broke out in other cities. | PROTEST CHN>JPN asserted
            South Korea returned fire. All of the country's troops were placed on maximum alert. | MOBILIZE KOR> asserted
            North Korea fired shells at the island. All of the country's troops were placed on maximum alert. | MOBILIZE PRK> asserted
            """)
    void englishPhrasesThatNameTheParty(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The withdrawal of France's troops from Mali ended on Monday.                         | RETREAT FRA>MLI asserted
            Thousands of Chinese besieged the Japanese embassy in Beijing, and protests broke out in other cities. | PROTEST JPN> asserted
            China protested. Japan said on Monday the country's troops were placed on maximum alert. | MOBILIZE CHN> asserted
            """)
    void englishCounterCases(String sentence, String notExpected) {
        assertThat(TestDocs.events(null, sentence)).doesNotContain(notExpected);
    }
    /**
     * A directed event (threat, accusation, rejection, sanction, demand, alert) with no recipient in its sentence takes
     * the document's other party when the document is about one dyad; not when other states are named as often.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Sudan accused the United Arab Emirates of arming the rebels. The UAE denied supplying weapons. Sudan cut ties with the UAE on Tuesday. The defence minister said Sudan would respond to the aggression by all means necessary. | THREATEN SDN>ARE asserted
            Serbia and Kosovo traded accusations. Kosovo said Serbia was arming local groups. Kosovo police removed barricades. Serbia put its army on the highest alert. | MOBILIZE SRB>XKX asserted
            سمحت ليتوانيا بفتح مكتب تمثيلي لتايوان. واستدعت الصين سفيرها لدى ليتوانيا. وقالت وزارة الخارجية الليتوانية إن القرار سيادي. وقالت الصين إنها سترد بحزم. | THREATEN CHN>LTU asserted
            """)
    void theDocumentsOtherParty(String text, String expected) {
        assertThat(TestDocs.events(null, text)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Sudan accused the United Arab Emirates of arming the rebels. Egypt and Chad urged calm. Egypt and Chad sent envoys to the UAE. The defence minister said Sudan would respond to the aggression by all means necessary. | THREATEN SDN> asserted
            Sudan would respond to the aggression by all means necessary.                        | THREATEN SDN> asserted
            """)
    void noClearOtherParty(String text, String expected) {
        assertThat(TestDocs.events(null, text)).contains(expected);
    }
    /** English: a state's adjective on a place noun is where the attack landed (the victims' state); without it, none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            North Korea fired artillery shells onto a South Korean island.                       | ASSAULT PRK>KOR asserted
            North Korea fired artillery shells onto an island.                                   | ASSAULT PRK> asserted
            """)
    void anAdjectiveOnAPlaceNoun(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /**
     * English: an attack whose attacker the sentence does not name is coded by the state where it happened, as
     * PETRARCH and ICEWS code unknown attackers by location (actor without sector, via "location"); without a place,
     * no attacker; a named attacker stays; the modality is the sentence's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            A roadside bomb killed two Canadian soldiers near Kandahar on Friday.                 | ASSAULT AFG>CAN asserted
            A car bomb exploded in a crowded market in Mosul, killing seven people.              | ASSAULT IRQ>IRQ asserted
            A roadside bomb killed two Canadian soldiers on Friday.                              | ASSAULT >CAN asserted
            Pakistani troops killed two Indian soldiers near Srinagar on Friday.                 | ASSAULT PAK>IND asserted
            A car bomb in Mosul may kill civilians, the police warned.                           | ASSAULT IRQ>IRQ hypothetical
            """)
    void englishUnnamedAttackerIsThePlace(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /** The attacker coded by its place is CAMEO's unidentified armed force of that state (AFG UAF), not the state. */
    @org.junit.jupiter.api.Test
    void englishUnnamedAttackerIsAnUnidentifiedForce() {
        var events = TestDocs.analyze(null, "A roadside bomb killed two Canadian soldiers near Kandahar on Friday.").events();
        assertThat(events).hasSize(1);
        var actor = events.get(0).actor().get(0);
        assertThat(actor.actor().country()).isEqualTo("AFG");
        assertThat(actor.actor().sector()).isEqualTo("UAF");
        assertThat(actor.via()).isEqualTo("location");
    }

    /** Arabic keeps such an attacker uncoded, as the Arabic gold does. */
    @org.junit.jupiter.api.Test
    void arabicUnnamedAttackerStaysUncoded() {
        assertThat(TestDocs.events(null, "انفجرت عبوة ناسفة قرب سوق شعبي في الموصل.")).containsExactly("ASSAULT >IRQ asserted");
    }

    /**
     * English: the object of allow, ask, urge, call on ... is the subject of the infinitive after it, also across an
     * aside between dashes; it announced nothing, so no AGREE is coded for it. Counter-case: a state that says it
     * would send aid itself announces it (AGREE).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Turkey said it would allow Greece — its old rival in the Aegean — to send aid to Syria. | AID GRC>SYR future
            Egypt called on Qatar to send aid to Sudan.                                              | REQUEST EGY>QAT asserted + AID QAT>SDN future
            Turkey said it would send aid to Syria.                                                  | AID TUR>SYR hypothetical + AGREE TUR>SYR asserted
            """)
    void theObjectOfAllowIsTheSubjectOfTheInfinitive(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactlyInAnyOrder(expected.split(" \\+ "));
    }

    /**
     * English: a sentence about one state codes a party named only by its sector as that state's (domestic events,
     * X → X); envoys come from elsewhere, and a place or state of another country in the sentence stops it. A curfew
     * or state of emergency is directed at the place where it applies, else at the actor's own state; people a
     * state's police arrest, counted and named by no state, are its own.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The Chadian government on Friday accepted demands from northern rebels.                | CONCEDE TCD>TCD asserted
            The Chadian government accepted demands from rebels based in Darfur.                   | CONCEDE TCD>SDN asserted
            The Bolivian president dismissed an appeal from opposition leaders to call early elections. | REJECT BOL>BOL asserted
            Peru rejected a proposal from the ambassador on Tuesday.                               | REJECT PER> asserted
            Peruvian police opened fire to disperse demonstrators on Tuesday.                      | ASSAULT PER>PER asserted
            Israel imposed a curfew in Hebron on Tuesday.                                          | COERCE ISR>PSE asserted
            The Nigerian government lifted the state of emergency in three northern states.        | CONCEDE NGA>NGA asserted
            The Nigerian government lifted the state of emergency, Chad said.                      | CONCEDE NGA> asserted
            Kenyan police arrested 40 people on Sunday.                                            | COERCE KEN>KEN asserted
            Kenyan police arrested 40 Somalis on Sunday.                                           | COERCE KEN>SOM asserted
            Kenyan police arrested 40 people in Mogadishu on Sunday.                               | COERCE KEN> asserted
            """)
    void englishDomesticParties(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /**
     * English: a peacekeeping force named after the trigger is directed at the state it serves in (a state after
     * "in" right after peacekeeping / peace-keeping); a place after a comma, in another clause, is not its host.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Brazil is ready to contribute 800 troops to an international peacekeeping force in Haiti.                      | AGREE BRA>HTI asserted
            The Security Council agreed to a one-year extension of the mandate for the peace-keeping force in Lebanon.      | AGREE UN>LBN asserted
            Ghana agreed to train peacekeepers, the minister said in Accra.                                                | AGREE GHA> asserted
            """)
    void englishPeacekeepingHost(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }

    /**
     * English: a protest is against the state whose adjective names the rule or presence it opposes, after
     * "independence from" or "against"; against a thing no state owns, no such target.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Thousands of students marched in Dili demanding independence from Indonesian rule.  | PROTEST TLS>IDN asserted
            Hundreds of people protested in Okinawa against the American military presence.    | PROTEST JPN>USA asserted
            Hundreds of people protested in Okinawa against the new airport.                    | PROTEST JPN>JPN asserted
            """)
    void englishProtestAgainstAnAdjective(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).containsExactly(expected);
    }
}
