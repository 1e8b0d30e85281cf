package org.citizenhub.hub.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.deadletter.DeadLetterRepository;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch mode's ingest for a throw-away store (a {@code resolve} run without {@code --db}): the canonical records
 * are kept in memory, without their raw payloads, instead of being written to a database that is deleted at the
 * end of the run and read back once. A record read twice is kept once, the later version winning; a deleted
 * record is dropped, so it is in no crosswalk. Dead letters
 * go to the store, as always.
 */
public final class CollectingRecordSink implements IngestSink {

    private static final Comparator<SourceRecord> BY_KEY = Comparator
            .comparing((SourceRecord r) -> r.key().sourceId())
            .thenComparing(r -> r.key().recordId());

    private final Map<RecordKey, SourceRecord> records = new LinkedHashMap<>();
    private final DeadLetterRepository deadLetters;
    private final TransactionTemplate transactions;

    public CollectingRecordSink(DataSource dataSource, DeadLetterRepository deadLetters) {
        this.deadLetters = deadLetters;
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public synchronized void accept(SourceRecord record) {
        records.put(record.key(), new SourceRecord(record.key(), record.name(), record.otherNames(), record.dateOfBirth(),
                record.sex(), record.nationalId(), record.identifiers(), record.addresses(), record.phones(), record.emails(),
                record.createdAt(), record.updatedAt(), null));
    }

    /** A record its source deleted is simply not collected (a later read brings it back). */
    @Override
    public synchronized void delete(RecordKey key) {
        records.remove(key);
    }

    @Override
    public synchronized void reject(DeadLetter letter) {
        transactions.executeWithoutResult(status -> deadLetters.store(letter));
    }

    /** The records collected, by source and record id (the order a store would give), and forgets them. */
    public synchronized List<SourceRecord> drain() {
        List<SourceRecord> all = new ArrayList<>(records.values());
        records.clear();
        all.sort(BY_KEY);
        return all;
    }
}
