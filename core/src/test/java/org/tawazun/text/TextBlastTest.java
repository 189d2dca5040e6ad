package org.tawazun.text;

import org.junit.jupiter.api.Test;
import org.tawazun.ingest.BadInputException;
import org.tawazun.ingest.Decoder;
import org.tawazun.ingest.HtmlExtractor;
import org.tawazun.lang.ar.ArabicSegmenter;
import org.tawazun.lang.ar.ArabicWords;
import org.tawazun.model.DateMention;
import org.tawazun.model.NumberMention;
import org.tawazun.model.Paragraph;
import org.tawazun.model.Sentence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random text through every part of the text layer (decoding, cleaning, normalization, tokens and their
 * readings, sentences, dates, numbers, languages, HTML): nothing throws, and every offset points into the raw
 * text (Lucene's checkRandomData idea). The alphabet mixes Arabic letters, marks, tatweel, digits of several
 * systems, Persian and Urdu letters, presentation forms, Latin, punctuation, controls, surrogate pairs (and
 * broken ones), and the words that the date and number readers look for.
 */
class TextBlastTest {
    private static final String[] WORDS = {"منذ", "أكثر", "من", "عقدين", "قبل", "ثلاثة", "أيام", "الثلاثاء", "الماضي",
            "الشهر", "أمس", "اليوم", "15", "رمضان", "1445", "هـ", "2024م", "أيار/مايو", "كانون", "الثاني", "بين", "و",
            "عشرين", "ألفا", "نصف", "مليون", "%", "٪", "بالمئة", "في", "المائة", "نحو", "آلاف", "عشرات", "الآلاف",
            "القاهرة", "-", "(وكالات):", "SEOUL,", "March", "10", "(Reuters)", "last", "Tuesday", "ago", "three", "years",
            "twenty-five", "1,000", "3.5", "10:30", "19/06/2024", "2024-06-19", "U.S.", "د.", "«", "»", "\n", "\n\n",
            "لروسيا", "وبكين", "للصين", "تزويدها", "عليها", "وسيزور", "ﻻ", "ﷲ", "پ", "ے", "&amp;", "&#1605;", "\r\n"};

    @Test
    void randomTextNeverBreaksTheTextLayer() {
        Random r = new Random(20261125L);
        LocalDate pub = LocalDate.of(2024, 11, 12);
        for (int round = 0; round < 300; round++) {
            String text = randomText(r, 1 + r.nextInt(400));
            check(Decoder.clean(text), round % 2 == 0 ? pub : null, round);
            check(text, pub, round);
            try {
                String decoded = Decoder.decode(randomBytes(r, text), "blast");
                check(decoded, pub, round);
            } catch (BadInputException e) {
                assertThat(e.getMessage()).startsWith("blast: ");
            }
            HtmlExtractor.Page p = HtmlExtractor.extract("<html><body><article><p>" + text + "</p><time>" + text + "</time></article></body></html>");
            assertThat(p.body()).isNotNull();
        }
    }

    private static void check(String raw, LocalDate pub, int round) {
        int n = raw.length();
        NormalizedText nt = Normalizer.normalize(raw);
        for (int i = 0; i < nt.norm().length(); i++) {
            assertThat(nt.rawStart(i)).isBetween(0, n - 1);
            assertThat(nt.rawEnd(i)).isBetween(nt.rawStart(i) + 1, n);
        }
        List<Token> toks = Tokenizer.tokenize(nt);
        for (Token t : toks) {
            assertThat(t.start()).as("round %d token %s", round, t).isBetween(0, n - 1);
            assertThat(t.end()).isBetween(t.start() + 1, n);
            assertThat(t.analyses()[0].stem()).isEqualTo(t.norm());
            for (Analysis a : t.analyses()) assertThat(a.stemStart()).isBetween(0, t.norm().length() - 1);
            assertThat(t.preferred()).isIn((Object[]) t.analyses());
            if (t.isArabic()) assertThat(ArabicSegmenter.preferred(t.analyses(), ArabicWords.defaults())).isBetween(0, t.analyses().length - 1);
        }
        List<Sentence> ss = SentenceSplitter.split(toks, raw);
        int covered = 0;
        for (Sentence s : ss) {
            assertThat(s.firstToken()).isEqualTo(covered);
            assertThat(s.endToken()).isGreaterThan(s.firstToken());
            assertThat(s.start()).isBetween(0, n);
            assertThat(s.end()).isBetween(s.start(), n);
            covered = s.endToken();
            for (String lang : new String[]{"ar", "en"}) {
                for (DateMention d : DateFinder.forLang(lang).find(toks, s, raw, pub)) {
                    assertThat(raw.substring(d.start(), d.end())).isEqualTo(d.text());
                    assertThat(d.firstToken()).isBetween(s.firstToken(), d.lastToken());
                    assertThat(d.lastToken()).isLessThan(s.endToken());
                    assertThat(d.date().value()).isNotBlank();
                }
                for (NumberMention m : NumberFinder.forLang(lang).find(toks, s.firstToken(), s.endToken(), raw, null)) {
                    assertThat(raw.substring(m.start(), m.end())).isEqualTo(m.text());
                    assertThat(m.upper()).isGreaterThanOrEqualTo(m.value());
                    assertThat(m.lastToken()).isLessThan(s.endToken());
                }
            }
        }
        assertThat(covered).isEqualTo(toks.size());
        for (Paragraph p : LanguageIdentifier.paragraphs(raw, "ar")) {
            assertThat(p.start()).isBetween(0, n);
            assertThat(p.end()).isBetween(p.start() + 1, n);
            assertThat(p.lang()).isNotBlank();
        }
    }

    private static byte[] randomBytes(Random r, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        switch (r.nextInt(4)) {
            case 0 -> { return b; }
            case 1 -> { // corrupt a few bytes
                for (int i = 0; i < 3 && b.length > 0; i++) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                return b;
            }
            case 2 -> { // pure noise
                byte[] x = new byte[r.nextInt(200)];
                r.nextBytes(x);
                return x;
            }
            default -> { return text.getBytes(java.nio.charset.Charset.forName("windows-1256")); }
        }
    }

    static String randomText(Random r, int len) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < len) {
            switch (r.nextInt(12)) {
                case 0, 1, 2, 3 -> sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(4) == 0 ? "" : " ");
                case 4 -> sb.append((char) (0x0600 + r.nextInt(0x100)));
                case 5 -> sb.append((char) (0x064B + r.nextInt(8)));
                case 6 -> sb.append((char) (0xFB50 + r.nextInt(0x300)));
                case 7 -> sb.appendCodePoint(0x1F300 + r.nextInt(200));
                case 8 -> sb.append((char) r.nextInt(0x80));
                case 9 -> sb.append((char) (0x2000 + r.nextInt(0x70)));
                case 10 -> sb.append((char) (0xD800 + r.nextInt(0x800))); // unpaired surrogates
                default -> sb.append((char) r.nextInt(0xFFFF));
            }
        }
        return sb.toString();
    }
}
