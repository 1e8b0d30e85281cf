package org.citizenhub.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/citizens/{id}/explain}: the evidence kept at link time, field by field. */
class ExplainApiTest extends CaseworkAppTestSupport {

    @BeforeEach
    void startupRunsDone() {
        awaitStartupRuns();
    }

    @Test
    void theLinkedRecordIsExplainedFieldByFieldWithItsTotal() {
        String william = citizenOf("registry", "R1");

        Answer answer = get("/api/v1/citizens/" + william + "/explain");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(body.path("citizenId").asText()).isEqualTo(william);
        assertThat(body.path("summary").asText()).isEqualTo("2 records from 2 sources are linked to this citizen.");
        JsonNode clinic = record(body, "clinic", "C1");
        JsonNode registry = record(body, "registry", "R1");
        assertThat(registry.path("how").asText()).startsWith("The first record of this citizen");
        assertThat(registry.path("comparisons")).isEmpty();
        assertThat(clinic.path("how").asText()).startsWith("Linked automatically");
        JsonNode comparison = clinic.path("comparisons").get(0);
        assertThat(comparison.path("with").path("recordId").asText()).isEqualTo("R1");
        assertThat(comparison.path("state").asText()).isEqualTo("MATCH");
        assertThat(comparison.path("recomputed").asBoolean()).isFalse();
        assertThat(comparison.path("verdict").asText()).startsWith("Strong enough to be one person (total weight +");
        JsonNode nationalId = field(comparison, "nationalId");
        assertThat(nationalId.path("label").asText()).isEqualTo("National id");
        assertThat(nationalId.path("level").asText()).isEqualTo("exact");
        assertThat(nationalId.path("weight").asDouble()).isPositive();
        assertThat(nationalId.path("sentence").asText()).isNotBlank();
        assertThat(field(comparison, "givenName").path("level").asText()).isEqualTo("exact");
        assertThat(field(comparison, "address").path("level").asText()).isEqualTo("missing");
        double sum = 0;
        for (JsonNode field : comparison.path("fields")) {
            sum += field.path("weight").asDouble();
        }
        assertThat(comparison.path("total").asDouble()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void anExplanationSaysNothingOfTheValuesCompared() {
        String william = citizenOf("registry", "R1");

        JsonNode comparisons = record(get("/api/v1/citizens/" + william + "/explain").body(), "clinic", "C1").path("comparisons");

        String fields = comparisons.get(0).path("fields").toString() + comparisons.get(0).path("verdict");
        assertThat(fields).doesNotContainIgnoringCase("JK482913A").doesNotContain("1971").doesNotContain("03-14")
                .doesNotContainIgnoringCase("Hartley").doesNotContainIgnoringCase("William");
    }

    @Test
    void anUnknownCitizenIsNotFound() {
        Answer answer = get("/api/v1/citizens/CUNKNOWN0000000000000/explain");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    static JsonNode record(JsonNode explanation, String source, String recordId) {
        for (JsonNode record : explanation.path("records")) {
            if (record.path("record").path("source").asText().equals(source)
                    && record.path("record").path("recordId").asText().equals(recordId)) {
                return record;
            }
        }
        throw new AssertionError("no record " + source + "/" + recordId + " in " + explanation);
    }

    static JsonNode field(JsonNode comparison, String name) {
        for (JsonNode field : comparison.path("fields")) {
            if (field.path("field").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + comparison);
    }
}
