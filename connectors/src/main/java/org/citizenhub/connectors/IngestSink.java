package org.citizenhub.connectors;

import org.citizenhub.core.record.SourceRecord;

/** Where a connector run delivers its output. The hub's store implements it; tests may collect. */
public interface IngestSink {

    /** A record that mapped and validated. Must be idempotent: the same record twice changes nothing. */
    void accept(SourceRecord record);

    /** A record that could not be read, mapped or validated, or whose ingest failed. */
    void reject(DeadLetter letter);
}
