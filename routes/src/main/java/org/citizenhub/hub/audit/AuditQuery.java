package org.citizenhub.hub.audit;

import java.time.Instant;

/**
 * Which audit entries to find: any mix of citizen (a subject access request), actor, action, outcome and time
 * ({@code from} inclusive, {@code to} exclusive). A null criterion matches everything; all set criteria must
 * hold. Build it from {@link #ALL} with the {@code with...} methods.
 */
public record AuditQuery(String citizenId, String actor, AuditAction action, AuditOutcome outcome,
                         Instant from, Instant to) {

    /** Every entry. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

    public static AuditQuery forCitizen(String citizenId) {
        return ALL.withCitizen(citizenId);
    }

    public AuditQuery withCitizen(String id) {
        return new AuditQuery(id, actor, action, outcome, from, to);
    }

    public AuditQuery withActor(String name) {
        return new AuditQuery(citizenId, name, action, outcome, from, to);
    }

    public AuditQuery withAction(AuditAction what) {
        return new AuditQuery(citizenId, actor, what, outcome, from, to);
    }

    public AuditQuery withOutcome(AuditOutcome how) {
        return new AuditQuery(citizenId, actor, action, how, from, to);
    }

    /** Entries at or after {@code start} and before {@code end} (either may be null: open). */
    public AuditQuery between(Instant start, Instant end) {
        return new AuditQuery(citizenId, actor, action, outcome, start, end);
    }

    /** Whether the entry meets every set criterion: the same rule as the SQL, for callers holding entries. */
    public boolean matches(AuditEntry entry) {
        return (citizenId == null || citizenId.equals(entry.citizenId()))
                && (actor == null || actor.equals(entry.actor()))
                && (action == null || action.name().equals(entry.action()))
                && (outcome == null || outcome.name().equals(entry.outcome()))
                && (from == null || !entry.at().isBefore(AuditChain.stored(from)))
                && (to == null || entry.at().isBefore(AuditChain.stored(to)));
    }
}
