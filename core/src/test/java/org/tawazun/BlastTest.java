package org.tawazun;

import org.junit.jupiter.api.Test;
import org.tawazun.model.Document;
import org.tawazun.model.Event;
import org.tawazun.model.Mention;
import org.tawazun.pipeline.AnalyzedDocument;
import org.tawazun.text.Token;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random text through the whole pipeline: it never throws, and every offset it reports points into the raw
 * text (Lucene's checkRandomData idea). The alphabet mixes Arabic letters, diacritics, tatweel, digits of three
 * systems, Latin, punctuation, controls, presentation forms, surrogate pairs and real lexicon words.
 */
class BlastTest {
    private static final String[] WORDS = {"روسيا", "لكوريا", "الشمالية", "زيارة", "إلى", "فرض", "عقوبات", "على", "عليها",
            "الأولى", "البلدين", "أرسلت", "جنودًا", "يونيو", "2024", "China", "sanctions", "on", "the", "U.S.", "visited",
            "Pyongyang", "لم", "ستفرض", "قد", "not", "will", "12", "نوفمبر", "،", ".", "\n", "\n\n", "«", "»"};

    @Test
    void randomTextNeverBreaksThePipeline() {
        Random r = new Random(20241112L);
        for (int round = 0; round < 400; round++) {
            String text = randomText(r, 1 + r.nextInt(300));
            if (text.isBlank()) continue;
            AnalyzedDocument d = TestDocs.analyze(new Document("blast-" + round, text, null, null, null, null, "blast"));
            int n = text.length();
            for (Token t : d.tokens()) {
                assertThat(t.start()).isBetween(0, n);
                assertThat(t.end()).isBetween(t.start(), n);
            }
            for (Mention m : d.mentions()) {
                assertThat(m.start()).isBetween(0, n);
                assertThat(m.end()).isBetween(m.start(), n);
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
            for (Event e : d.events()) {
                assertThat(e.trigger().start()).isBetween(0, n);
                assertThat(e.trigger().end()).isBetween(e.trigger().start(), n);
                assertThat(e.sentenceEnd()).isBetween(e.sentenceStart(), n);
            }
        }
    }

    static String randomText(Random r, int len) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < len) {
            switch (r.nextInt(10)) {
                case 0, 1, 2 -> sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
                case 3 -> sb.append((char) (0x0600 + r.nextInt(0x100)));
                case 4 -> sb.append((char) (0x064B + r.nextInt(8)));
                case 5 -> sb.append((char) (0xFB50 + r.nextInt(0x300)));
                case 6 -> sb.appendCodePoint(0x1F300 + r.nextInt(200));
                case 7 -> sb.append((char) r.nextInt(0x80));
                case 8 -> sb.append((char) (0x2000 + r.nextInt(0x70)));
                default -> sb.append((char) r.nextInt(0xFFFF));
            }
        }
        return sb.toString();
    }
}
