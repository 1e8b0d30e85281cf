package org.citizenhub.connectors.source;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;

/** Keeps what a run delivers; can be told to fail on some records, as a database would. */
final class CollectingSink implements IngestSink {

    final List<SourceRecord> accepted = new CopyOnWriteArrayList<>();
    final List<DeadLetter> rejected = new CopyOnWriteArrayList<>();
    final List<RecordKey> deleted = new CopyOnWriteArrayList<>();
    private volatile Predicate<SourceRecord> failOn = record -> false;

    @Override
    public void accept(SourceRecord record) {
        if (failOn.test(record)) {
            throw new IllegalStateException("duplicate key value violates constraint: " + record.rawPayload());
        }
        accepted.add(record);
    }

    @Override
    public void delete(RecordKey key) {
        deleted.add(key);
    }

    @Override
    public void reject(DeadLetter letter) {
        rejected.add(letter);
    }

    void failOn(Predicate<SourceRecord> predicate) {
        this.failOn = predicate;
    }

    List<String> acceptedIds() {
        return accepted.stream().map(record -> record.key().recordId()).toList();
    }

    void clear() {
        accepted.clear();
        rejected.clear();
        deleted.clear();
    }
}
