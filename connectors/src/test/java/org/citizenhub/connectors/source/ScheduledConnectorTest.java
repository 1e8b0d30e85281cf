package org.citizenhub.connectors.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledConnectorTest {

    @TempDir
    Path folder;

    @Test
    void aScheduledConnectorRunsAtStartAndThenOnItsTimer() throws Exception {
        Files.writeString(folder.resolve("tax.csv"), "id,name\nT-1,Ada Lovelace\nT-2,Alan Turing\n");

        try (ConnectorHarness hub = ConnectorHarness.start("scheduled.yml", folder, Map.of(), SourceOptions.defaults())) {
            assertThat(hub.camel.getRoute("tax-scheduled")).isNotNull();
            assertThat(hub.camel.getRoute(ConnectorRoutes.scheduleRouteId("tax-scheduled"))).isNotNull();

            // two records a run: at least three runs have happened
            await().atMost(Duration.ofSeconds(10)).until(() -> hub.sink.accepted.size() >= 6);
            assertThat(hub.sink.rejected).isEmpty();
        }
    }

    @Test
    void withoutSchedulingThereIsNoTimerRoute() throws Exception {
        Files.writeString(folder.resolve("tax.csv"), "id,name\nT-1,Ada Lovelace\n");

        try (ConnectorHarness hub = ConnectorHarness.start("scheduled.yml", folder, Map.of())) {
            assertThat(hub.camel.getRoute(ConnectorRoutes.scheduleRouteId("tax-scheduled"))).isNull();
            assertThat(hub.runner.run("tax-scheduled").ingested()).isEqualTo(1);
        }
    }
}
