package org.citizenhub.core.golden;

import java.time.Instant;
import org.citizenhub.core.record.SourceRecord;

/** Test records: a source, a record id and an update day ("2024-03-01"), or no update time. */
final class Records {

    private Records() {
    }

    static SourceRecord.Builder record(String source, String id, String updatedDay) {
        return SourceRecord.builder(source, id)
                .updatedAt(updatedDay == null ? null : Instant.parse(updatedDay + "T00:00:00Z"));
    }
}
