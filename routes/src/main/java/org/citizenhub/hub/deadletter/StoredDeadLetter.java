package org.citizenhub.hub.deadletter;

import java.time.Instant;

/** A dead letter as stored. {@code attempts} counts the first ingest and every failed replay. */
public record StoredDeadLetter(
        long id,
        String connectorId,
        String recordId,
        String reason,
        String rawPayload,
        Instant failedAt,
        DeadLetterStatus status,
        int attempts) {
}
