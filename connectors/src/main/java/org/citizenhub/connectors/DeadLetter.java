package org.citizenhub.connectors;

import java.time.Instant;

/**
 * A native record the hub could not ingest, with the reason. {@code recordId} is null when it could not
 * be read; {@code rawPayload} is the native record as read (a JSON object, or the raw text when it was
 * not even parseable), so an admin can see it and replay it after fixing the cause.
 */
public record DeadLetter(String connectorId, String recordId, String reason, String rawPayload, Instant failedAt) {
}
