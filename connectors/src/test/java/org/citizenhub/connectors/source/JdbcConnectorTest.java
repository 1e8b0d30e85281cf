package org.citizenhub.connectors.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.citizenhub.connectors.RunSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcConnectorTest {

    @TempDir
    Path folder;

    private final String url = "jdbc:h2:mem:tax-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Connection keepAlive;
    private ConnectorHarness hub;

    @BeforeEach
    void seed() throws Exception {
        keepAlive = DriverManager.getConnection(url, "sa", "");
        sql("""
                CREATE TABLE taxpayer (person_id VARCHAR(20) PRIMARY KEY, given_name VARCHAR(50), family_name VARCHAR(50),
                  birth_date DATE, nino VARCHAR(12), updated_at TIMESTAMP NOT NULL, version BIGINT NOT NULL)""");
        sql("CREATE TABLE taxpayer_archive (person_id VARCHAR(20), updated_at TIMESTAMP)");
        sql("""
                INSERT INTO taxpayer VALUES
                  ('T-1', 'Ada', 'Lovelace', DATE '1985-12-10', 'QQ123456A', TIMESTAMP '2024-03-01 09:00:00', 2),
                  ('T-2', 'Alan', 'Turing', DATE '1992-06-23', 'QQ123456B', TIMESTAMP '2024-03-02 09:30:00', 9),
                  ('T-3', NULL, NULL, DATE '1990-01-01', NULL, TIMESTAMP '2024-03-03 10:00:00', 10)""");
        hub = ConnectorHarness.start("jdbc.yml", folder, Map.of("JDBC_URL", url));
    }

    @AfterEach
    void close() throws SQLException {
        hub.close();
        keepAlive.close();
    }

    @Test
    void theFirstRunReadsEveryRowAndSavesTheGreatestTimestamp() {
        RunSummary summary = hub.runner.run("tax-db");

        assertThat(summary.read()).isEqualTo(3);
        assertThat(summary.ingested()).isEqualTo(2);
        assertThat(summary.deadLettered()).isEqualTo(1);
        assertThat(hub.sink.acceptedIds()).containsExactly("T-1", "T-2");
        assertThat(hub.sink.accepted.get(0).name().family()).isEqualTo("Lovelace");
        assertThat(hub.sink.accepted.get(0).nationalId()).isEqualTo("QQ123456A");
        assertThat(hub.sink.accepted.get(0).dateOfBirth().toString()).contains("1985");
        assertThat(hub.sink.rejected.get(0).recordId()).isEqualTo("T-3");
        assertThat(hub.sink.rejected.get(0).reason()).isEqualTo("record has neither a name nor a national id");
        assertThat(hub.checkpoints.watermark("tax-db")).contains("2024-03-03T10:00:00");
    }

    @Test
    void theNextRunReadsOnlyTheRowsChangedSinceTheWatermark() throws SQLException {
        hub.runner.run("tax-db");
        hub.sink.clear();
        sql("UPDATE taxpayer SET family_name = 'King', updated_at = TIMESTAMP '2024-04-01 08:15:30.5' WHERE person_id = 'T-1'");

        RunSummary second = hub.runner.run("tax-db");

        assertThat(second.read()).isEqualTo(1);
        assertThat(second.ingested()).isEqualTo(1);
        assertThat(hub.sink.acceptedIds()).containsExactly("T-1");
        assertThat(hub.sink.accepted.get(0).name().family()).isEqualTo("King");
        assertThat(hub.checkpoints.watermark("tax-db")).contains("2024-04-01T08:15:30.5");

        hub.sink.clear();
        RunSummary third = hub.runner.run("tax-db");

        assertThat(third.read()).isZero();
        assertThat(third.ingested()).isZero();
        assertThat(third.deadLettered()).isZero();
        assertThat(hub.checkpoints.watermark("tax-db")).contains("2024-04-01T08:15:30.5");
    }

    @Test
    void numericWatermarksCompareAsNumbers() throws SQLException {
        RunSummary first = hub.runner.run("tax-db-by-version");

        assertThat(first.read()).isEqualTo(3);
        assertThat(hub.sink.accepted.get(0).rawPayload()).contains("\"TAG\":\"#T-1\"");
        assertThat(hub.checkpoints.watermark("tax-db-by-version")).contains("10");

        hub.sink.clear();
        sql("UPDATE taxpayer SET version = 11 WHERE person_id = 'T-2'");
        RunSummary second = hub.runner.run("tax-db-by-version");

        assertThat(second.read()).isEqualTo(1);
        assertThat(hub.sink.acceptedIds()).containsExactly("T-2");
        assertThat(hub.checkpoints.watermark("tax-db-by-version")).contains("11");
    }

    @Test
    void noRowsMeansZeroCountsAndNoWatermark() {
        RunSummary summary = hub.runner.run("archive-db");

        assertThat(summary.read()).isZero();
        assertThat(summary.ingested()).isZero();
        assertThat(summary.deadLettered()).isZero();
        assertThat(hub.checkpoints.watermark("archive-db")).isEmpty();
    }

    @Test
    void aWatermarkQueryWithoutAnyStartingValueFailsClearly() {
        assertThatThrownBy(() -> hub.runner.run("tax-db-without-start"))
                .isInstanceOf(ConnectorRunException.class)
                .hasMessageContaining("uses :#watermark but there is no saved watermark and no initialWatermark");
    }

    @Test
    void aSavedWatermarkWinsOverTheInitialOne() {
        hub.checkpoints.saveWatermark("tax-db", "2024-03-02T09:30:00");

        RunSummary summary = hub.runner.run("tax-db");

        assertThat(summary.read()).isEqualTo(1);
        assertThat(hub.sink.rejected.get(0).recordId()).isEqualTo("T-3");
    }

    private void sql(String statement) throws SQLException {
        try (Statement st = keepAlive.createStatement()) {
            st.execute(statement);
        }
    }
}
