package org.tawazun.graph;

import org.tawazun.ontology.PloverType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which dyad events to read. Every part is optional (null = no restriction) and the parts combine with AND, so a
 * store can translate a filter into one WHERE clause.
 *
 * @param actors     the actor side must be one of these codes
 * @param recipients the recipient side must be one of these codes
 * @param involving  either side must be one of these codes
 * @param since      first day, inclusive; when {@code since} or {@code until} is set, undated events are left out
 * @param until      last day, inclusive
 * @param types      PLOVER types to keep
 */
public record Filter(Set<String> actors, Set<String> recipients, Set<String> involving, LocalDate since,
                     LocalDate until, Set<PloverType> types) {
    /** Everything, undated events included. */
    public static final Filter ALL = new Filter(null, null, null, null, null, null);

    public Filter {
        actors = actors == null ? null : Set.copyOf(actors);
        recipients = recipients == null ? null : Set.copyOf(recipients);
        involving = involving == null ? null : Set.copyOf(involving);
        types = types == null ? null : Set.copyOf(types);
        if (since != null && until != null && since.isAfter(until))
            throw new IllegalArgumentException("since " + since + " is after until " + until);
    }

    public Filter withActors(Collection<String> codes) {
        return new Filter(Set.copyOf(codes), recipients, involving, since, until, types);
    }

    public Filter withRecipients(Collection<String> codes) {
        return new Filter(actors, Set.copyOf(codes), involving, since, until, types);
    }

    /** Events with one of these actors on either side. */
    public Filter involving(Collection<String> codes) {
        return new Filter(actors, recipients, Set.copyOf(codes), since, until, types);
    }

    /** Events between two of these actors (both sides in the set). */
    public Filter among(Collection<String> codes) {
        return withActors(codes).withRecipients(codes);
    }

    public Filter since(LocalDate d) {
        return new Filter(actors, recipients, involving, d, until, types);
    }

    public Filter until(LocalDate d) {
        return new Filter(actors, recipients, involving, since, d, types);
    }

    public Filter types(Collection<PloverType> ts) {
        return new Filter(actors, recipients, involving, since, until, ts.isEmpty() ? Set.of() : EnumSet.copyOf(ts));
    }

    /** True when the filter restricts dates, so undated events cannot pass. */
    public boolean dated() {
        return since != null || until != null;
    }

    /** The filter as a predicate: what an in-memory source applies (a store applies the same rules in its query). */
    public boolean test(DyadEvent e) {
        if (actors != null && !actors.contains(e.actor())) return false;
        if (recipients != null && !recipients.contains(e.recipient())) return false;
        if (involving != null && !involving.contains(e.actor()) && !involving.contains(e.recipient())) return false;
        if (types != null && !types.contains(e.type())) return false;
        if (dated()) {
            if (e.date() == null) return false;
            if (since != null && e.date().isBefore(since)) return false;
            if (until != null && e.date().isAfter(until)) return false;
        }
        return true;
    }
}
