package org.citizenhub.hub.audit;

import java.time.Instant;

/**
 * A recorded audit event as the log holds it: its place in the chain ({@code seq}, from 1 without gaps), when
 * it was recorded, the event's fields, the previous entry's hash and its own hash ({@link AuditChain#hash}).
 * Action and outcome are the stored names (an {@link AuditAction} or {@link AuditOutcome} name).
 */
public record AuditEntry(long seq, Instant at, String actor, String actorRole, String action, String citizenId,
                         String purpose, String outcome, String detail, String prevHash, String hash) {
}
