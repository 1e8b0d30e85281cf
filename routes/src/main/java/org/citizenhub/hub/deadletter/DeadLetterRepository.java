package org.citizenhub.hub.deadletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.hub.store.SqlTime;
import org.citizenhub.hub.store.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Dead letters. The same bad record read again (same connector, same record id and raw payload) while its
 * letter is still OPEN updates that letter instead of adding another, so re-running a connector does not
 * pile up copies.
 */
public final class DeadLetterRepository {

    public static final int MAX_REASON_LENGTH = 2000;
    private static final String COLUMNS = "id, connector_id, record_id, reason, raw_payload, failed_at, status, attempts";

    private final JdbcClient jdbc;

    public DeadLetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the letter (or refreshes the open one for the same payload) and returns its id. */
    public long store(DeadLetter letter) {
        String payloadHash = Texts.sha256(Objects.toString(letter.recordId(), "") + "\n" + Objects.toString(letter.rawPayload(), ""));
        Instant failedAt = letter.failedAt() == null ? Instant.now() : letter.failedAt();
        String reason = Texts.limit(Objects.requireNonNullElse(letter.reason(), "unknown reason"), MAX_REASON_LENGTH);
        Optional<Long> open = jdbc.sql("""
                        SELECT id FROM dead_letter
                         WHERE connector_id = :connector AND payload_hash = :hash AND status = 'OPEN'
                         ORDER BY id FETCH FIRST 1 ROWS ONLY""")
                .param("connector", letter.connectorId())
                .param("hash", payloadHash)
                .query(Long.class)
                .optional();
        if (open.isPresent()) {
            jdbc.sql("UPDATE dead_letter SET reason = :reason, failed_at = :failedAt WHERE id = :id")
                    .param("reason", reason)
                    .param("failedAt", SqlTime.toSql(failedAt))
                    .param("id", open.get())
                    .update();
            return open.get();
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO dead_letter (connector_id, record_id, reason, raw_payload, payload_hash, failed_at, status, attempts)
                        VALUES (:connector, :record, :reason, :raw, :hash, :failedAt, 'OPEN', 1)""")
                .param("connector", letter.connectorId())
                .param("record", Texts.limit(letter.recordId(), 200))
                .param("reason", reason)
                .param("raw", letter.rawPayload())
                .param("hash", payloadHash)
                .param("failedAt", SqlTime.toSql(failedAt))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated dead letter id").longValue();
    }

    public Optional<StoredDeadLetter> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dead_letter WHERE id = :id")
                .param("id", id)
                .query(DeadLetterRepository::row)
                .optional();
    }

    /** The newest letters first, optionally of one connector and one status. */
    public List<StoredDeadLetter> list(String connectorId, DeadLetterStatus status, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (connectorId != null) {
            where.append(" AND connector_id = :connector");
            params.put("connector", connectorId);
        }
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM dead_letter" + where + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .params(params)
                .query(DeadLetterRepository::row)
                .list();
    }

    public void markReplayed(long id) {
        jdbc.sql("UPDATE dead_letter SET status = 'REPLAYED' WHERE id = :id")
                .param("id", id)
                .update();
    }

    /** A replay that failed again: one more attempt, and the new reason. */
    public void recordFailedReplay(long id, String reason, Instant now) {
        jdbc.sql("UPDATE dead_letter SET attempts = attempts + 1, reason = :reason, failed_at = :now WHERE id = :id")
                .param("reason", Texts.limit(reason, MAX_REASON_LENGTH))
                .param("now", SqlTime.toSql(now))
                .param("id", id)
                .update();
    }

    public long countOpen() {
        return jdbc.sql("SELECT COUNT(*) FROM dead_letter WHERE status = 'OPEN'").query(Long.class).single();
    }

    private static StoredDeadLetter row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredDeadLetter(rs.getLong("id"), rs.getString("connector_id"), rs.getString("record_id"),
                rs.getString("reason"), rs.getString("raw_payload"), SqlTime.read(rs, "failed_at"),
                DeadLetterStatus.valueOf(rs.getString("status")), rs.getInt("attempts"));
    }
}
