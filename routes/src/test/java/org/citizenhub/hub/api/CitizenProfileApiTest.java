package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastInstance;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.citizenhub.hub.fhir.HapiR4;
import org.citizenhub.hub.profile.ProfileEntry;
import org.citizenhub.hub.profile.ProfileMaps;
import org.hl7.fhir.r4.model.Patient;
import org.citizenhub.hub.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The merged profile over HTTP, in the shared application context: served from the Hazelcast map after the
 * start-up ingest, replaced when a linked record changes, as a FHIR Patient that HAPI accepts, and listed in
 * the OpenAPI document.
 */
class CitizenProfileApiTest extends HubApplicationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    HazelcastInstance hazelcast;

    @Autowired
    MeterRegistry meters;

    private boolean healthFileChanged;

    @BeforeEach
    void startupRunsDone() {
        awaitStartupRuns();
    }

    @AfterEach
    void restoreTheHealthAgency() throws IOException {
        if (healthFileChanged) {
            Files.writeString(HubTestAgencies.DIR.resolve("health.ndjson"), HubTestAgencies.HEALTH_NDJSON);
            assertThat(post("/api/v1/connectors/health/run").body().path("outcome").asText()).isEqualTo("SUCCEEDED");
        }
    }

    @Test
    void theProfileShowsEveryValueWithItsSourceAndIsServedFromTheCache() {
        String id = get("/api/v1/citizens/by-record/tax/T1").body().path("id").asText();

        Answer answer = get("/api/v1/citizens/" + id);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode fields = answer.body().path("fields");
        // Ann (tax) and Anne (health): two spellings of the name, each with its source
        assertThat(fields.path("name").path("values")).extracting(v -> v.path("value").path("given").asText() + "@"
                        + v.path("provenance").get(0).path("source").asText() + "/" + v.path("provenance").get(0).path("recordId").asText())
                .containsExactlyInAnyOrder("Ann@tax/T1", "Anne@health/H1");
        assertThat(fields.path("name").path("preferred").path("family").asText()).isEqualTo("Lee");
        // one national id that both agree on, however written
        assertThat(fields.path("nationalId").path("values")).singleElement()
                .satisfies(v -> assertThat(v.path("agreeing").asInt()).isEqualTo(2));
        assertThat(fields.path("dateOfBirth").path("preferred").asText()).isEqualTo("1980-01-02");
        assertThat(fields.path("dateOfBirth").path("conflict").asBoolean()).isFalse();
        assertThat(answer.body().path("records")).extracting(r -> r.path("source").asText() + "/" + r.path("recordId").asText()
                + ":" + r.path("state").asText() + ":" + r.path("origin").asText()).containsExactly("health/H1:MATCH:AUTO", "tax/T1:MATCH:AUTO");
        // the body is the cached entry, byte for byte, and the record index points at the citizen
        ProfileEntry cached = hazelcast.<String, ProfileEntry>getMap(ProfileMaps.PROFILES).get(id);
        assertThat(readTree(cached.jsonText())).isEqualTo(answer.body());
        assertThat(hazelcast.<String, String>getMap(ProfileMaps.RECORD_INDEX).get("health/H1")).isEqualTo(id);
        assertThat(get("/api/v1/citizens/by-record/health/H1").body()).isEqualTo(answer.body());
    }

    @Test
    void aChangedLinkedRecordReplacesTheCachedProfileAndItsConflictIsFlagged() throws IOException {
        String id = get("/api/v1/citizens/by-record/health/H1").body().path("id").asText();

        // when: the health agency's copy of Ann now has day and month swapped, and its connector runs again
        Files.writeString(HubTestAgencies.DIR.resolve("health.ndjson"),
                HubTestAgencies.HEALTH_NDJSON.replace("\"dob\":\"1980-01-02\"", "\"dob\":\"1980-02-01\""));
        healthFileChanged = true;
        Answer run = post("/api/v1/connectors/health/run");
        assertThat(run.body().path("outcome").asText()).isEqualTo("SUCCEEDED");

        // then: the cache entry holds the new value, both dates are shown with their sources, and the conflict is flagged
        String cached = hazelcast.<String, ProfileEntry>getMap(ProfileMaps.PROFILES).get(id).jsonText();
        assertThat(cached).contains("1980-02-01");
        JsonNode profile = get("/api/v1/citizens/" + id).body();
        JsonNode dob = profile.path("fields").path("dateOfBirth");
        assertThat(dob.path("conflict").asBoolean()).isTrue();
        assertThat(dob.path("conflictReason").asText()).contains("different dates of birth");
        assertThat(dob.path("values")).extracting(v -> v.path("value").asText() + "@" + v.path("provenance").get(0).path("source").asText())
                .containsExactlyInAnyOrder("1980-01-02@tax", "1980-02-01@health");
        assertThat(profile.path("hasConflicts").asBoolean()).isTrue();
        assertThat(profile.path("conflicts")).extracting(c -> c.path("field").asText()).containsExactly("dateOfBirth");
    }

    @Test
    void theProfileGoesOutWithItsLengthAndUntimed() throws Exception {
        String id = get("/api/v1/citizens/by-record/tax/T1").body().path("id").asText();

        HttpResponse<String> response = getWithAccept("/api/v1/citizens/" + id, "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(response.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(readTree(response.body()).path("id").asText()).isEqualTo(id);
        // nor is it timed for metrics: no endpoint exposes them, and the timing cost 3% of a read's CPU
        assertThat(meters.find("http.server.requests").meters()).isEmpty();
    }

    @Test
    void askedForFhirTheProfileIsAPatientThatHapiAccepts() throws Exception {
        String id = get("/api/v1/citizens/by-record/tax/T1").body().path("id").asText();

        HttpResponse<String> response = getWithAccept("/api/v1/citizens/" + id, "application/fhir+json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
        assertThat(HapiR4.errors(response.body())).isEmpty();
        Patient patient = HapiR4.parsePatient(response.body());
        assertThat(patient.getIdPart()).isEqualTo(id);
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1980-01-02");
        assertThat(patient.getIdentifier()).extracting(i -> i.getSystem() + "|" + i.getValue())
                .contains("urn:citizen-hub:national-id|AB123456C", "urn:citizen-hub:source:tax|T1", "urn:citizen-hub:source:health|H1");
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Lee");
        assertThat(patient.getMeta().getLastUpdated()).isNotNull();
    }

    @Test
    void anUnknownIdIsA404ProblemInEitherFormat() throws Exception {
        HttpResponse<String> response = getWithAccept("/api/v1/citizens/C00000000000000000000", "application/fhir+json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(readTree(response.body()).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentListsTheCitizenEndpoints() {
        Answer doc = get("/api/api-doc");

        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().path("openapi").asText()).startsWith("3.");
        assertThat(doc.body().path("info").path("title").asText()).isEqualTo("Citizen Hub API");
        JsonNode paths = doc.body().path("paths");
        assertThat(paths.has("/v1/citizens/{id}")).as("paths: %s", paths.properties()).isTrue();
        assertThat(paths.has("/v1/citizens/by-record/{source}/{recordId}")).isTrue();
        assertThat(paths.path("/v1/citizens/{id}").path("get").path("responses").has("404")).isTrue();
    }

    private HttpResponse<String> getWithAccept(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept).header(AUTHORIZATION, TestSecurity.basic(TestSecurity.TESTER)).timeout(Duration.ofSeconds(30)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
