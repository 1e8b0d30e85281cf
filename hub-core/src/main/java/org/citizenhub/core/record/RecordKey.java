package org.citizenhub.core.record;

import java.util.Objects;

/** Identifies a source record: the connector it came from and the record id the agency gave it. */
public record RecordKey(String sourceId, String recordId) {

    public RecordKey {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(recordId, "recordId");
    }

    @Override
    public String toString() {
        return sourceId + "/" + recordId;
    }
}
