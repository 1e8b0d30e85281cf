package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.citizenhub.hub.security.TestSecurity;
import org.citizenhub.hub.testing.IsolatedHub;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for every HTTP test class (they add no configuration of their own, so Spring
 * reuses it): a random port, an H2 file database in a temp folder, and the test agencies' connector file,
 * whose connectors run at start, and {@link TestSecurity}'s users, partners and JWT issuer. Requests go over
 * real HTTP with {@link HttpClient}, signed in as {@link TestSecurity#TESTER} (CASEWORKER and ADMIN) unless a
 * test sends its own headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class HubApplicationTestSupport {

    /** An HTTP answer: status, content type and JSON body (null when empty). */
    record Answer(int status, String contentType, JsonNode body) {
    }

    /** An HTTP answer with its headers and the body as text. */
    record Full(int status, String contentType, HttpHeaders headers, String text) {

        JsonNode json() {
            try {
                return text == null || text.isBlank() ? null : JSON.readTree(text);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + text, e);
            }
        }
    }

    static final String AUTHORIZATION = "Authorization";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void hubProperties(DynamicPropertyRegistry registry) {
        HubTestAgencies.writeConnectorFile("[dd/MM/yyyy]");
        IsolatedHub.register(registry, HubTestAgencies.DIR.resolve("db/citizen-hub"), "citizen-hub-test");
        registry.add("hub.connectors", () -> HubTestAgencies.connectorFile().toString());
        TestSecurity.everything(registry);
        // every test class sends refused requests from 127.0.0.1 within the same minute: only the per-address
        // flood guard (AuditTrailTest) is tested here, not the overall one, which could swallow a test's entries
        registry.add("hub.audit.auth-failures.per-minute", () -> "1000000");
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header(AUTHORIZATION, TestSecurity.basic(TestSecurity.TESTER)).GET());
    }

    Answer post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header(AUTHORIZATION, TestSecurity.basic(TestSecurity.TESTER))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Any request with exactly the given headers (no sign-in unless they hold one); a JSON body for POST. */
    Full request(String method, String path, Map<String, String> headers, String jsonBody) {
        return exchange(method, path, headers, jsonBody, "application/json");
    }

    /** A form POST (the sign-in form) with exactly the given headers. */
    Full form(String path, Map<String, String> headers, String formBody) {
        return exchange("POST", path, headers, formBody, "application/x-www-form-urlencoded");
    }

    private Full exchange(String method, String path, Map<String, String> headers, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Full(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Waits until the connectors that run at start have finished their first run. */
    void awaitStartupRuns() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode connectors = get("/api/v1/connectors").body();
            assertThat(connectors).hasSize(3);
            connectors.forEach(c -> assertThat(c.has("lastRun") || !c.path("runAtStart").asBoolean())
                    .as("last run of %s", c.path("id")).isTrue());
        });
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
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
