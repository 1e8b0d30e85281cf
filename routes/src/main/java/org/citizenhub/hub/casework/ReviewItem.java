package org.citizenhub.hub.casework;

import java.time.Instant;
import java.util.List;
import org.citizenhub.core.match.FieldComparison;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.record.RecordKey;

/**
 * A pair for a caseworker to decide: {@code first} is the record that was being ingested, {@code second} the
 * record it was compared with; the comparison's state, score and fields; {@code note} why the engine would
 * not decide alone (a refused merge), when it said.
 */
public record ReviewItem(long id, RecordKey first, RecordKey second, LinkState state, double score, String note,
                         List<FieldComparison> fields, ReviewStatus status, Instant createdAt) {

    public ReviewItem {
        fields = List.copyOf(fields);
    }
}
