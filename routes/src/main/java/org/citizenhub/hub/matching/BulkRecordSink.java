package org.citizenhub.hub.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.deadletter.DeadLetterRepository;
import org.citizenhub.hub.store.SourceRecordJson;
import org.citizenhub.hub.store.SqlTime;
import org.citizenhub.hub.store.Texts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingest of batch mode: stores source records in chunks of {@value #CHUNK}, JDBC batches in one
 * transaction per chunk, without matching (a {@link BatchResolution} links them afterwards) and without
 * blocking keys. Upserts by connector id and record id, so a record read twice is stored once, the later
 * version winning: a chunk is inserted as a whole, and when a record of it is already stored, the chunk is
 * redone as updates plus inserts (and so are later chunks). Dead letters are stored at once, as in the hub.
 * Call {@link #flush()} at the end of the runs. Raw payloads are kept unless the store is a throw-away one.
 */
public final class BulkRecordSink implements IngestSink {

    static final int CHUNK = 2_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DeadLetterRepository deadLetters;
    private final SourceRecordJson json;
    private final Clock clock;
    private final boolean keepRawPayloads;
    private final Map<RecordKey, SourceRecord> pending = new LinkedHashMap<>();
    private final AtomicLong stored = new AtomicLong();
    private boolean upsert;

    /** @param storeWasEmpty true when no source record is stored yet: chunks are then plainly inserted first */
    public BulkRecordSink(DataSource dataSource, DeadLetterRepository deadLetters, SourceRecordJson json, Clock clock,
                          boolean keepRawPayloads, boolean storeWasEmpty) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.deadLetters = deadLetters;
        this.json = json;
        this.clock = clock;
        this.keepRawPayloads = keepRawPayloads;
        this.upsert = !storeWasEmpty;
    }

    @Override
    public synchronized void accept(SourceRecord record) {
        pending.put(record.key(), record);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /**
     * A record its source deleted: dropped if still pending, soft-deleted (with its keys and any link removed)
     * if an earlier chunk already wrote it, so batch resolution never sees it.
     */
    @Override
    public synchronized void delete(RecordKey key) {
        pending.remove(key);
        transactions.executeWithoutResult(status -> {
            int marked = jdbc.update("UPDATE source_record SET deleted_at = ? WHERE source_id = ? AND record_id = ? AND deleted_at IS NULL",
                    SqlTime.toSql(clock.instant()), key.sourceId(), key.recordId());
            if (marked > 0) {
                jdbc.update("DELETE FROM record_key WHERE source_id = ? AND record_id = ?", key.sourceId(), key.recordId());
                jdbc.update("DELETE FROM record_link WHERE source_id = ? AND record_id = ?", key.sourceId(), key.recordId());
            }
        });
    }

    @Override
    public synchronized void reject(DeadLetter letter) {
        transactions.executeWithoutResult(status -> deadLetters.store(letter));
    }

    /** Writes what is pending. */
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Object now = SqlTime.toSql(clock.instant());
        List<Row> rows = new ArrayList<>(pending.size());
        for (SourceRecord record : pending.values()) {
            String canonical = json.write(record);
            rows.add(new Row(record, canonical, Texts.sha256(canonical)));
        }
        pending.clear();
        if (!upsert) {
            try {
                transactions.executeWithoutResult(status -> insert(rows, now));
                stored.addAndGet(rows.size());
                return;
            } catch (DataIntegrityViolationException e) {
                upsert = true; // a record read again: from here on, update what exists
            }
        }
        transactions.executeWithoutResult(status -> upsert(rows, now));
        stored.addAndGet(rows.size());
    }

    /** Records written so far (each key once per chunk). */
    public long stored() {
        return stored.get();
    }

    private record Row(SourceRecord record, String canonical, String hash) {
    }

    private void insert(List<Row> rows, Object now) {
        jdbc.batchUpdate("""
                INSERT INTO source_record (source_id, record_id, content_hash, canonical_json, raw_payload, source_updated_at,
                                           first_seen, last_seen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream().map(r -> new Object[] {r.record().key().sourceId(),
                r.record().key().recordId(), r.hash(), r.canonical(), raw(r.record()),
                SqlTime.toSql(r.record().updatedAt()), now, now}).toList());
    }

    private void upsert(List<Row> rows, Object now) {
        int[] updated = jdbc.batchUpdate("""
                UPDATE source_record SET content_hash = ?, canonical_json = ?, raw_payload = ?, source_updated_at = ?, last_seen = ?,
                       deleted_at = NULL
                 WHERE source_id = ? AND record_id = ?""", rows.stream().map(r -> new Object[] {r.hash(), r.canonical(),
                raw(r.record()), SqlTime.toSql(r.record().updatedAt()), now, r.record().key().sourceId(),
                r.record().key().recordId()}).toList());
        List<Row> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        if (!missing.isEmpty()) {
            insert(missing, now);
        }
    }

    private String raw(SourceRecord record) {
        return keepRawPayloads ? record.rawPayload() : null;
    }
}
