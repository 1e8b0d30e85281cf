package org.citizenhub.core.golden;

import java.time.Instant;

/**
 * One record's statement of one field value: its grouping key (equal for values written differently),
 * its position in the record's own list (a record's first phone is likely its main one), and its provenance.
 */
record Claim<T>(String key, int position, Provenance<T> provenance) {

    T value() {
        return provenance.asWritten();
    }

    String sourceId() {
        return provenance.sourceId();
    }

    String recordId() {
        return provenance.recordId();
    }

    Instant updatedAt() {
        return provenance.updatedAt();
    }
}
