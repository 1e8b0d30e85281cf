package org.citizenhub.connectors.mapping;

import java.util.Objects;
import org.citizenhub.core.record.SourceRecord;

/**
 * One mapped native record and whether its source marked it as deleted. A deleted record carries its key and
 * raw payload only: a tombstone need not hold (or validate) any other field.
 */
public record MappedRecord(SourceRecord record, boolean deleted) {

    public MappedRecord {
        Objects.requireNonNull(record, "record");
    }
}
