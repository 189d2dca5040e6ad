package org.tawazun.pipeline;

import org.tawazun.model.DateMention;
import org.tawazun.model.Document;
import org.tawazun.model.Event;
import org.tawazun.model.Mention;
import org.tawazun.model.NumberMention;
import org.tawazun.model.Paragraph;
import org.tawazun.model.Sentence;
import org.tawazun.text.NormalizedText;
import org.tawazun.text.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A document and the layers stages have added to it, in typed fields. Each stage sets its own layers once;
 * reading a layer nobody added fails fast (a pipeline built in the wrong order).
 */
public final class AnalyzedDocument {
    private final Document document;
    private final Set<Layer> layers = EnumSet.noneOf(Layer.class);
    private String lang;
    private List<Paragraph> paragraphs = List.of();
    private List<NumberMention> numbers;
    private NormalizedText normalized;
    private List<Token> tokens;
    private List<Sentence> sentences;
    private List<DateMention> dates;
    private List<Mention> mentions;
    private List<Event> events;
    private Trace trace;

    public AnalyzedDocument(Document document) {
        this.document = document;
    }

    public Document document() {
        return document;
    }

    /** Turns on the explanation trace (tawazun explain); off by default because it costs time. */
    public AnalyzedDocument traced() {
        this.trace = new Trace();
        return this;
    }

    /** The trace, or null when not traced. */
    public Trace trace() {
        return trace;
    }

    public boolean has(Layer l) {
        return layers.contains(l);
    }

    private void need(Layer l) {
        if (!layers.contains(l)) throw new IllegalStateException("layer " + l + " has not been added to " + document.id());
    }

    private void set(Layer l) {
        layers.add(l);
    }

    public String lang() { need(Layer.LANGUAGE); return lang; }

    public void setLang(String v) { lang = v; set(Layer.LANGUAGE); }

    /** The paragraphs with their own languages (part of the LANGUAGE layer; mixed documents have several). */
    public List<Paragraph> paragraphs() { need(Layer.LANGUAGE); return paragraphs; }

    public void setParagraphs(List<Paragraph> v) { paragraphs = List.copyOf(v); }

    /**
     * The language of the paragraph that contains raw offset {@code offset}, or the document's {@link #lang()}
     * between paragraphs.
     */
    public String langAt(int offset) {
        need(Layer.LANGUAGE);
        int lo = 0, hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Paragraph p = paragraphs.get(mid);
            if (offset < p.start()) hi = mid - 1;
            else if (offset >= p.end()) lo = mid + 1;
            else return p.lang();
        }
        return lang;
    }

    public NormalizedText normalized() { need(Layer.NORMALIZED); return normalized; }

    public void setNormalized(NormalizedText v) { normalized = v; set(Layer.NORMALIZED); }

    public List<Token> tokens() { need(Layer.TOKENS); return tokens; }

    public void setTokens(List<Token> v) { tokens = List.copyOf(v); set(Layer.TOKENS); }

    public List<Sentence> sentences() { need(Layer.SENTENCES); return sentences; }

    public void setSentences(List<Sentence> v) { sentences = List.copyOf(v); set(Layer.SENTENCES); }

    public List<DateMention> dates() { need(Layer.DATES); return dates; }

    public void setDates(List<DateMention> v) { dates = List.copyOf(v); set(Layer.DATES); }

    /** Numbers stated in the text (digits and words), outside dates. */
    public List<NumberMention> numbers() { need(Layer.NUMBERS); return numbers; }

    public void setNumbers(List<NumberMention> v) { numbers = List.copyOf(v); set(Layer.NUMBERS); }

    public List<Mention> mentions() { need(Layer.MENTIONS); return mentions; }

    public void setMentions(List<Mention> v) { mentions = List.copyOf(v); set(Layer.MENTIONS); }

    public List<Event> events() { need(Layer.EVENTS); return events; }

    public void setEvents(List<Event> v) { events = List.copyOf(v); set(Layer.EVENTS); }

    /** The raw text. */
    public String text() {
        return document.text();
    }

    /** Free-text notes per sentence for `tawazun explain`: what fired, what was rejected and why. */
    public static final class Trace {
        private final List<String[]> notes = new ArrayList<>();

        public void note(int sentence, String what) {
            notes.add(new String[]{Integer.toString(sentence), what});
        }

        public List<String> forSentence(int sentence) {
            String key = Integer.toString(sentence);
            return notes.stream().filter(n -> n[0].equals(key)).map(n -> n[1]).toList();
        }
    }
}
