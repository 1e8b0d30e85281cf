package org.citizenhub.connectors;

import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;

/**
 * Where a connector run delivers its output. The hub's store implements it; tests may collect.
 * Every method is abstract on purpose: a sink that silently ignored deletions would keep showing a record its
 * agency has withdrawn, and one that threw would dead-letter every deletion, so each sink must decide.
 */
public interface IngestSink {

    /** A record that mapped and validated. Must be idempotent: the same record twice changes nothing. */
    void accept(SourceRecord record);

    /**
     * The source says this record is gone (a status column, a deleted flag, a tombstone item). Must be
     * idempotent: deleting an unknown or already deleted record changes nothing. A later {@link #accept} of the
     * same key brings the record back.
     */
    void delete(RecordKey key);

    /** A record that could not be read, mapped or validated, or whose ingest failed. */
    void reject(DeadLetter letter);
}
