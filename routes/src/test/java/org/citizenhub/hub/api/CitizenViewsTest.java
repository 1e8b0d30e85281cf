package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.fhir.FhirPatientWriter;
import org.citizenhub.hub.fhir.FhirSettings;
import org.citizenhub.hub.profile.ProfileFixtures;
import org.citizenhub.hub.store.HubStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The citizen response after a merge: the absorbed id answers with the survivor and says so. */
class CitizenViewsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HubStore store;
    private CitizenViews views;

    @BeforeEach
    void store() {
        ProfileFixtures.Fixture fixture = ProfileFixtures.open("citizen-views");
        store = fixture.store();
        // straight from the database: the views do not care whether a cache sits in between
        views = new CitizenViews(fixture.assembler(), new FhirPatientWriter(FhirSettings.defaults()));
    }

    @Test
    void aMergedIdAnswersWithTheSurvivorAndNamesBoth() throws Exception {
        String survivor = store.sink().ingest(ProfileFixtures.person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        String absorbed = store.sink().ingest(ProfileFixtures.person("health", "B", null, "Ann", "Jones", "1980-01-02")).citizenId();
        store.sink().ingest(ProfileFixtures.person("benefits", "C", "AB123456C", "Ann", "Jones", "1980-01-02"));

        CitizenView view = views.byId(absorbed).orElseThrow();
        JsonNode body = JSON.readTree(views.json(view));

        assertThat(view.id()).isEqualTo(survivor);
        assertThat(body.path("id").asText()).isEqualTo(survivor);
        assertThat(body.path("requestedId").asText()).isEqualTo(absorbed);
        assertThat(body.path("mergedInto").asText()).isEqualTo(survivor);
        assertThat(keys(body.path("records"))).containsExactly("benefits/C", "health/B", "tax/A");
        assertThat(body.path("absorbedIds")).extracting(JsonNode::asText).containsExactly(absorbed);
        JsonNode direct = JSON.readTree(views.json(views.byId(survivor).orElseThrow()));
        assertThat(direct.has("requestedId")).isFalse();
        assertThat(direct.path("id").asText()).isEqualTo(survivor);
        assertThat(views.byRecord(new RecordKey("health", "B")).orElseThrow().id()).isEqualTo(survivor);
    }

    @Test
    void theFhirFormOfAMergedIdIsTheSurvivorReplacingIt() {
        String survivor = store.sink().ingest(ProfileFixtures.person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        String absorbed = store.sink().ingest(ProfileFixtures.person("health", "B", null, "Ann", "Jones", "1980-01-02")).citizenId();
        store.sink().ingest(ProfileFixtures.person("benefits", "C", "AB123456C", "Ann", "Jones", "1980-01-02"));

        JsonNode patient = readTree(views.fhir(views.byId(absorbed).orElseThrow()));

        assertThat(patient.path("resourceType").asText()).isEqualTo("Patient");
        assertThat(patient.path("id").asText()).isEqualTo(survivor);
        assertThat(patient.path("link").get(0).path("other").path("reference").asText()).isEqualTo("Patient/" + absorbed);
        assertThat(patient.path("link").get(0).path("type").asText()).isEqualTo("replaces");
    }

    @Test
    void unknownIdsAndRecordsHaveNoView() {
        assertThat(views.byId("C0000")).isEmpty();
        assertThat(views.byRecord(new RecordKey("tax", "nope"))).isEmpty();
    }

    private static JsonNode readTree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> keys(JsonNode records) {
        List<String> keys = new ArrayList<>();
        records.forEach(r -> keys.add(r.path("source").asText() + "/" + r.path("recordId").asText()));
        return keys;
    }
}
