package org.tawazun.eval;

import org.tawazun.model.Event;
import org.tawazun.model.Modality;
import org.tawazun.ontology.PloverType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document-level matching rules (docs/evaluation.md):
 * <ul>
 *   <li>a system event matches a gold event when its type is the gold type or one of its alternatives and its
 *       actor and recipient codes intersect the gold lists (an empty gold list or "*" accepts anything);</li>
 *   <li>CONSULT, AGREE and COOPERATE also match with actor and recipient swapped;</li>
 *   <li>only asserted system events are claims: negated, future and hypothetical ones are left out;</li>
 *   <li>system events are deduplicated per document by type + actor codes + recipient codes;</li>
 *   <li>recall counts the required gold events that some system event matches; precision counts the system events
 *       that match any gold event, required or not.</li>
 * </ul>
 */
public final class DocumentMatcher {
    static final Set<PloverType> SYMMETRIC = EnumSet.of(PloverType.CONSULT, PloverType.AGREE, PloverType.COOPERATE);

    private DocumentMatcher() {
    }

    /** A deduplicated system claim: one per type + actor codes + recipient codes in a document. */
    public record Claim(PloverType type, List<String> actor, List<String> recipient, Event example) {
    }

    /** The outcome for one document. */
    public record Result(List<Claim> claims, List<Claim> correct, List<Claim> extra, List<GoldEvent> found, List<GoldEvent> missed) {
    }

    public static List<Claim> claims(List<Event> events) {
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.modality() != Modality.ASSERTED) continue;
            List<String> a = e.actorCodes();
            List<String> r = e.recipientCodes();
            out.putIfAbsent(e.type() + "|" + a + "|" + r, new Claim(e.type(), a, r, e));
        }
        return new ArrayList<>(out.values());
    }

    public static boolean matches(Claim c, GoldEvent g) {
        if (!g.acceptsType(c.type())) return false;
        if (intersects(c.actor(), g.actor()) && intersects(c.recipient(), g.recipient())) return true;
        return SYMMETRIC.contains(c.type()) && intersects(c.recipient(), g.actor()) && intersects(c.actor(), g.recipient());
    }

    static boolean intersects(List<String> system, List<String> gold) {
        if (gold.isEmpty() || gold.contains("*")) return true;
        for (String s : system) if (gold.contains(s)) return true;
        return false;
    }

    public static Result match(List<Event> events, List<GoldEvent> gold) {
        List<Claim> claims = claims(events);
        List<Claim> correct = new ArrayList<>();
        List<Claim> extra = new ArrayList<>();
        for (Claim c : claims) {
            boolean ok = false;
            for (GoldEvent g : gold) ok |= matches(c, g);
            (ok ? correct : extra).add(c);
        }
        List<GoldEvent> found = new ArrayList<>();
        List<GoldEvent> missed = new ArrayList<>();
        for (GoldEvent g : gold) {
            if (!g.required()) continue;
            boolean ok = false;
            for (Claim c : claims) ok |= matches(c, g);
            (ok ? found : missed).add(g);
        }
        return new Result(claims, correct, extra, found, missed);
    }
}
