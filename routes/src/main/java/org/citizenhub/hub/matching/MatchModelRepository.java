package org.citizenhub.hub.matching;

import java.time.Instant;
import java.util.Optional;
import org.citizenhub.core.match.score.MatchModel;
import org.citizenhub.core.match.score.ModelJson;
import org.citizenhub.hub.store.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code match_model} table: every model learnt, newest in use. Keeps the last {@value #KEEP} rows. A
 * stored model the engine can no longer read (its fields or levels changed) is skipped with a warning, so
 * the hub falls back to an older model or the cold start instead of failing to start.
 */
public final class MatchModelRepository {

    static final int KEEP = 5;
    private static final Logger LOG = LoggerFactory.getLogger(MatchModelRepository.class);

    /** A stored model's bookkeeping, without the model itself. */
    public record Info(long id, Instant createdAt, long recordCount) {
    }

    private final JdbcClient jdbc;

    public MatchModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the model as the one in use; older rows beyond the last few are pruned. */
    public StoredModel save(MatchModel model, long recordCount, Instant now) {
        jdbc.sql("INSERT INTO match_model (created_at, record_count, model_json) VALUES (:at, :count, :json)")
                .param("at", SqlTime.toSql(now))
                .param("count", recordCount)
                .param("json", ModelJson.write(model))
                .update();
        Info info = latestInfo().orElseThrow(() -> new IllegalStateException("match model row not found after insert"));
        jdbc.sql("DELETE FROM match_model WHERE id <= :oldest")
                .param("oldest", info.id() - KEEP)
                .update();
        return new StoredModel(info.id(), info.createdAt(), info.recordCount(), model);
    }

    /** The newest model's bookkeeping (cheap: the model text is not read). */
    public Optional<Info> latestInfo() {
        return jdbc.sql("SELECT id, created_at, record_count FROM match_model ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> new Info(rs.getLong("id"), SqlTime.read(rs, "created_at"), rs.getLong("record_count")))
                .optional();
    }

    /** The newest model the engine can read. */
    public Optional<StoredModel> latest() {
        for (Info info : jdbc.sql("SELECT id, created_at, record_count FROM match_model ORDER BY id DESC")
                .query((rs, n) -> new Info(rs.getLong("id"), SqlTime.read(rs, "created_at"), rs.getLong("record_count")))
                .list()) {
            String json = jdbc.sql("SELECT model_json FROM match_model WHERE id = :id")
                    .param("id", info.id())
                    .query(String.class)
                    .single();
            try {
                return Optional.of(new StoredModel(info.id(), info.createdAt(), info.recordCount(), ModelJson.read(json)));
            } catch (IllegalArgumentException e) {
                LOG.warn("Stored match model {} cannot be used by this engine, skipped: {}", info.id(), e.getMessage());
            }
        }
        return Optional.empty();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM match_model").query(Long.class).single();
    }
}
