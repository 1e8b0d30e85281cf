package org.citizenhub.hub.connector;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.citizenhub.connectors.RunSummary;
import org.citizenhub.hub.store.SqlTime;
import org.citizenhub.hub.store.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The history of connector runs: one row per run with its counts, or its error when it failed. */
public final class ConnectorRunRepository {

    private final JdbcClient jdbc;

    public ConnectorRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ConnectorRun recordSuccess(RunSummary summary) {
        return insert(summary.connectorId(), summary.startedAt(), summary.finishedAt(), summary.read(),
                summary.ingested(), summary.deadLettered(), ConnectorRun.Outcome.SUCCEEDED, null);
    }

    /**
     * A run that stopped on an error, with the counts up to it (what was read stays ingested or
     * dead-lettered). The error text names the problem, never personal data.
     */
    public ConnectorRun recordFailure(RunSummary partial, String error) {
        return insert(partial.connectorId(), partial.startedAt(), partial.finishedAt(), partial.read(), partial.ingested(),
                partial.deadLettered(), ConnectorRun.Outcome.FAILED, Texts.limit(error, 2000));
    }

    public Optional<ConnectorRun> latest(String connectorId) {
        return jdbc.sql("""
                        SELECT id, connector_id, started_at, finished_at, records_read, ingested, dead_lettered, outcome, error
                          FROM connector_run WHERE connector_id = :id ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("id", connectorId)
                .query(ConnectorRunRepository::row)
                .optional();
    }

    private ConnectorRun insert(String connectorId, Instant startedAt, Instant finishedAt, long read, long ingested,
                                long deadLettered, ConnectorRun.Outcome outcome, String error) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO connector_run (connector_id, started_at, finished_at, records_read, ingested, dead_lettered,
                                                   outcome, error)
                        VALUES (:connector, :startedAt, :finishedAt, :read, :ingested, :deadLettered, :outcome, :error)""")
                .param("connector", connectorId)
                .param("startedAt", SqlTime.toSql(startedAt))
                .param("finishedAt", SqlTime.toSql(finishedAt))
                .param("read", read)
                .param("ingested", ingested)
                .param("deadLettered", deadLettered)
                .param("outcome", outcome.name())
                .param("error", error)
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey(), "generated run id").longValue();
        return new ConnectorRun(id, connectorId, startedAt, finishedAt, read, ingested, deadLettered, outcome, error);
    }

    private static ConnectorRun row(ResultSet rs, int rowNum) throws SQLException {
        return new ConnectorRun(rs.getLong("id"), rs.getString("connector_id"), SqlTime.read(rs, "started_at"),
                SqlTime.read(rs, "finished_at"), rs.getLong("records_read"), rs.getLong("ingested"),
                rs.getLong("dead_lettered"), ConnectorRun.Outcome.valueOf(rs.getString("outcome")), rs.getString("error"));
    }
}
