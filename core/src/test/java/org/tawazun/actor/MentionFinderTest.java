package org.tawazun.actor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.TestDocs;
import org.tawazun.model.Mention;
import org.tawazun.pipeline.AnalyzedDocument;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MentionFinderTest {
    private static List<String> codes(String lang, String text) {
        AnalyzedDocument d = TestDocs.analyze(lang, text);
        return d.mentions().stream().filter(Mention::hasCode).map(m -> m.actor().code() + (m.actor().sector() == null ? "" : "/" + m.actor().sector())).toList();
    }

    /** Country names with clitics, capitals as metonyms, and names that merely start with clitic letters. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            توجه الوفد إلى روسيا ثم لروسيا البيضاء                     | RUS BLR
            قالت بكين إن علاقاتها مع موسكو ممتازة                     | CHN/GOV RUS/GOV
            أرسلت الصين وروسيا وفدين إلى لبنان وفرنسا                  | CHN RUS LBN FRA
            زار الوفد بيونج يانج وبيونغ يانغ                          | PRK/GOV PRK/GOV
            مساعدات للصين وباكستان وليبيا وكندا                        | CHN PAK LBY CAN
            Beijing and Washington held talks with the European Union | CHN/GOV USA/GOV EU
            """)
    void findsStates(String text, String expected) {
        assertThat(codes(null, text)).containsExactly(expected.split(" "));
    }

    @Test
    void aBareAdjectiveIsNotAnActor() {
        assertThat(codes("ar", "تأتي القذائف من الحرب الأوكرانية")).isEmpty();
    }

    @Test
    void orderedReferencesPointToTheActorsJustNamed() {
        AnalyzedDocument d = TestDocs.analyze("ar", "تعمقت العلاقات بين كوريا الشمالية وروسيا، إذ أرسلت الأولى جنودًا، ثم ردت الأخيرة بزيارة.");
        List<Mention> refs = d.mentions().stream().filter(m -> m.via().equals("coref")).toList();
        assertThat(refs).extracting(m -> m.text() + "=" + m.actor().code()).containsExactly("الأولى=PRK", "الأخيرة=RUS");
    }

    @Test
    void anOrdinalAdjectiveIsNotAReference() {
        AnalyzedDocument d = TestDocs.analyze("ar", "زار بوتين كوريا الشمالية، وهي الزيارة الأولى منذ عقدين");
        assertThat(d.mentions()).noneMatch(m -> m.via().equals("coref"));
    }

    @Test
    void dualReferencePrefersThePairNamedTogether() {
        AnalyzedDocument d = TestDocs.analyze("ar", "بدأت العلاقات بين كوريا الشمالية وروسيا تتعمق بعد الحرب في أوكرانيا، وهو تطور في تحالفات البلدين.");
        assertThat(d.mentions().stream().filter(m -> m.via().equals("coref")).map(m -> m.actor().code()))
                .containsExactly("PRK", "RUS");
    }

    @Test
    void prepositionsMakeMentionsOblique() {
        AnalyzedDocument d = TestDocs.analyze("ar", "أجرت الصين محادثات مع كوريا الجنوبية واليابان");
        assertThat(d.mentions()).extracting(m -> m.actor().code() + ":" + m.oblique() + ":" + m.coordinated())
                .containsExactly("CHN:false:false", "KOR:true:false", "JPN:true:true");
    }

    @Test
    void mentionOffsetsSkipTheClitic() {
        String text = "فرضت عقوبات على لروسيا";
        AnalyzedDocument d = TestDocs.analyze("ar", text);
        Mention m = d.mentions().get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("روسيا");
    }
}
