package org.citizenhub.connectors.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.citizenhub.connectors.RunSummary;
import org.citizenhub.core.record.RecordKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeletionConnectorTest {

    /** are withdrawn (R-4 is a bare tombstone, which would not validate as a live record). */
    private static final String REGISTER_CSV = """
            ID,GIVEN,FAMILY,STATUS
            R-1,Ada,Lovelace,A
            R-2,Grace,Hopper,D
            R-3,Alan,Turing,
            R-4,,,deleted
            ,Nobody,Nowhere,D
            """;

    @TempDir
    Path folder;

    private ConnectorHarness hub;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(folder.resolve("register.csv"), REGISTER_CSV, StandardCharsets.UTF_8);
        hub = ConnectorHarness.start("deletions.yml", folder, Map.of());
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void rowsMarkedDeletedGoToTheSinkAsDeletionsAndAreCounted() {
        RunSummary summary = hub.runner.run("register-csv");

        assertThat(summary.read()).isEqualTo(5);
        assertThat(summary.ingested()).isEqualTo(2);
        assertThat(summary.deleted()).isEqualTo(2);
        assertThat(summary.deadLettered()).isEqualTo(1);
        assertThat(hub.sink.acceptedIds()).containsExactly("R-1", "R-3");
        assertThat(hub.sink.deleted).containsExactly(new RecordKey("register-csv", "R-2"), new RecordKey("register-csv", "R-4"));
        assertThat(hub.sink.rejected.get(0).reason()).contains("recordId");
    }
}
