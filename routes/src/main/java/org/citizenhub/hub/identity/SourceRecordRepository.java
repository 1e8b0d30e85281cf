package org.citizenhub.hub.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citizenhub.core.match.LinkedRecord;
import org.citizenhub.core.match.LinkOrigin;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.store.SourceRecordJson;
import org.citizenhub.hub.store.SqlTime;
import org.citizenhub.hub.store.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stored source records (canonical JSON plus the raw payload) and their blocking keys. Records are keyed by
 * connector id and record id; the content hash tells an unchanged re-read from a change.
 */
public final class SourceRecordRepository {

    /** Keys longer than this are stored as their hash, so the key column stays small and indexable. */
    private static final int MAX_KEY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final SourceRecordJson json;

    public SourceRecordRepository(JdbcClient jdbc, SourceRecordJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The content hash of the stored version of the record, if it was stored before. */
    public Optional<String> contentHash(RecordKey key) {
        return jdbc.sql("SELECT content_hash FROM source_record WHERE source_id = :source AND record_id = :record")
                .param("source", key.sourceId())
                .param("record", key.recordId())
                .query(String.class)
                .optional();
    }

    public void insert(SourceRecord record, String canonical, String hash, Instant now) {
        jdbc.sql("""
                        INSERT INTO source_record (source_id, record_id, content_hash, canonical_json, raw_payload,
                                                   source_updated_at, first_seen, last_seen)
                        VALUES (:source, :record, :hash, :canonical, :raw, :updatedAt, :now, :now)""")
                .param("source", record.key().sourceId())
                .param("record", record.key().recordId())
                .param("hash", hash)
                .param("canonical", canonical)
                .param("raw", record.rawPayload())
                .param("updatedAt", SqlTime.toSql(record.updatedAt()))
                .param("now", SqlTime.toSql(now))
                .update();
    }

    public void update(SourceRecord record, String canonical, String hash, Instant now) {
        jdbc.sql("""
                        UPDATE source_record SET content_hash = :hash, canonical_json = :canonical, raw_payload = :raw,
                               source_updated_at = :updatedAt, last_seen = :now, deleted_at = NULL
                         WHERE source_id = :source AND record_id = :record""")
                .param("hash", hash)
                .param("canonical", canonical)
                .param("raw", record.rawPayload())
                .param("updatedAt", SqlTime.toSql(record.updatedAt()))
                .param("now", SqlTime.toSql(now))
                .param("source", record.key().sourceId())
                .param("record", record.key().recordId())
                .update();
    }

    /**
     * Soft-deletes a live record: it is kept for provenance with its deletion time, and its blocking keys are
     * removed so no new record is compared with it. Answers false for an unknown or already deleted record.
     */
    public boolean markDeleted(RecordKey key, Instant now) {
        int marked = jdbc.sql("UPDATE source_record SET deleted_at = :now WHERE source_id = :source AND record_id = :record AND deleted_at IS NULL")
                .param("now", SqlTime.toSql(now))
                .param("source", key.sourceId())
                .param("record", key.recordId())
                .update();
        if (marked == 0) {
            return false;
        }
        replaceKeys(key, Set.of());
        return true;
    }

    /** An unchanged re-read: only the raw payload (which may differ in unmapped fields) and last-seen time. */
    public void touch(RecordKey key, String rawPayload, Instant now) {
        jdbc.sql("UPDATE source_record SET raw_payload = :raw, last_seen = :now WHERE source_id = :source AND record_id = :record")
                .param("raw", rawPayload)
                .param("now", SqlTime.toSql(now))
                .param("source", key.sourceId())
                .param("record", key.recordId())
                .update();
    }

    /** Replaces the record's blocking keys with the given ones. */
    public void replaceKeys(RecordKey key, Set<String> blockingKeys) {
        jdbc.sql("DELETE FROM record_key WHERE source_id = :source AND record_id = :record")
                .param("source", key.sourceId())
                .param("record", key.recordId())
                .update();
        for (String blockingKey : storedKeys(blockingKeys)) {
            jdbc.sql("INSERT INTO record_key (blocking_key, source_id, record_id) VALUES (:key, :source, :record)")
                    .param("key", blockingKey)
                    .param("source", key.sourceId())
                    .param("record", key.recordId())
                    .update();
        }
    }

    /**
     * The linked records, other than {@code self}, that share at least one blocking key, at most
     * {@code limit} of them (in key order, so the choice is repeatable).
     */
    public List<LinkedRecord> candidates(Set<String> blockingKeys, RecordKey self, int limit) {
        if (blockingKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT sr.canonical_json, sr.raw_payload, l.citizen_id
                          FROM (SELECT DISTINCT source_id, record_id FROM record_key WHERE blocking_key IN (:keys)) k
                          JOIN source_record sr ON sr.source_id = k.source_id AND sr.record_id = k.record_id
                          JOIN record_link l ON l.source_id = k.source_id AND l.record_id = k.record_id
                         WHERE NOT (k.source_id = :source AND k.record_id = :record)
                         ORDER BY k.source_id, k.record_id
                         FETCH FIRST %d ROWS ONLY""".formatted(limit))
                .param("keys", storedKeys(blockingKeys))
                .param("source", self.sourceId())
                .param("record", self.recordId())
                .query((rs, n) -> new LinkedRecord(json.read(rs.getString("canonical_json"), rs.getString("raw_payload")),
                        rs.getString("citizen_id")))
                .list();
    }

    /**
     * Every record of the citizens that share at least one blocking key with the given keys, so that the
     * resolver can check a join against the whole citizen, not only the records that happen to share a key:
     * at most {@code maxCitizens} citizens (those sharing most keys first) and {@code maxRecords} records in
     * all, whole citizens only (the first one may be cut when it alone is larger). {@code self} is left out.
     * Read without raw payloads: matching never needs them.
     */
    public List<LinkedRecord> candidateCitizens(Set<String> blockingKeys, RecordKey self, int maxCitizens, int maxRecords) {
        if (blockingKeys.isEmpty()) {
            return List.of();
        }
        List<String> citizens = jdbc.sql("""
                        SELECT l.citizen_id, COUNT(*) AS shared
                          FROM record_key k
                          JOIN record_link l ON l.source_id = k.source_id AND l.record_id = k.record_id
                         WHERE k.blocking_key IN (:keys)
                           AND NOT (k.source_id = :source AND k.record_id = :record)
                         GROUP BY l.citizen_id
                         ORDER BY shared DESC, l.citizen_id
                         FETCH FIRST %d ROWS ONLY""".formatted(maxCitizens))
                .param("keys", storedKeys(blockingKeys))
                .param("source", self.sourceId())
                .param("record", self.recordId())
                .query((rs, n) -> rs.getString("citizen_id"))
                .list();
        return recordsOfCitizens(citizens, self, maxRecords);
    }

    /**
     * The records linked to the given citizens, in the order the citizens are given, whole citizens only up
     * to {@code maxRecords} records (the first citizen may be cut when it alone is larger); {@code self} left out.
     * Without raw payloads.
     */
    public List<LinkedRecord> recordsOfCitizens(List<String> citizenIds, RecordKey self, int maxRecords) {
        if (citizenIds.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, List<LinkedRecord>> byCitizen = new java.util.LinkedHashMap<>();
        citizenIds.forEach(c -> byCitizen.put(c, new ArrayList<>()));
        jdbc.sql("""
                        SELECT sr.canonical_json, l.citizen_id
                          FROM record_link l
                          JOIN source_record sr ON sr.source_id = l.source_id AND sr.record_id = l.record_id
                         WHERE l.citizen_id IN (:citizens)
                           AND NOT (l.source_id = :source AND l.record_id = :record)
                         ORDER BY l.citizen_id, l.source_id, l.record_id
                         FETCH FIRST %d ROWS ONLY""".formatted(Math.max(maxRecords, 1) * 4))
                .param("citizens", citizenIds)
                .param("source", self.sourceId())
                .param("record", self.recordId())
                .query((rs, n) -> new LinkedRecord(json.read(rs.getString("canonical_json"), null), rs.getString("citizen_id")))
                .list()
                .forEach(r -> byCitizen.get(r.citizenId()).add(r));
        List<LinkedRecord> records = new ArrayList<>();
        for (List<LinkedRecord> members : byCitizen.values()) {
            if (records.isEmpty() && members.size() > maxRecords) {
                records.addAll(members.subList(0, maxRecords));
                break;
            }
            if (records.size() + members.size() <= maxRecords) {
                records.addAll(members);
            }
        }
        return records;
    }

    public Optional<SourceRecord> find(RecordKey key) {
        return jdbc.sql("SELECT canonical_json, raw_payload FROM source_record WHERE source_id = :source AND record_id = :record")
                .param("source", key.sourceId())
                .param("record", key.recordId())
                .query((rs, n) -> json.read(rs.getString("canonical_json"), rs.getString("raw_payload")))
                .optional();
    }

    /** The records linked to a citizen, with their links, by source and record id. */
    public List<LinkedSourceRecord> linkedTo(String citizenId) {
        return jdbc.sql("""
                        SELECT sr.canonical_json, sr.raw_payload, l.source_id, l.record_id, l.citizen_id, l.state, l.score,
                               l.origin, l.updated_at
                          FROM record_link l
                          JOIN source_record sr ON sr.source_id = l.source_id AND sr.record_id = l.record_id
                         WHERE l.citizen_id = :citizen
                         ORDER BY l.source_id, l.record_id""")
                .param("citizen", citizenId)
                .query((rs, n) -> {
                    Double score = rs.getObject("score") == null ? null : rs.getDouble("score");
                    Link link = new Link(new RecordKey(rs.getString("source_id"), rs.getString("record_id")),
                            rs.getString("citizen_id"), LinkState.valueOf(rs.getString("state")), score,
                            LinkOrigin.valueOf(rs.getString("origin")), SqlTime.read(rs, "updated_at"));
                    return new LinkedSourceRecord(json.read(rs.getString("canonical_json"), rs.getString("raw_payload")), link);
                })
                .list();
    }

    /** Live records (a soft-deleted record is kept for provenance but no longer counts). */
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM source_record WHERE deleted_at IS NULL").query(Long.class).single();
    }

    /** Blocking keys as stored: a key longer than the column allows is stored as its hash (bulk writers use this too). */
    public static Collection<String> storedKeys(Set<String> blockingKeys) {
        Set<String> stored = new LinkedHashSet<>();
        for (String key : blockingKeys) {
            stored.add(key.length() <= MAX_KEY_LENGTH ? key : "sha256:" + Texts.sha256(key));
        }
        return new ArrayList<>(stored);
    }
}
