package org.tawazun.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.model.Sentence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences as Arabic and English papers print them; expected sentences are separated by " || ". */
class SentenceSplitterTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            القاهرة - (وكالات): أعلنت وزارة الخارجية المصرية أمس أن الوزير سيزور الخرطوم. => القاهرة - (وكالات): || أعلنت وزارة الخارجية المصرية أمس أن الوزير سيزور الخرطوم.
            غزة - خاص: قصفت الطائرات مواقع في القطاع. => غزة - خاص: || قصفت الطائرات مواقع في القطاع.
            موسكو - رويترز: قال الكرملين إن بوتين سيلتقي شي. => موسكو - رويترز: || قال الكرملين إن بوتين سيلتقي شي.
            دمشق (سانا) - استقبل الرئيس وفدا عراقيا. => دمشق (سانا) - || استقبل الرئيس وفدا عراقيا.
            بيروت - «الأخبار»: تواصلت الاشتباكات جنوب لبنان. => بيروت - «الأخبار»: || تواصلت الاشتباكات جنوب لبنان.
            واشنطن، 10 مارس (رويترز) - فرضت الولايات المتحدة عقوبات جديدة. => واشنطن، 10 مارس (رويترز) - || فرضت الولايات المتحدة عقوبات جديدة.
            روسيا - أوكرانيا: جولة جديدة من المفاوضات => روسيا - أوكرانيا: جولة جديدة من المفاوضات
            قال د. محمد العلي إن الوضع خطير. وأضاف أن الحل سياسي. => قال د. محمد العلي إن الوضع خطير. || وأضاف أن الحل سياسي.
            التقى الوزير نظيره. ثم عقدا مؤتمرا صحفيا؟ نعم! => التقى الوزير نظيره. || ثم عقدا مؤتمرا صحفيا؟ || نعم!
            وقال: «لن نسمح بذلك». ثم غادر القاعة. => وقال: «لن نسمح بذلك». || ثم غادر القاعة.
            ارتفع النمو إلى 3.5 في المئة. وتراجع التضخم. => ارتفع النمو إلى 3.5 في المئة. || وتراجع التضخم.
            بلغت الخسائر 1.000.000 دولار. => بلغت الخسائر 1.000.000 دولار.
            هل ستتدخل تركيا؟! لا أحد يعرف. => هل ستتدخل تركيا؟! || لا أحد يعرف.
            SEOUL, March 10 (Reuters) - North Korea fired two missiles. => SEOUL, March 10 (Reuters) - || North Korea fired two missiles.
            MOSCOW (Reuters): Russia's defense ministry said on Friday it had withdrawn. => MOSCOW (Reuters): || Russia's defense ministry said on Friday it had withdrawn.
            WASHINGTON — The Senate passed the bill. => WASHINGTON — || The Senate passed the bill.
            GENEVA, Switzerland (AP) — Talks resumed. => GENEVA, Switzerland (AP) — || Talks resumed.
            Mr. Smith met Dr. Jones in the U.S. on Monday. They talked. => Mr. Smith met Dr. Jones in the U.S. on Monday. || They talked.
            The deal was signed in the U.S. The talks ended. => The deal was signed in the U.S. || The talks ended.
            The army fired 3.5 tons of shells. No. 10 said nothing. => The army fired 3.5 tons of shells. || No. 10 said nothing.
            "We will respond," he said. "Soon." => "We will respond," he said. || "Soon."
            أطلقت طائرة توجهها «سي.آي.ايه»، صواريخ على بيتين. وقال مسؤول إن الهجوم وقع ليلا. => أطلقت طائرة توجهها «سي.آي.ايه»، صواريخ على بيتين. || وقال مسؤول إن الهجوم وقع ليلا.
            ذكرت وكالة أ.ف.ب أن الانفجار وقع في السوق. => ذكرت وكالة أ.ف.ب أن الانفجار وقع في السوق.
            قالت قناة ام.تي.في إن الاشتباكات توقفت. => قالت قناة ام.تي.في إن الاشتباكات توقفت.
            وأكدت منظمة م.ت.ف موقفها. => وأكدت منظمة م.ت.ف موقفها.
            وقال مسؤول إن الوفد وصل امس.وبموازاة ذلك بدأت المحادثات. => وقال مسؤول إن الوفد وصل امس. || وبموازاة ذلك بدأت المحادثات.
            واعتقلت الشرطة ناشطين في العراق.وقال مصدر إنهم أفرج عنهم. => واعتقلت الشرطة ناشطين في العراق. || وقال مصدر إنهم أفرج عنهم.
            وناقشوا الأمن والاقتصاد الخ.ما أغضب المعارضة. => وناقشوا الأمن والاقتصاد الخ. || ما أغضب المعارضة.
            Gen. Mark Milley spoke at 3 p.m. on Tuesday. => Gen. Mark Milley spoke at 3 p.m. on Tuesday.
            """)
    void splits(String raw, String expected) {
        List<Token> toks = Tokenizer.tokenize(Normalizer.normalize(raw));
        List<Sentence> ss = SentenceSplitter.split(toks, raw);
        assertThat(ss).extracting(s -> raw.substring(s.start(), s.end())).containsExactly(expected.split(" \\|\\| "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `روسيا وكوريا الشمالية.. تحالف\\n\\nمحمد النحاس\\nبدأت العلاقات تتعمق`    | 4
            `عاجل\\nالقاهرة - (وكالات): وصل الوفد.\\nوقال المتحدث إن الزيارة ناجحة.`   | 4
            `Headline without a period\\nBy Jane Doe\\nThe first sentence. The second.`  | 4
            """)
    void linesAndParagraphs(String escaped, int count) {
        String raw = escaped.replace("\\n", "\n");
        List<Token> toks = Tokenizer.tokenize(Normalizer.normalize(raw));
        assertThat(SentenceSplitter.split(toks, raw)).hasSize(count);
    }
}
