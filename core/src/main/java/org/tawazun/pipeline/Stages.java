package org.tawazun.pipeline;

import org.tawazun.actor.ActorLexicon;
import org.tawazun.actor.MentionFinder;
import org.tawazun.coding.EventCoder;
import org.tawazun.coding.PatternLexicon;
import org.tawazun.model.DateMention;
import org.tawazun.model.NumberMention;
import org.tawazun.model.Sentence;
import org.tawazun.text.DateFinder;
import org.tawazun.text.LanguageGuesser;
import org.tawazun.text.LanguageIdentifier;
import org.tawazun.text.NumberFinder;
import org.tawazun.text.Normalizer;
import org.tawazun.text.SentenceSplitter;
import org.tawazun.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The standard stages. Each is one method over one document; the algorithms live in their own packages. */
public final class Stages {
    private Stages() {
    }

    /**
     * Takes the language the source gives, else guesses it from the letters (Arabic script vs Latin: the lexicons
     * Tawazun ships); then identifies each paragraph's language, so mixed documents are seen as such.
     */
    public static final class Language implements Stage {
        public Set<Layer> needs() { return Set.of(); }

        public Set<Layer> adds() { return Set.of(Layer.LANGUAGE); }

        public void process(AnalyzedDocument d) {
            String given = d.document().lang();
            d.setLang(given != null && !given.isBlank() ? given : LanguageGuesser.guess(d.text()));
            d.setParagraphs(LanguageIdentifier.paragraphs(d.text(), d.lang()));
        }
    }

    /** The normalized view with its offset map. */
    public static final class Normalize implements Stage {
        public Set<Layer> needs() { return Set.of(); }

        public Set<Layer> adds() { return Set.of(Layer.NORMALIZED); }

        public void process(AnalyzedDocument d) {
            d.setNormalized(Normalizer.normalize(d.text()));
        }
    }

    public static final class Tokenize implements Stage {
        public Set<Layer> needs() { return Set.of(Layer.NORMALIZED); }

        public Set<Layer> adds() { return Set.of(Layer.TOKENS); }

        public void process(AnalyzedDocument d) {
            d.setTokens(Tokenizer.tokenize(d.normalized()));
        }
    }

    public static final class Sentences implements Stage {
        public Set<Layer> needs() { return Set.of(Layer.TOKENS); }

        public Set<Layer> adds() { return Set.of(Layer.SENTENCES); }

        public void process(AnalyzedDocument d) {
            d.setSentences(SentenceSplitter.split(d.tokens(), d.text()));
        }
    }

    /**
     * Dates, then the numbers outside them, sentence by sentence in the language of the sentence's paragraph
     * (an English quote in an Arabic article is read with English month names).
     */
    public static final class Dates implements Stage {
        public Set<Layer> needs() { return Set.of(Layer.LANGUAGE, Layer.SENTENCES); }

        public Set<Layer> adds() { return Set.of(Layer.DATES, Layer.NUMBERS); }

        public void process(AnalyzedDocument d) {
            List<DateMention> dates = new ArrayList<>();
            List<NumberMention> numbers = new ArrayList<>();
            java.util.BitSet inDates = new java.util.BitSet(d.tokens().size());
            for (Sentence s : d.sentences()) {
                String lang = readable(d.langAt(s.start()), d.lang());
                List<DateMention> found = DateFinder.forLang(lang).find(d.tokens(), s, d.text(), d.document().published());
                for (DateMention m : found) inDates.set(m.firstToken(), m.lastToken() + 1);
                dates.addAll(found);
                numbers.addAll(NumberFinder.forLang(lang).find(d.tokens(), s.firstToken(), s.endToken(), d.text(), inDates));
            }
            d.setDates(dates);
            d.setNumbers(numbers);
        }

        /** The paragraph's language when Tawazun has its date words (ar, en), else the document's. */
        private static String readable(String paragraph, String document) {
            return "ar".equals(paragraph) || "en".equals(paragraph) ? paragraph : document;
        }
    }

    public static final class Actors implements Stage {
        private final MentionFinder finder;

        public Actors(ActorLexicon lexicon) {
            this.finder = new MentionFinder(lexicon);
        }

        public Set<Layer> needs() { return Set.of(Layer.LANGUAGE, Layer.SENTENCES); }

        public Set<Layer> adds() { return Set.of(Layer.MENTIONS); }

        public void process(AnalyzedDocument d) {
            d.setMentions(finder.find(d));
        }
    }

    /** Codes events with the pattern lexicon of the document's language. */
    public static final class Coding implements Stage {
        private final Map<String, EventCoder> coders;

        public Coding(PatternLexicon arabic, PatternLexicon english, ActorLexicon actors) {
            this.coders = Map.of("ar", new EventCoder(arabic, actors), "en", new EventCoder(english, actors));
        }

        public Set<Layer> needs() { return Set.of(Layer.MENTIONS, Layer.DATES); }

        public Set<Layer> adds() { return Set.of(Layer.EVENTS); }

        public void process(AnalyzedDocument d) {
            EventCoder c = coders.getOrDefault(d.lang(), coders.get("en"));
            d.setEvents(c.code(d));
        }
    }
}
