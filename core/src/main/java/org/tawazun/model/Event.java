package org.tawazun.model;

import org.tawazun.ontology.PloverType;

import java.util.List;

/**
 * A coded event: output contract v1 (docs/schema.md). Actors and recipients are lists (PLOVER keeps compound
 * actors in one event); every span is in raw offsets; {@code pattern} names the lexicon entry that fired.
 */
public record Event(
        String doc,
        String id,
        String lang,
        PloverType type,
        String mode,
        List<String> contexts,
        String cameo,
        double goldstein,
        double score,
        int quadClass,
        List<Mention> actor,
        List<Mention> recipient,
        EventDate date,
        Modality modality,
        int sentenceIndex,
        int sentenceStart,
        int sentenceEnd,
        Span trigger,
        String pattern,
        List<Quantity> quantities) {

    public Event {
        contexts = List.copyOf(contexts);
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
    }

    /** Distinct actor codes (country, else organization, else sector), in order. */
    public List<String> actorCodes() {
        return codes(actor);
    }

    public List<String> recipientCodes() {
        return codes(recipient);
    }

    private static List<String> codes(List<Mention> ms) {
        return ms.stream().map(m -> m.actor().code()).filter(c -> c != null).distinct().toList();
    }

    public Event withRecipient(List<Mention> newRecipient) {
        return new Event(doc, id, lang, type, mode, contexts, cameo, goldstein, score, quadClass, actor, newRecipient,
                date, modality, sentenceIndex, sentenceStart, sentenceEnd, trigger, pattern, quantities);
    }

    public Event withId(String newId) {
        return new Event(doc, newId, lang, type, mode, contexts, cameo, goldstein, score, quadClass, actor, recipient,
                date, modality, sentenceIndex, sentenceStart, sentenceEnd, trigger, pattern, quantities);
    }
}
