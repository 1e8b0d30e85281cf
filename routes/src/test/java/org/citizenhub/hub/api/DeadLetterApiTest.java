package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A row the mapping cannot read becomes a dead letter, visible to an admin, and replays once the mapping is fixed. */
class DeadLetterApiTest extends HubApplicationTestSupport {

    @AfterEach
    void keepTheFixedFile() {
        // later tests may run the tax connector again: it must read Cara's row too, as the replay did
        HubTestAgencies.writeConnectorFile("[dd/MM/yyyy, yyyy.MM.dd]");
    }

    @Test
    void aBadRowIsADeadLetterThatReplaysAfterTheMappingIsFixed() {
        // given: the start-up run put Cara's row (a date format the mapping lacks) in the dead letters
        awaitStartupRuns();
        HubTestAgencies.writeConnectorFile("[dd/MM/yyyy]");
        JsonNode letters = get("/api/v1/dead-letters?connector=tax&status=open&limit=10").body();
        assertThat(letters).hasSize(1);
        JsonNode letter = letters.get(0);
        assertThat(letter.path("recordId").asText()).isEqualTo("T3");
        assertThat(letter.path("connector").asText()).isEqualTo("tax");
        assertThat(letter.path("status").asText()).isEqualTo("OPEN");
        assertThat(letter.path("reason").asText()).contains("dateOfBirth").doesNotContain("1990");
        assertThat(letter.path("rawPayload").asText()).contains("1990.07.15");
        assertThat(letter.path("attempts").asInt()).isEqualTo(1);
        long id = letter.path("id").asLong();
        assertThat(get("/api/v1/citizens/by-record/tax/T3").status()).isEqualTo(404);

        // when: replayed before the fix, it fails again and counts the attempt
        Answer again = post("/api/v1/dead-letters/" + id + "/replay");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("status").asText()).isEqualTo("OPEN");
        assertThat(again.body().path("attempts").asInt()).isEqualTo(2);

        // when: the admin adds the format to the connector file and replays
        HubTestAgencies.writeConnectorFile("[dd/MM/yyyy, yyyy.MM.dd]");
        Answer replayed = post("/api/v1/dead-letters/" + id + "/replay");

        // then: the record is ingested and has its own citizen; the letter is closed
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().path("status").asText()).isEqualTo("REPLAYED");
        JsonNode cara = get("/api/v1/citizens/by-record/tax/T3").body();
        assertThat(cara.path("records").get(0).path("dateOfBirth").asText()).isEqualTo("1990-07-15");
        assertThat(get("/api/v1/dead-letters?connector=tax&status=OPEN").body()).isEmpty();
        assertThat(post("/api/v1/dead-letters/" + id + "/replay").status()).isEqualTo(409);

        // and a new run with the fixed file reads the row without a new dead letter
        Answer run = post("/api/v1/connectors/tax/run");
        assertThat(run.body().path("deadLettered").asLong()).isZero();
        assertThat(get("/api/v1/dead-letters?connector=tax&status=OPEN").body()).isEmpty();
    }
}
