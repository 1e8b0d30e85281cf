package org.citizenhub.hub.matching;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.store.SourceRecordJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every live stored source record (soft-deleted ones are left out) in its canonical form, for training and batch resolution: read as a stream
 * (the driver fetches rows in pages) and without raw payloads, which matching never needs and which would
 * double the memory a national population takes. Read in a read-only transaction: PostgreSQL pages a result
 * only when auto-commit is off.
 */
public final class CanonicalRecords {

    private static final int FETCH_SIZE = 2_000;

    private final JdbcTemplate jdbc;
    private final SourceRecordJson json;
    private final TransactionTemplate readOnly;

    public CanonicalRecords(DataSource dataSource, SourceRecordJson json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.json = json;
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readOnly.setReadOnly(true);
    }

    /** All stored records, by source and record id. */
    public List<SourceRecord> loadAll() {
        List<SourceRecord> records = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, count())));
        readOnly.executeWithoutResult(status -> jdbc.query(
                "SELECT canonical_json FROM source_record WHERE deleted_at IS NULL ORDER BY source_id, record_id",
                (RowCallbackHandler) rs -> records.add(json.read(rs.getString(1), null))));
        return records;
    }

    /** Stored records linked to no citizen (an interrupted first load leaves them), at most {@code limit}, by key. */
    public List<RecordKey> unlinked(int limit) {
        return jdbc.query("""
                        SELECT sr.source_id, sr.record_id FROM source_record sr
                          LEFT JOIN record_link l ON l.source_id = sr.source_id AND l.record_id = sr.record_id
                         WHERE l.source_id IS NULL AND sr.deleted_at IS NULL
                         ORDER BY sr.source_id, sr.record_id
                         FETCH FIRST %d ROWS ONLY""".formatted(limit),
                (rs, n) -> new RecordKey(rs.getString(1), rs.getString(2)));
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM source_record WHERE deleted_at IS NULL", Long.class);
        return count == null ? 0 : count;
    }
}
