package org.citizenhub.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.citizenhub.hub.security.TestSecurity;
import org.citizenhub.hub.testing.IsolatedHub;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application for the casework tests, API and browser alike (they add no configuration of their own, so
 * Spring reuses it): a random port, an H2 database in a temp folder, and {@link CaseworkAgencies}, whose two
 * connectors run at start. It is a context of its own, not the shared one of the other API tests, because
 * these tests link, unlink and merge: the shared context's tests count citizens and records.
 * The matcher is the application's own {@code RecordMatcher} bean, as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CaseworkAppTestSupport {

    /** An HTTP answer: status, content type and JSON body (null when empty). */
    public record Answer(int status, String contentType, JsonNode body) {
    }

    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void caseworkProperties(DynamicPropertyRegistry registry) {
        CaseworkAgencies.writeAll();
        IsolatedHub.register(registry, CaseworkAgencies.DIR.resolve("db/citizen-hub"), "citizen-hub-casework-test");
        registry.add("hub.connectors", () -> CaseworkAgencies.connectorFile().toString());
        TestSecurity.users(registry);
    }

    /** Waits until both connectors have finished their start-up run. */
    protected void awaitStartupRuns() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode connectors = get("/api/v1/connectors").body();
            assertThat(connectors).hasSize(2);
            connectors.forEach(c -> assertThat(c.has("lastRun")).as("last run of %s", c.path("id")).isTrue());
        });
    }

    protected String citizenOf(String source, String recordId) {
        Answer answer = get("/api/v1/citizens/by-record/" + source + "/" + recordId);
        assertThat(answer.status()).as("citizen of %s/%s", source, recordId).isEqualTo(200);
        return answer.body().path("id").asText();
    }

    /** Signed in as {@link TestSecurity#TESTER} (CASEWORKER and ADMIN). */
    protected Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestSecurity.basic(TestSecurity.TESTER)).GET());
    }

    protected Answer post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestSecurity.basic(TestSecurity.TESTER))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A decision: JSON body, made by the signed-in user {@code actor} (null: not signed in). */
    protected Answer decide(String path, String actor, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        if (actor != null) {
            request.header("Authorization", TestSecurity.basic(actor));
        }
        return send(request);
    }

    protected static String query(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.append(query.isEmpty() ? "?" : "&").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    body == null || body.isBlank() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
