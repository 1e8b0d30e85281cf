package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unknown things are 404 and bad parameters 400, both as RFC 9457 problem details; health is UP. */
class ApiErrorsTest extends HubApplicationTestSupport {

    @Test
    void anUnknownCitizenIsA404Problem() {
        Answer answer = get("/api/v1/citizens/C00000000000000000000");

        assertProblem(answer, 404, "Not Found");
        assertThat(answer.body().path("detail").asText()).contains("C00000000000000000000");
    }

    @ParameterizedTest
    @CsvSource({
            "GET,  /api/v1/citizens/by-record/tax/NO-SUCH-RECORD, 404",
            "POST, /api/v1/connectors/no-such-connector/run,      404",
            "POST, /api/v1/dead-letters/987654321/replay,         404",
            "GET,  /api/v1/citizens/" + "C0123456789012345678901234567890123456789012345678901234567890123456789, 400",
            "GET,  /api/v1/citizens/bad%20id,                     400",
            "GET,  /api/v1/dead-letters?limit=0,                  400",
            "GET,  /api/v1/dead-letters?limit=501,                400",
            "GET,  /api/v1/dead-letters?limit=ten,                400",
            "GET,  /api/v1/dead-letters?status=LOST,              400",
            "GET,  /api/v1/dead-letters?connector=a%3Bb,          400",
            "POST, /api/v1/dead-letters/x/replay,                 400",
            "POST, /api/v1/dead-letters/-4/replay,                400",
    })
    void badOrUnknownRequestsAnswerWithAProblem(String method, String path, int status) {
        Answer answer = method.equals("GET") ? get(path) : post(path);

        assertProblem(answer, status, status == 404 ? "Not Found" : "Bad Request");
        assertThat(answer.body().path("detail").asText()).isNotBlank();
    }

    @Test
    void healthIsUp() {
        Answer health = get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void onlyHealthAndInfoAreExposed() {
        assertThat(get("/actuator/info").status()).isEqualTo(200);
        // not exposed, and denied before that matters: everything not allowed is 403
        assertThat(get("/actuator/env").status()).isEqualTo(403);
    }

    private static void assertProblem(Answer answer, int status, String title) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("type").asText()).isEqualTo("about:blank");
        assertThat(answer.body().path("title").asText()).isEqualTo(title);
        assertThat(answer.body().path("status").asInt()).isEqualTo(status);
    }
}
