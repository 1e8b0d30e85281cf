package org.citizenhub.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Manual link and unlink: recorded with actor and reason, stable ids, and they survive re-ingest. */
class LinkDecisionApiTest extends CaseworkAppTestSupport {

    @BeforeEach
    void startupRunsDone() {
        awaitStartupRuns();
    }

    @Test
    void anUnlinkedRecordStaysApartWhenTheConnectorsRunAgainWithChangedRecords() {
        // given: Grace's three records are one citizen
        String grace = citizenOf("registry", "R4");
        assertThat(citizenOf("clinic", "C4")).isEqualTo(grace);
        assertThat(citizenOf("clinic", "C4B")).isEqualTo(grace);

        // when: a caseworker detaches the clinic's C4
        Answer unlink = decide("/api/v1/citizens/" + grace + "/unlink", "casey",
                "{\"source\":\"clinic\",\"recordId\":\"C4\",\"reason\":\"Different person: the clinic confirmed by phone\"}");

        // then: the larger part keeps the id, C4 has a new citizen of its own, linked MANUAL
        assertThat(unlink.status()).isEqualTo(200);
        assertThat(unlink.body().path("action").asText()).isEqualTo("UNLINK");
        assertThat(unlink.body().path("citizenId").asText()).isEqualTo(grace);
        String detached = unlink.body().path("otherCitizenId").asText();
        assertThat(detached).isNotEqualTo(grace).matches("C[0-9A-Z]{20}");
        assertThat(citizenOf("clinic", "C4")).isEqualTo(detached);
        assertThat(citizenOf("registry", "R4")).isEqualTo(grace);
        JsonNode alone = get("/api/v1/citizens/" + detached).body().path("records");
        assertThat(alone).hasSize(1);
        assertThat(alone.get(0).path("origin").asText()).isEqualTo("MANUAL");

        // when: every Grace record changes at the source and both connectors run again
        CaseworkAgencies.change("okafor");
        assertThat(post("/api/v1/connectors/registry/run").body().path("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(post("/api/v1/connectors/clinic/run").body().path("outcome").asText()).isEqualTo("SUCCEEDED");

        // then: re-matching put nothing back
        assertThat(citizenOf("clinic", "C4")).isEqualTo(detached);
        assertThat(citizenOf("registry", "R4")).isEqualTo(grace);
        assertThat(citizenOf("clinic", "C4B")).isEqualTo(grace);

        // and the history says who and why
        JsonNode decisions = get("/api/v1/citizens/" + grace + "/explain").body().path("decisions");
        assertThat(decisions).anySatisfy(d -> {
            assertThat(d.path("action").asText()).isEqualTo("UNLINK");
            assertThat(d.path("actor").asText()).isEqualTo("casey");
            assertThat(d.path("reason").asText()).isEqualTo("Different person: the clinic confirmed by phone");
            assertThat(d.path("summary").asText()).contains("clinic/C4", detached);
        });
    }

    @Test
    void linkingMergesTwoCitizensAndTheAbsorbedIdRedirects() {
        String peter = citizenOf("registry", "R6");
        String other = citizenOf("clinic", "C6");
        assertThat(other).isNotEqualTo(peter);

        Answer link = decide("/api/v1/citizens/" + peter + "/link", "casey",
                "{\"otherCitizenId\":\"" + other + "\",\"reason\":\"Same person: moved to Manchester in 2021\"}");

        assertThat(link.status()).isEqualTo(200);
        assertThat(link.body().path("citizenId").asText()).isEqualTo(peter);
        assertThat(link.body().path("otherCitizenId").asText()).isEqualTo(other);
        JsonNode absorbed = get("/api/v1/citizens/" + other).body();
        assertThat(absorbed.path("id").asText()).isEqualTo(peter);
        assertThat(absorbed.path("requestedId").asText()).isEqualTo(other);
        assertThat(absorbed.path("mergedInto").asText()).isEqualTo(peter);
        assertThat(absorbed.path("records")).hasSize(2).allSatisfy(r -> {
            assertThat(r.path("origin").asText()).isEqualTo("MANUAL");
            assertThat(r.path("state").asText()).isEqualTo("MATCH");
        });
        JsonNode explanation = get("/api/v1/citizens/" + other + "/explain").body();
        assertThat(explanation.path("citizenId").asText()).isEqualTo(peter);
        assertThat(explanation.path("requestedId").asText()).isEqualTo(other);
        assertThat(explanation.path("decisions").get(0).path("action").asText()).isEqualTo("LINK");
        assertThat(ExplainApiTest.record(explanation, "clinic", "C6").path("comparisons").get(0).path("recomputed").asBoolean())
                .isTrue();

        // linking them again is a conflict: they are one citizen already
        Answer again = decide("/api/v1/citizens/" + other + "/link", "casey",
                "{\"otherCitizenId\":\"" + peter + "\",\"reason\":\"again\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDecisionNeedsAnActorAndAReason() {
        String william = citizenOf("registry", "R1");
        String path = "/api/v1/citizens/" + william + "/unlink";
        String body = "{\"source\":\"clinic\",\"recordId\":\"C1\",\"reason\":\"test\"}";

        // the actor is the signed-in caseworker: without sign-in there is no decision
        assertProblem(decide(path, null, body), 401, "sign in");
        assertProblem(decide(path, "casey", "{\"source\":\"clinic\",\"recordId\":\"C1\"}"), 400, "field 'reason' is required");
        assertProblem(decide(path, "casey", "{\"source\":\"clinic\",\"recordId\":\"C1\",\"reason\":\"   \"}"), 400,
                "field 'reason' is required");
        assertProblem(decide(path, "casey", "{\"source\":\"clinic\",\"recordId\":\"C1\",\"reason\":\"" + "x".repeat(1001) + "\"}"),
                400, "field 'reason' is longer than 1000");
        assertProblem(decide(path, "casey", "{not json"), 400, "not valid JSON");
        assertProblem(decide(path, "casey", "[1,2]"), 400, "must be a JSON object");
        assertProblem(decide(path, "casey", "{\"source\":\"cl inic\",\"recordId\":\"C1\",\"reason\":\"r\"}"), 400,
                "field 'source' may only hold");
        assertThat(citizenOf("clinic", "C1")).isEqualTo(william);
    }

    @Test
    void unknownCitizensAndRecordsAreNotFoundAndAnOnlyRecordCannotBeDetached() {
        String dan = citizenOf("clinic", "C9");
        String reason = ",\"reason\":\"test\"}";

        assertProblem(decide("/api/v1/citizens/CNOBODY/unlink", "casey", "{\"source\":\"clinic\",\"recordId\":\"C1\"" + reason),
                404, "no citizen has the id 'CNOBODY'");
        assertProblem(decide("/api/v1/citizens/" + dan + "/unlink", "casey", "{\"source\":\"clinic\",\"recordId\":\"NOPE\"" + reason),
                404, "no record 'NOPE' from source 'clinic'");
        assertProblem(decide("/api/v1/citizens/" + dan + "/link", "casey", "{\"otherCitizenId\":\"CNOBODY\"" + reason),
                404, "no citizen has the id 'CNOBODY'");
        assertProblem(decide("/api/v1/citizens/" + citizenOf("registry", "R3") + "/unlink", "casey",
                "{\"source\":\"registry\",\"recordId\":\"R3\"" + reason), 409, "only record");
        assertProblem(decide("/api/v1/citizens/" + citizenOf("registry", "R3") + "/unlink", "casey",
                "{\"source\":\"clinic\",\"recordId\":\"C1\"" + reason), 409, "is not linked to citizen");
    }

    private static void assertProblem(Answer answer, int status, String detail) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("detail").asText()).contains(detail);
    }
}
