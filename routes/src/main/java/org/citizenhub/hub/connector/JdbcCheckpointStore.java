package org.citizenhub.hub.connector;

import java.time.Clock;
import java.util.Optional;
import org.citizenhub.connectors.CheckpointStore;
import org.citizenhub.hub.store.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Connector watermarks in the {@code connector_checkpoint} table. */
public final class JdbcCheckpointStore implements CheckpointStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcCheckpointStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<String> watermark(String connectorId) {
        return jdbc.sql("SELECT watermark FROM connector_checkpoint WHERE connector_id = :id")
                .param("id", connectorId)
                .query(String.class)
                .optional();
    }

    @Override
    public synchronized void saveWatermark(String connectorId, String watermark) {
        int updated = jdbc.sql("UPDATE connector_checkpoint SET watermark = :watermark, updated_at = :now WHERE connector_id = :id")
                .param("watermark", watermark)
                .param("now", SqlTime.toSql(clock.instant()))
                .param("id", connectorId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO connector_checkpoint (connector_id, watermark, updated_at) VALUES (:id, :watermark, :now)")
                    .param("id", connectorId)
                    .param("watermark", watermark)
                    .param("now", SqlTime.toSql(clock.instant()))
                    .update();
        }
    }
}
