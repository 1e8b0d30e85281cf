package org.citizenhub.hub.casework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.store.SourceRecordJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code search_key} table: each stored record's {@link SearchKeys}, and the records a search's keys find. */
public final class SearchIndex {

    /** A record found by a search: how many of the search's keys it shares, and its citizen. */
    public record Candidate(SourceRecord record, String citizenId, int keysShared) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final SourceRecordJson json;

    public SearchIndex(JdbcClient jdbc, JdbcTemplate batch, SourceRecordJson json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Replaces the record's keys with the given ones. */
    public void replace(RecordKey record, Set<String> keys) {
        jdbc.sql("DELETE FROM search_key WHERE source_id = :source AND record_id = :record")
                .param("source", record.sourceId())
                .param("record", record.recordId())
                .update();
        if (keys.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(keys.size());
        for (String key : keys) {
            rows.add(new Object[] {key, record.sourceId(), record.recordId()});
        }
        batch.batchUpdate("INSERT INTO search_key (search_key, source_id, record_id) VALUES (?, ?, ?)", rows);
    }

    /**
     * The linked records sharing most of the given keys, at most {@code limit} of them (most keys shared
     * first, then by source and record id, so the choice is repeatable).
     */
    public List<Candidate> candidates(Collection<String> keys, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT sr.canonical_json, l.citizen_id, k.shared
                          FROM (SELECT source_id, record_id, COUNT(*) AS shared
                                  FROM search_key WHERE search_key IN (:keys)
                                 GROUP BY source_id, record_id
                                 ORDER BY COUNT(*) DESC, source_id, record_id
                                 FETCH FIRST %d ROWS ONLY) k
                          JOIN source_record sr ON sr.source_id = k.source_id AND sr.record_id = k.record_id
                          JOIN record_link l ON l.source_id = k.source_id AND l.record_id = k.record_id""".formatted(limit))
                .param("keys", List.copyOf(keys))
                .query((rs, n) -> new Candidate(json.read(rs.getString("canonical_json"), null),
                        rs.getString("citizen_id"), rs.getInt("shared")))
                .list();
    }

    /**
     * Stored records without any search key (stored before this index existed), after {@code after} in
     * key order, at most {@code limit}. A record whose fields give no key stays "unindexed", so callers
     * page on with the last key returned.
     */
    public List<SourceRecord> unindexed(RecordKey after, int limit) {
        return jdbc.sql("""
                        SELECT sr.canonical_json FROM source_record sr
                         WHERE (sr.source_id > :source OR (sr.source_id = :source AND sr.record_id > :record))
                           AND NOT EXISTS (SELECT 1 FROM search_key k
                                            WHERE k.source_id = sr.source_id AND k.record_id = sr.record_id)
                         ORDER BY sr.source_id, sr.record_id
                         FETCH FIRST %d ROWS ONLY""".formatted(limit))
                .param("source", after.sourceId())
                .param("record", after.recordId())
                .query((rs, n) -> json.read(rs.getString("canonical_json"), null))
                .list();
    }
}
