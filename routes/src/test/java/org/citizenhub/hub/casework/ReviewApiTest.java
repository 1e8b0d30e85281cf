package org.citizenhub.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review queue: possible matches listed with both records and the explanation; accept and reject. */
class ReviewApiTest extends CaseworkAppTestSupport {

    @BeforeEach
    void startupRunsDone() {
        awaitStartupRuns();
    }

    @Test
    void possibleMatchesAreListedWithBothRecordsAndTheExplanation() {
        JsonNode item = item("clinic", "C10");

        assertThat(item.path("sameCitizen").asBoolean()).isFalse();
        assertThat(item.path("first").path("name").asText()).isEqualTo("N Rahman");
        assertThat(item.path("first").path("citizenId").asText()).isEqualTo(citizenOf("clinic", "C10"));
        assertThat(item.path("second").path("source").asText()).isEqualTo("registry");
        assertThat(item.path("second").path("recordId").asText()).isEqualTo("R10");
        assertThat(item.path("second").path("name").asText()).isEqualTo("Nadia Rahman");
        assertThat(item.path("second").path("dateOfBirth").asText()).isEqualTo("1988-06-17");
        assertThat(item.path("second").path("postcode").asText()).isEqualTo("LS1 2HL");
        assertThat(item.path("second").path("citizenId").asText()).isEqualTo(citizenOf("registry", "R10"));
        JsonNode comparison = item.path("comparison");
        assertThat(comparison.path("state").asText()).isEqualTo("POSSIBLE_MATCH");
        assertThat(comparison.path("verdict").asText()).startsWith("Possibly one person");
        assertThat(ExplainApiTest.field(comparison, "givenName").path("level").asText()).isEqualTo("initial");
        assertThat(ExplainApiTest.field(comparison, "dateOfBirth").path("level").asText()).isEqualTo("exact");
    }

    @Test
    void acceptingMergesTheTwoCitizensManually() {
        JsonNode item = item("clinic", "C7");
        String helen = citizenOf("registry", "R7");
        String initialOnly = citizenOf("clinic", "C7");

        Answer accept = decide("/api/v1/review/" + item.path("id").asLong() + "/accept", "casey",
                "{\"reason\":\"Same NHS letter in both files\"}");

        assertThat(accept.status()).isEqualTo(200);
        assertThat(accept.body().path("action").asText()).isEqualTo("ACCEPT");
        String survivor = accept.body().path("citizenId").asText();
        assertThat(survivor).isIn(helen, initialOnly);
        assertThat(citizenOf("clinic", "C7")).isEqualTo(survivor);
        assertThat(citizenOf("registry", "R7")).isEqualTo(survivor);
        assertThat(get("/api/v1/citizens/" + survivor).body().path("records"))
                .allSatisfy(r -> assertThat(r.path("origin").asText()).isEqualTo("MANUAL"));
        assertThat(findItem("clinic", "C7")).isNull();
        Answer again = decide("/api/v1/review/" + item.path("id").asLong() + "/accept", "casey", "{\"reason\":\"twice\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("detail").asText()).contains("already ACCEPTED");
    }

    @Test
    void rejectingKeepsThemApartThroughReingest() {
        JsonNode item = item("clinic", "C8");
        String samuel = citizenOf("registry", "R8");

        Answer reject = decide("/api/v1/review/" + item.path("id").asLong() + "/reject", "casey",
                "{\"reason\":\"Different people: the clinic's S Reid is Sarah\"}");

        assertThat(reject.status()).isEqualTo(200);
        assertThat(reject.body().path("action").asText()).isEqualTo("REJECT");
        assertThat(citizenOf("clinic", "C8")).isNotEqualTo(samuel);
        assertThat(findItem("clinic", "C8")).isNull();
        assertThat(get("/api/v1/citizens/" + citizenOf("clinic", "C8")).body().path("records").get(0).path("state").asText())
                .as("a possible match answered is a plain match").isEqualTo("MATCH");

        // the clinic's record changes and is matched again: no new review item, still apart
        CaseworkAgencies.change("reid");
        assertThat(post("/api/v1/connectors/clinic/run").body().path("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(findItem("clinic", "C8")).isNull();
        assertThat(citizenOf("clinic", "C8")).isNotEqualTo(citizenOf("registry", "R8"));
    }

    @Test
    void decisionsOnUnknownItemsAndBadPagesAreProblems() {
        assertThat(decide("/api/v1/review/999999/accept", "casey", "{\"reason\":\"r\"}").status()).isEqualTo(404);
        assertThat(decide("/api/v1/review/abc/reject", "casey", "{\"reason\":\"r\"}").status()).isEqualTo(400);
        assertThat(decide("/api/v1/review/1/reject", null, "{\"reason\":\"r\"}").status()).isEqualTo(401);
        assertThat(get("/api/v1/review?size=101").status()).isEqualTo(400);
        assertThat(get("/api/v1/review?page=0").status()).isEqualTo(400);
    }

    @Test
    void theQueueIsPaginated() {
        JsonNode all = get("/api/v1/review?size=100").body();
        long total = all.path("total").asLong();
        assertThat(all.path("items")).hasSize((int) total);

        JsonNode second = get("/api/v1/review?size=1&page=2").body();

        assertThat(second.path("total").asLong()).isEqualTo(total);
        if (total >= 2) {
            assertThat(second.path("items")).hasSize(1);
            assertThat(second.path("items").get(0).path("id").asLong()).isEqualTo(all.path("items").get(1).path("id").asLong());
        }
    }

    private JsonNode item(String source, String recordId) {
        JsonNode item = findItem(source, recordId);
        assertThat(item).as("review item of %s/%s", source, recordId).isNotNull();
        return item;
    }

    private JsonNode findItem(String source, String recordId) {
        for (JsonNode item : get("/api/v1/review?size=100").body().path("items")) {
            for (String side : new String[] {"first", "second"}) {
                if (item.path(side).path("source").asText().equals(source)
                        && item.path(side).path("recordId").asText().equals(recordId)) {
                    return item;
                }
            }
        }
        return null;
    }
}
