package org.citizenhub.core.match;

import org.citizenhub.core.record.SourceRecord;

/** A source record already resolved to a citizen: a candidate for an incoming record. */
public record LinkedRecord(SourceRecord record, String citizenId) {
}
