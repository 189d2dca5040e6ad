package org.tawazun.text;

import org.junit.jupiter.api.Test;
import org.tawazun.lang.ar.ArabicWords;
import org.tawazun.util.DataFileException;
import org.tawazun.util.Tsv;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every data file of the text layer loads and has what the code relies on. */
class TextDataFilesTest {
    @Test
    void textLayerDataLoads() {
        for (String lang : new String[]{"ar", "en"}) {
            assertThat(DateFinder.forLang(lang)).isNotNull();
            assertThat(NumberFinder.forLang(lang).parse(lang.equals("ar") ? "ثلاثة آلاف" : "three thousand")).isEqualTo(3000.0);
        }
        assertThat(ArabicWords.defaults().size()).isGreaterThan(500);
        assertThat(ArabicWords.defaults().knows(Normalizer.normalizeString("لبنان"))).isTrue();
        assertThat(LanguageIdentifier.identify("the talks")).isEqualTo("en");
        assertThat(SentenceSplitter.datelineEnd(Tokenizer.tokenize(Normalizer.normalize("موسكو - رويترز: قال")), 0, "موسكو - رويترز: قال")).isEqualTo(3);
    }

    @Test
    void aBadLineNamesTheFileAndLine() {
        assertThatThrownBy(() -> Tsv.read(new StringReader("# word\tkind\tvalue\nنحو\thedge\n"), "numbers.tsv").get(0).required("value"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("numbers.tsv").hasMessageContaining("2");
    }
}
