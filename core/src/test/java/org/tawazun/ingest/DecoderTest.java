package org.tawazun.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecoderTest {
    /**
     * The same Arabic text in Windows-1256 and in ISO-8859-6: each is recognized as what it is (they share only
     * the letters ء to ض), down to short headlines.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قال وزير الخارجية إن بلاده ترفض العقوبات المفروضة عليها
            أرسلت كوريا الشمالية آلاف الجنود إلى روسيا
            زار بوتين بكين
            فقط
            ماذا قالت مصر؟
            القاهرة - وكالات: استقبل الرئيس وفدا من الكونغرس الأمريكي، وبحث معه الأوضاع في غزة.
            ارتفعت الأسعار بنسبة 15 في المئة خلال الشهر الماضي
            مسؤول: لن نقبل بأي اتفاق لا يضمن انسحاب القوات
            """)
    void tellsWindows1256FromIso88596(String text) throws Exception {
        for (String cs : new String[]{"windows-1256", "ISO-8859-6"}) {
            byte[] b = text.getBytes(Charset.forName(cs));
            assertThat(Decoder.legacyCharset(b)).as(cs).isEqualTo(cs);
            assertThat(Decoder.decode(b, "t.txt")).as(cs).isEqualTo(text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8", "UTF-8-BOM", "UTF-16LE-BOM", "UTF-16BE-BOM", "UTF-16LE", "UTF-16BE", "UTF-32LE-BOM", "UTF-32BE-BOM", "windows-1256"})
    void decodesEveryEncodingOfAnArabicArticle(String encoding) throws Exception {
        String text = "أرسلت كوريا الشمالية جنودا إلى روسيا، وفق ما قال مسؤولون في سيول (رويترز).\nThe U.S. responded.";
        byte[] b = switch (encoding) {
            case "UTF-8" -> text.getBytes(StandardCharsets.UTF_8);
            case "UTF-8-BOM" -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE-BOM" -> concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case "UTF-16BE-BOM" -> concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            case "UTF-16LE" -> text.getBytes(StandardCharsets.UTF_16LE);
            case "UTF-16BE" -> text.getBytes(StandardCharsets.UTF_16BE);
            case "UTF-32LE-BOM" -> concat(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0}, text.getBytes(Charset.forName("UTF-32LE")));
            case "UTF-32BE-BOM" -> concat(new byte[]{0, 0, (byte) 0xFE, (byte) 0xFF}, text.getBytes(Charset.forName("UTF-32BE")));
            default -> text.getBytes(Charset.forName(encoding));
        };
        assertThat(Decoder.decode(b, "a.txt")).isEqualTo(text);
    }

    @Test
    void latinLegacyTextAndBrokenUtf8() throws Exception {
        String es = "El ministro de Asunción habló con la prensa sobre la situación en Perú.";
        assertThat(Decoder.decode(es.getBytes(Charset.forName("windows-1252")), "es.txt")).isEqualTo(es);
        String fr = "Le président français a visité Alger après l'été.";
        assertThat(Decoder.decode(fr.getBytes(Charset.forName("windows-1252")), "fr.txt")).isEqualTo(fr);
        // a scrape cut in the middle of a character is still UTF-8, with one replacement character
        byte[] cut = "قال الوزير إن المحادثات فشلت وإن الحرب ستستمر".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(cut, cut.length - 1);
        assertThat(Decoder.decode(broken, "cut.txt")).startsWith("قال الوزير إن المحادثات").endsWith("\uFFFD");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            25504446           | a PDF document
            504B0304           | a ZIP archive
            1F8B0800           | a gzip archive
            FFD8FFE0           | a JPEG image
            89504E47           | a PNG image
            47494638           | a GIF image
            D0CF11E0           | an old Microsoft Office document
            7F454C46           | an executable
            """)
    void rejectsNonTextByItsMagicBytes(String hex, String what) {
        byte[] b = new byte[64];
        for (int i = 0; i < hex.length() / 2; i++) b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        for (int i = hex.length() / 2; i < b.length; i++) b[i] = (byte) ('a' + i % 26);
        assertThatThrownBy(() -> Decoder.decode(b, "file.bin")).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("file.bin: " + what).hasMessageContaining("not a text article");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            &quot;قال&quot; الوزير                 | "قال" الوزير
            &#1605;&#1589;&#1585;                  | مصر
            &#x645;&#x635;&#x631;                  | مصر
            AT&T and P&amp;G                       | AT&T and P&G
            &nosuch; &amp;amp;                     | &nosuch; &amp;
            R&D; &lt;b&gt;                         | R&D; <b>
            أمس&nbsp;الثلاثاء                      | أمس\u00A0الثلاثاء
            """)
    void resolvesEntitiesInPlainText(String raw, String clean) {
        assertThat(Decoder.unescapeEntities(raw)).isEqualTo(clean.replace("\\u00A0", "\u00A0"));
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertThat(Decoder.clean("a\u0001b\u0085c\td\ne\u001A\u001A")).isEqualTo("a b c\td\ne");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
