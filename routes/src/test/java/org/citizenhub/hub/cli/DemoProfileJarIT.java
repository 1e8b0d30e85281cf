package org.citizenhub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's run command, as a process: the jar in the demo profile, on its own port, database and data folder.
 * It must come up healthy, ingest the demo agencies at start and serve a citizen known to all of them, to the
 * demo users the README names (caseworker casey, admin ada) and to the demo partner, with its scope only.
 */
class DemoProfileJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;

    private static JarProcess hub;
    private static String baseUrl;

    @BeforeAll
    static void startTheHubWithDemoData() throws IOException {
        int port = JarProcess.freePort();
        int clusterPort = JarProcess.freePort();
        baseUrl = "http://127.0.0.1:" + port;
        // a cluster of its own, so the test never joins a hub running on this machine
        Path hazelcast = Files.writeString(dir.resolve("hazelcast.yaml"), """
                hazelcast:
                  cluster-name: citizen-hub-demo-it-%d
                  properties:
                    hazelcast.phone.home.enabled: false
                    hazelcast.logging.type: slf4j
                  network:
                    port: {port: %d, auto-increment: false}
                    interfaces: {enabled: true, interfaces: [127.0.0.1]}
                    join:
                      auto-detection: {enabled: false}
                      multicast: {enabled: false}
                      tcp-ip: {enabled: true, member-list: ["127.0.0.1:%d"]}
                """.formatted(port, clusterPort, clusterPort));
        hub = JarProcess.start(dir, List.of(
                "--spring.profiles.active=demo",
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/hub").toAbsolutePath(),
                "--spring.hazelcast.config=file:" + hazelcast.toAbsolutePath()));
    }

    @AfterAll
    static void stopTheHub() throws InterruptedException {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void comesUpHealthyIngestsTheDemoAgenciesAndServesACitizenKnownToAllOfThem() throws Exception {
        await("health UP").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    assertThat(hub.isAlive()).as("the hub stopped:\n%s", hub.tail()).isTrue();
                    return "UP".equals(get("/actuator/health").path("status").asText());
                });

        await("demo connectors ran").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    assertThat(hub.isAlive()).as("the hub stopped:\n%s", hub.tail()).isTrue();
                    return StreamSupport.stream(get("/api/v1/connectors").spliterator(), false)
                            .filter(connector -> connector.has("lastRun")).count() == 4;
                });
        JsonNode connectors = get("/api/v1/connectors");
        assertThat(connectors).extracting(c -> c.path("id").asText()).containsExactly("tax", "health", "benefits", "housing");
        assertThat(connectors).as(connectors.toString()).allSatisfy(connector -> {
            assertThat(connector.path("lastRun").path("outcome").asText()).isEqualTo("SUCCEEDED");
            assertThat(connector.path("lastRun").path("deadLettered").asLong()).isEqualTo(1);
        });
        assertThat(get("/api/v1/stats").path("citizens").asLong()).isEqualTo(49);

        // person 1 of the demo population: TAX, HEALTH, BENEFITS and HOUSING all know her
        String citizenId = get("/api/v1/citizens/by-record/tax/TX-100201").path("id").asText();
        JsonNode citizen = get("/api/v1/citizens/" + citizenId);

        assertThat(citizen.path("id").asText()).isEqualTo(citizenId);
        List<String> records = new ArrayList<>();
        citizen.path("records").forEach(r -> records.add(r.path("source").asText() + "/" + r.path("recordId").asText()));
        assertThat(records).containsExactlyInAnyOrder("tax/TX-100201", "health/H70003", "benefits/BEN-5001", "housing/HT-3001");
        assertThat(dir.resolve("data/demo/demo-connectors.yml")).exists();

        // nobody signed in: nothing but health
        assertThat(send(path("/api/v1/stats")).statusCode()).isEqualTo(401);
        // the demo partner: its own benefits record id, a purpose, and identity fields only
        HttpResponse<String> partner = send(path("/api/v1/citizens/by-record/benefits/BEN-5001")
                .header("X-Api-Key", "demo-partner-key-0123456789").header("X-Purpose", "benefit claim check"));
        assertThat(partner.statusCode()).as(partner.body()).isEqualTo(200);
        JsonNode minimal = JSON.readTree(partner.body());
        assertThat(minimal.path("id").asText()).isEqualTo(citizenId);
        assertThat(minimal.path("fields").has("name")).isTrue();
        assertThat(minimal.path("fields").has("addresses")).isFalse();
    }

    /** Signed in as the README's demo users: the admin for connectors, the caseworker for the rest. */
    private static JsonNode get(String path) throws IOException, InterruptedException {
        String user = path.startsWith("/api/v1/connectors") ? "ada:demo-admin" : "casey:demo-caseworker";
        HttpResponse<String> response = send(path(path).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8))));
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder path(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10)).GET();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
