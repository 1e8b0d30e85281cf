package org.citizenhub.core.golden;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a value came from: the source (connector id), the record id the agency gave it, the record's
 * last update (null when the source does not say), and the value exactly as that record wrote it.
 */
public record Provenance<T>(String sourceId, String recordId, Instant updatedAt, T asWritten) {

    public Provenance {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(asWritten, "asWritten");
    }
}
