package org.tawazun.coding;

import org.tawazun.ontology.PloverType;

import java.util.List;

/**
 * A lexicon entry: a sequence of elements with one anchor (the trigger word the index finds), the PLOVER type and
 * mode, CAMEO code and contexts it codes, and its id ("ar:consult.visit:3") for provenance. {@code noInfer}: the
 * actor is only what a slot binds (passives: تعرض لهجوم). {@code subjRec}: the phrase after the verb is the
 * recipient (تسلمت أوكرانيا دبابات: Ukraine received tanks). {@code casualty}: the pattern reports deaths or injuries
 * without saying what caused them (مقتل 38 شخصا، أسفر عن مقتل), so a sentence that names a mishap as their cause (a
 * crash, flood, earthquake, fire) is no attack. {@code lead}: the anchor must open an item of a dated list or a
 * headline, right after a colon or dash («* 21 مايو 2005: اغتيال ...»), where a bare verbal noun reports the event.
 * {@code promise}: the pattern names an act the actor announces it will do (سيرد بقوة; we will deal sternly): coded
 * only when its clause is future or conditional, and then asserted, since the announcement is the event (a threat).
 */
record Pattern(String id, String lang, PloverType type, String mode, String cameo, List<String> contexts,
               Element[] elements, int anchor, boolean noInfer, boolean subjRec, boolean casualty, boolean lead, boolean promise,
               String origin,
               String text) {

    boolean has(Element.Kind k) {
        for (Element e : elements) if (e.kind() == k) return true;
        return false;
    }

    Element anchorElement() {
        return elements[anchor];
    }

    /** How many word elements the pattern has: a measure of how specific it is. */
    int words() {
        int n = 0;
        for (Element e : elements) if (e.kind() == Element.Kind.WORD || e.kind() == Element.Kind.CLITIC || e.kind() == Element.Kind.NUMBER) n++;
        return n;
    }
}
