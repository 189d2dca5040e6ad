package org.tawazun.eval;

import org.tawazun.ontology.PloverType;

import java.util.List;
import java.util.Set;

/**
 * One gold event of a document: its type and the other types a careful coder could choose, the actor and recipient
 * codes (empty or containing "*" = any), the date, whether a good coder must find it, and the evidence quote.
 */
public record GoldEvent(PloverType type, Set<PloverType> altTypes, List<String> actor, List<String> recipient,
                        String date, boolean required, String evidence) {

    public boolean acceptsType(PloverType t) {
        return type == t || altTypes.contains(t);
    }
}
