package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end: the start-up runs of two file connectors, resolved and served over HTTP. */
class IngestApiTest extends HubApplicationTestSupport {

    @BeforeEach
    void startupRunsDone() {
        awaitStartupRuns();
    }

    @Test
    void onePersonInTwoSourcesIsOneCitizenWithBothRecords() {
        // when: the citizen of Ann's tax record is asked for
        Answer byRecord = get("/api/v1/citizens/by-record/tax/T1");
        assertThat(byRecord.status()).isEqualTo(200);
        String citizenId = byRecord.body().path("id").asText();

        Answer citizen = get("/api/v1/citizens/" + citizenId);

        // then: both of her records are linked to it, with their canonical fields
        assertThat(citizen.status()).isEqualTo(200);
        assertThat(citizen.contentType()).startsWith("application/json");
        JsonNode records = citizen.body().path("records");
        assertThat(records).hasSize(2);
        assertThat(keys(records)).containsExactly("health/H1", "tax/T1");
        JsonNode health = records.get(0);
        assertThat(health.path("state").asText()).isEqualTo("MATCH");
        assertThat(health.path("origin").asText()).isEqualTo("AUTO");
        // the probabilistic engine's match weight (log2 odds), above its link threshold of 6
        assertThat(health.path("score").asDouble()).isGreaterThan(6.0);
        assertThat(health.path("name").path("given").asText()).isEqualTo("Anne");
        assertThat(health.path("dateOfBirth").asText()).isEqualTo("1980-01-02");
        assertThat(health.path("nationalId").asText()).isNotBlank();
        assertThat(citizen.body().has("requestedId")).isFalse();
        assertThat(get("/api/v1/citizens/by-record/health/H1").body().path("id").asText()).isEqualTo(citizenId);
    }

    @Test
    void aDifferentPersonIsAnotherCitizen() {
        String ann = get("/api/v1/citizens/by-record/tax/T1").body().path("id").asText();
        String bob = get("/api/v1/citizens/by-record/tax/T2").body().path("id").asText();
        String dan = get("/api/v1/citizens/by-record/health/H2").body().path("id").asText();

        assertThat(List.of(ann, bob, dan)).doesNotHaveDuplicates().allMatch(id -> id.matches("C[0-9A-Z]{20}"));
        assertThat(keys(get("/api/v1/citizens/" + bob).body().path("records"))).containsExactly("tax/T2");
    }

    @Test
    void runningTheConnectorsAgainChangesNothing() {
        JsonNode statsBefore = get("/api/v1/stats").body();
        List<String> citizensBefore = citizenIds();

        Answer tax = post("/api/v1/connectors/tax/run");
        Answer health = post("/api/v1/connectors/health/run");

        assertThat(tax.status()).isEqualTo(200);
        assertThat(tax.body().path("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(tax.body().path("read").asLong()).isEqualTo(3);
        assertThat(tax.body().path("ingested").asLong() + tax.body().path("deadLettered").asLong()).isEqualTo(3);
        assertThat(health.body().path("ingested").asLong()).isEqualTo(2);
        assertThat(get("/api/v1/stats").body()).isEqualTo(statsBefore);
        assertThat(citizenIds()).isEqualTo(citizensBefore);
    }

    @Test
    void statsCountRecordsCitizensAndOpenDeadLetters() {
        JsonNode stats = get("/api/v1/stats").body();

        // four or five records (Cara's joins once her dead letter is replayed), one citizen fewer than records
        assertThat(stats.path("sourceRecords").asLong()).isBetween(4L, 5L);
        assertThat(stats.path("citizens").asLong()).isEqualTo(stats.path("sourceRecords").asLong() - 1);
        assertThat(stats.path("openDeadLetters").asLong()).isBetween(0L, 1L);
    }

    @Test
    void theConnectorsAreListedWithTheirLastRun() {
        JsonNode connectors = get("/api/v1/connectors").body();

        assertThat(connectors).extracting(c -> c.path("id").asText()).containsExactly("tax", "health", "archive");
        JsonNode tax = connectors.get(0);
        assertThat(tax.path("kind").asText()).isEqualTo("FILE");
        assertThat(tax.path("runAtStart").asBoolean()).isTrue();
        assertThat(tax.path("lastRun").path("connectorId").asText()).isEqualTo("tax");
        assertThat(tax.path("lastRun").path("read").asLong()).isEqualTo(3);
    }

    @Test
    void aRunThatCannotReadItsSourceIsRecordedAsFailedNotThrown() {
        Answer run = post("/api/v1/connectors/archive/run");

        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body().path("outcome").asText()).isEqualTo("FAILED");
        assertThat(run.body().path("error").asText()).contains("archive");
        assertThat(run.body().path("read").asLong()).isZero();
        JsonNode archive = get("/api/v1/connectors").body().get(2);
        assertThat(archive.path("lastRun").path("runId").asLong()).isEqualTo(run.body().path("runId").asLong());
        assertThat(get("/actuator/health").body().path("status").asText()).isEqualTo("UP");
    }

    private List<String> citizenIds() {
        List<String> ids = new ArrayList<>();
        for (String record : List.of("tax/T1", "tax/T2", "health/H1", "health/H2")) {
            ids.add(get("/api/v1/citizens/by-record/" + record).body().path("id").asText());
        }
        return ids;
    }

    private static List<String> keys(JsonNode records) {
        List<String> keys = new ArrayList<>();
        records.forEach(r -> keys.add(r.path("source").asText() + "/" + r.path("recordId").asText()));
        return keys;
    }
}
