package org.citizenhub.hub.casework;

import java.time.Instant;
import java.util.List;
import org.citizenhub.core.match.FieldComparison;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.record.RecordKey;

/**
 * Why a record was linked, as kept at link time: its comparison with {@code via}, the record it was linked
 * through. {@code via} null: the record founded its citizen, there was nothing to compare it with.
 */
public record Evidence(RecordKey record, RecordKey via, LinkState state, Double score, List<FieldComparison> fields,
                       Instant recordedAt) {

    public Evidence {
        fields = List.copyOf(fields);
    }

    public boolean isFounder() {
        return via == null;
    }
}
