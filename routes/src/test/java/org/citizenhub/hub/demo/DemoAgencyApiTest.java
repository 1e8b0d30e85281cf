package org.citizenhub.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo BENEFITS API behaves as an agency API would: bearer token required, pages of ten, then empty pages. */
class DemoAgencyApiTest {

    @TempDir
    static Path dir;

    private static DemoAgencyApi api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        DemoFiles.copyTo(dir);
        api = DemoAgencyApi.start(dir.resolve("benefits"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void refusesARequestWithoutABearerToken() throws Exception {
        HttpResponse<String> response = get("/api/v2/claimants?page=1&size=10", null);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void servesThreePagesOfClaimantsThenAnEmptyOne() throws Exception {
        JsonNode first = page(1);
        JsonNode third = page(3);
        JsonNode fourth = page(4);

        assertThat(first.path("items")).hasSize(10);
        assertThat(first.path("items").get(0).path("id").asText()).isEqualTo("BEN-5001");
        assertThat(third.path("items")).hasSize(6);
        assertThat(fourth.path("items")).isEmpty();
        assertThat(api.baseUrl()).startsWith("http://").contains(String.valueOf(api.port()));
    }

    private JsonNode page(int number) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/v2/claimants?page=" + number + "&size=10", "Bearer any-demo-token");
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
