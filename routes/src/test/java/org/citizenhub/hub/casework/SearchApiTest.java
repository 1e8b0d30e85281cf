package org.citizenhub.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /api/v1/citizens?...}: partial, misspelt and nickname searches, ranking, pages and bad input. */
class SearchApiTest extends CaseworkAppTestSupport {

    @BeforeEach
    void startupRunsDone() {
        awaitStartupRuns();
    }

    @Test
    void aMisspeltNameFindsThePersonFirst() {
        String william = citizenOf("registry", "R1");

        Answer answer = get("/api/v1/citizens" + query("name", "Wiliam Hartly", "dob", "14/03/1971"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode first = answer.body().path("results").get(0);
        assertThat(first.path("citizenId").asText()).isEqualTo(william);
        assertThat(first.path("name").asText()).isEqualTo("William Hartley");
        assertThat(first.path("dateOfBirth").asText()).isEqualTo("1971-03-14");
        assertThat(first.path("score").asDouble()).isGreaterThan(answer.body().path("results").get(1).path("score").asDouble());
    }

    @Test
    void aNicknameFindsThePersonAheadOfLookAlikes() {
        String william = citizenOf("registry", "R1");

        JsonNode results = get("/api/v1/citizens" + query("name", "Hartley, Bill")).body().path("results");

        assertThat(citizenIds(results)).first().isEqualTo(william);
        assertThat(citizenIds(results)).contains(citizenOf("registry", "R3"), citizenOf("registry", "R2"))
                .doesNotHaveDuplicates();
    }

    @Test
    void aPostcodeAloneOrANationalIdAloneFindsThePerson() {
        String william = citizenOf("registry", "R1");

        assertThat(citizenIds(get("/api/v1/citizens" + query("postcode", "ls27ab")).body().path("results")))
                .containsExactly(william);
        assertThat(citizenIds(get("/api/v1/citizens" + query("nationalId", "jk 482913 a")).body().path("results")))
                .first().isEqualTo(william);
    }

    @Test
    void resultsArePaginatedWithATotal() {
        JsonNode all = get("/api/v1/citizens" + query("name", "Hartley", "size", "100")).body();
        int total = all.path("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(2);

        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= total; page++) {
            JsonNode one = get("/api/v1/citizens" + query("name", "Hartley", "size", "1", "page", Integer.toString(page))).body();
            assertThat(one.path("page").asInt()).isEqualTo(page);
            assertThat(one.path("size").asInt()).isEqualTo(1);
            assertThat(one.path("total").asInt()).isEqualTo(total);
            assertThat(one.path("results")).hasSize(1);
            paged.addAll(citizenIds(one.path("results")));
        }

        assertThat(paged).containsExactlyElementsOf(citizenIds(all.path("results")));
        JsonNode beyond = get("/api/v1/citizens" + query("name", "Hartley", "size", "1", "page", Integer.toString(total + 1))).body();
        assertThat(beyond.path("results")).isEmpty();
        assertThat(beyond.path("total").asInt()).isEqualTo(total);
    }

    @Test
    void nobodyFoundIsAnEmptyPageNotAnError() {
        Answer answer = get("/api/v1/citizens" + query("name", "Zebedee Quux", "dob", "1901-01-01"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("total").asInt()).isZero();
        assertThat(answer.body().path("results")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                 | at least one of the parameters",
            "?name=R2D2                          | parameter 'name' may only hold",
            "?name=---                           | parameter 'name' must hold at least one letter",
            "?dob=31/02/1990                     | parameter 'dob' must be a date",
            "?dob=1990-13                        | parameter 'dob' must be a date",
            "?dob=yesterday                      | parameter 'dob' may only hold",
            "?postcode=LS2%3B7AB                 | parameter 'postcode' may only hold",
            "?phone=12345                        | parameter 'phone' must hold at least 6 digits",
            "?email=not-an-address               | parameter 'email' may only hold",
            "?nationalId=AB%27%3B--              | parameter 'nationalId' may only hold",
            "?name=Lee&size=101                  | parameter 'size' must be a whole number from 1 to 100",
            "?name=Lee&page=0                    | parameter 'page' must be a whole number",
    })
    void badParametersAreProblems(String queryString, String detail) {
        Answer answer = get("/api/v1/citizens" + queryString);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("status").asInt()).isEqualTo(400);
        assertThat(answer.body().path("detail").asText()).contains(detail);
    }

    @Test
    void anOverlongNameIsAProblemThatDoesNotQuoteIt() {
        String name = "A".repeat(101);

        Answer answer = get("/api/v1/citizens" + query("name", name));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("detail").asText()).contains("longer than 100").doesNotContain(name);
    }

    private static List<String> citizenIds(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.forEach(r -> ids.add(r.path("citizenId").asText()));
        return ids;
    }
}
