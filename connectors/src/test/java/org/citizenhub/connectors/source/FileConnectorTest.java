package org.citizenhub.connectors.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.connectors.RunSummary;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileConnectorTest {

    /** Semicolons, CRLF, a BOM, quoted fields holding the delimiter, a line break and doubled quotes. */
    private static final String BENEFITS_CSV = "\uFEFFREF;first_name;surname;dob;address;postcode\r\n"
            + "B-1;Ada;Lovelace;10/12/1985;\"Flat 2; 1 High St\r\nLondon\";\"NW1 1AA\"\r\n"   // lines 2-3
            + "\"B-2\";\"Grace\";\"Hopper\";09/12/1986;\"5 \"\"Navy\"\" Yard\";SW1 2BB\r\n"      // line 4
            + "B-3;Alan;Turing;23/06/1992\r\n"                                                  // line 5: 4 columns
            + "\r\n"                                                                            // line 6: blank
            + ";Nobody;Nowhere;01/01/1990;x;y\r\n"                                              // line 7: no id
            + "B-5;Edsger;Dijkstra;11/05/1990;;";                                               // line 8, no final CRLF

    private static final String HEALTH_NDJSON = """
            {"id":"H-1","name":{"given":"Ada","family":"Lovelace"},"nhs":"9434765919"}

            {"id":"H-2","name":{"given":"Grace",
            [1,2,3]
            {"id":"H-3","name":{"given":"Alan","family":"Turing"}}
            """;

    @TempDir
    Path folder;

    private ConnectorHarness hub;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(folder.resolve("benefits.csv"), BENEFITS_CSV, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("health.ndjson"), HEALTH_NDJSON, StandardCharsets.UTF_8);
        hub = ConnectorHarness.start("files.yml", folder, Map.of());
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void csvWithSemicolonsCrlfAndQuotedFieldsIsIngestedAndBadRowsAreDeadLettered() {
        RunSummary summary = hub.runner.run("benefits-csv");

        assertThat(summary.connectorId()).isEqualTo("benefits-csv");
        assertThat(summary.read()).isEqualTo(5);
        assertThat(summary.ingested()).isEqualTo(3);
        assertThat(summary.deadLettered()).isEqualTo(2);
        assertThat(hub.sink.acceptedIds()).containsExactly("B-1", "B-2", "B-5");

        SourceRecord ada = hub.sink.accepted.get(0);
        assertThat(ada.name().given()).isEqualTo("Ada");
        assertThat(ada.name().family()).isEqualTo("Lovelace");
        assertThat(ada.dateOfBirth().toString()).contains("1985");
        assertThat(ada.rawPayload()).contains("\"address\":\"Flat 2; 1 High St\\r\\nLondon\"");
        assertThat(hub.sink.accepted.get(1).rawPayload()).contains("\"address\":\"5 \\\"Navy\\\" Yard\"");

        DeadLetter wrongColumns = hub.sink.rejected.get(0);
        assertThat(wrongColumns.connectorId()).isEqualTo("benefits-csv");
        assertThat(wrongColumns.recordId()).isNull();
        assertThat(wrongColumns.reason()).isEqualTo("line 5: expected 6 columns, found 4");
        assertThat(wrongColumns.rawPayload()).isEqualTo("B-3;Alan;Turing;23/06/1992");
        DeadLetter noId = hub.sink.rejected.get(1);
        assertThat(noId.reason()).startsWith("line 7: ").contains("recordId");
        assertThat(noId.rawPayload()).contains("Nobody");
    }

    @Test
    void everyRunReadsTheWholeFileAgain() {
        hub.runner.run("benefits-csv");
        hub.sink.clear();

        RunSummary second = hub.runner.run("benefits-csv");

        assertThat(second.read()).isEqualTo(5);
        assertThat(hub.sink.acceptedIds()).containsExactly("B-1", "B-2", "B-5");
    }

    @Test
    void ndjsonMalformedLinesAreDeadLetteredWithTheirLineNumber() {
        RunSummary summary = hub.runner.run("health-ndjson");

        assertThat(summary.read()).isEqualTo(4);
        assertThat(summary.ingested()).isEqualTo(2);
        assertThat(summary.deadLettered()).isEqualTo(2);
        assertThat(hub.sink.acceptedIds()).containsExactly("H-1", "H-3");
        assertThat(hub.sink.accepted.get(0).nationalId()).isEqualTo("9434765919");
        assertThat(hub.sink.rejected).extracting(DeadLetter::reason)
                .containsExactly("line 3: not valid JSON", "line 4: not a JSON object");
        assertThat(hub.sink.rejected).extracting(DeadLetter::rawPayload)
                .containsExactly("{\"id\":\"H-2\",\"name\":{\"given\":\"Grace\",", "[1,2,3]");
    }

    @Test
    void aMissingFileFailsTheRunWithItsPath() {
        assertThatThrownBy(() -> hub.runner.run("missing-file"))
                .isInstanceOf(ConnectorRunException.class)
                .hasMessageContaining("connector 'missing-file' run failed: file not found: ")
                .hasMessageContaining("absent.csv")
                .satisfies(e -> {
                    RunSummary partial = ((ConnectorRunException) e).partialSummary();
                    assertThat(partial.read()).isZero();
                    assertThat(partial.connectorId()).isEqualTo("missing-file");
                });
        assertThat(hub.sink.accepted).isEmpty();
    }

    @Test
    void anUnknownConnectorIsAClearError() {
        assertThatThrownBy(() -> hub.runner.run("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown connector 'nope'; known connectors: benefits-csv, health-ndjson, missing-file");
    }

    @Test
    void runAllRunsEveryConnectorEvenWhenOneFails() {
        assertThatThrownBy(() -> hub.runner.runAll())
                .isInstanceOf(ConnectorRunException.class)
                .hasMessageContaining("missing-file");

        assertThat(hub.sink.acceptedIds()).containsExactly("B-1", "B-2", "B-5", "H-1", "H-3");
    }

    @Test
    void aRecordTheSinkCannotStoreBecomesADeadLetterWithoutItsValues() {
        hub.sink.failOn(record -> record.key().recordId().equals("B-2"));

        RunSummary summary = hub.runner.run("benefits-csv");

        assertThat(summary.read()).isEqualTo(5);
        assertThat(summary.ingested()).isEqualTo(2);
        assertThat(summary.deadLettered()).isEqualTo(3);
        DeadLetter failed = hub.sink.rejected.stream().filter(l -> "B-2".equals(l.recordId())).findFirst().orElseThrow();
        assertThat(failed.reason()).isEqualTo("ingest failed: java.lang.IllegalStateException");
        assertThat(failed.rawPayload()).contains("Hopper");
    }

    @Test
    void runsOfOneConnectorDoNotOverlap() throws Exception {
        CountDownLatch firstRecordEntered = new CountDownLatch(1);
        CountDownLatch releaseFirstRecord = new CountDownLatch(1);
        hub.sink.failOn(record -> {
            if (firstRecordEntered.getCount() > 0) {
                firstRecordEntered.countDown();
                waitFor(releaseFirstRecord);
            }
            return false;
        });
        AtomicReference<RunSummary> firstRun = new AtomicReference<>();
        AtomicReference<RunSummary> secondRun = new AtomicReference<>();
        Thread first = new Thread(() -> firstRun.set(hub.runner.run("benefits-csv")));
        Thread second = new Thread(() -> secondRun.set(hub.runner.run("benefits-csv")));

        first.start();
        assertThat(firstRecordEntered.await(10, TimeUnit.SECONDS)).isTrue();
        second.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> waitsForTheRunPermit(second));
        assertThat(hub.sink.accepted).isEmpty();
        releaseFirstRecord.countDown();
        first.join(10_000);
        second.join(10_000);

        assertThat(firstRun.get().ingested()).isEqualTo(3);
        assertThat(secondRun.get().ingested()).isEqualTo(3);
        assertThat(hub.sink.acceptedIds()).containsExactly("B-1", "B-2", "B-5", "B-1", "B-2", "B-5");
    }

    private static boolean waitsForTheRunPermit(Thread thread) {
        return List.of(thread.getStackTrace()).stream()
                .anyMatch(frame -> frame.getClassName().equals(ExclusiveRunPolicy.class.getName()));
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
