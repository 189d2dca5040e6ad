package org.tawazun.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.TestDocs;
import org.tawazun.model.Document;
import org.tawazun.model.Paragraph;
import org.tawazun.pipeline.AnalyzedDocument;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {
    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | أعلنت وزارة الخارجية الروسية أن الوزير سيزور بيونغ يانغ الأسبوع المقبل
            ar | قال مسؤول في الأمم المتحدة إن المساعدات وصلت إلى غزة
            ar | وأكدت الرئاسة الجزائرية في بيان أن الاجتماع تناول الوضع في ليبيا
            ar | «لن نسمح بذلك»، قال المتحدث
            en | North Korea fired two ballistic missiles into the sea on Tuesday, officials said.
            en | The ministry said the withdrawal was completed by 0500 Moscow time.
            en | "We will not accept this," the spokesman told reporters in Geneva.
            fr | Le ministre des affaires étrangères a déclaré que la France ne reconnaîtra pas le résultat.
            es | El gobierno de España anunció que la ayuda llegará a la frontera esta semana.
            de | Die Regierung hat am Dienstag die Sanktionen gegen das Land verlängert.
            it | Il presidente della Repubblica ha incontrato il ministro degli esteri.
            pt | O governo do Brasil anunciou que não vai participar da reunião.
            tr | Dışişleri Bakanlığı bu konuda bir açıklama yaptı ve görüşmeler devam ediyor.
            id | Pemerintah Indonesia mengatakan bahwa bantuan akan dikirim ke daerah yang terkena bencana.
            fa | وزیر امور خارجه ایران گفت که مذاکرات با آمریکا در هفته آینده ادامه پیدا می‌کند
            ur | پاکستان کے وزیر خارجہ نے کہا ہے کہ مذاکرات جاری رہیں گے
            ru | Министр иностранных дел России заявил, что переговоры продолжатся
            he | שר החוץ אמר כי המשא ומתן יימשך בשבוע הבא
            zh | 外交部发言人表示谈判将在下周继续
            und | 2024 - 15 / 30
            """)
    void identifies(String lang, String text) {
        assertThat(LanguageIdentifier.identify(text)).isEqualTo(lang);
    }

    @Test
    void mixedDocumentsHaveParagraphsInSeveralLanguages() {
        String text = "أعلنت وزارة الخارجية الروسية أن الوزير سيزور بيونغ يانغ الأسبوع المقبل.\n"
                + "\"We will not accept new sanctions,\" the ministry said in a statement on Tuesday.\n"
                + "وأضاف البيان أن موسكو تدعم الحوار.\n"
                + "12:30\n";
        AnalyzedDocument d = TestDocs.analyze(new Document("mixed", text, null, null, java.time.LocalDate.of(2024, 11, 12), null, "test"));
        assertThat(d.lang()).isEqualTo("ar");
        assertThat(d.paragraphs()).extracting(Paragraph::lang).containsExactly("ar", "en", "ar", "ar");
        int quote = text.indexOf("We will");
        assertThat(d.langAt(quote)).isEqualTo("en");
        assertThat(d.langAt(0)).isEqualTo("ar");
        // the English paragraph's weekday is read with English date words
        assertThat(d.dates()).extracting(m -> m.text()).contains("Tuesday", "الأسبوع المقبل");
    }

    @Test
    void paragraphsPointIntoTheText() {
        String text = "  العنوان  \r\n\r\nالفقرة الأولى من النص\n\n   Second paragraph here  ";
        List<Paragraph> ps = LanguageIdentifier.paragraphs(text, "ar");
        assertThat(ps).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("العنوان", "الفقرة الأولى من النص", "Second paragraph here");
        assertThat(ps).extracting(Paragraph::lang).containsExactly("ar", "ar", "en");
    }
}
