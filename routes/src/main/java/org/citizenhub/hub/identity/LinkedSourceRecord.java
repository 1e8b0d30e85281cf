package org.citizenhub.hub.identity;

import org.citizenhub.core.record.SourceRecord;

/** A stored source record together with its link to a citizen. */
public record LinkedSourceRecord(SourceRecord record, Link link) {
}
