package org.citizenhub.hub.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.citizenhub.hub.security.TestSecurity;
import org.citizenhub.hub.testing.IsolatedHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole hub (H2 store, Camel connectors run at start, {@code org.citizenhub} logging at DEBUG) ingesting a
 * CSV file, an NDJSON file and a REST API full of hostile records between good ones: a 1 MB name, a 10 MB line,
 * a 1.2 MB REST item, deep nesting, bytes that are not UTF-8, NUL bytes, control characters, an over-long record
 * id, and injection strings. Every run succeeds; every bad record is a stored dead letter whose reason names the
 * problem and whose payload fits the store; every good record lands, injected text as written, nothing expanded;
 * and neither the console nor what the code logged holds any of the records' values.
 */
@ExtendWith(OutputCaptureExtension.class) // before @SpringBootTest: capturing starts before the context does
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "logging.level.org.citizenhub=DEBUG")
class HostileSourceIngestTest {

    private static final Path DIR = folder();
    private static final WireMockServer API = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String INJECTED_SQL = "Robert'); DROP TABLE citizen;--";
    /** Values that must never reach a log line: each distinctive, so that a hit is a leak and not chance. */
    private static final List<String> NEVER_LOGGED = List.of("Zebedee", "Quorn", "Ottoline", "Vexxington", "Robert'",
            "DROP TABLE", "O'Brien", "NNNNNNNNNN", "XXXXXXXXXX", "zzzzzzzzzz", "RRRRRRRRRR", "<script>", "=cmd|",
            "${env:HOME}", "#{7*7}", "QX123456C", "QY987654D", "Wrenfield");

    private static RawLogRecorder raw;

    static {
        API.start();
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void hostileAgencies(DynamicPropertyRegistry registry) {
        writeAgencies();
        IsolatedHub.register(registry, DIR.resolve("db/citizen-hub"), "citizen-hub-hostile-test");
        registry.add("hub.connectors", () -> DIR.resolve("connectors.yml").toString());
        TestSecurity.users(registry);
    }

    @BeforeAll
    static void recordRawLogEvents() {
        raw = RawLogRecorder.install();
    }

    @AfterAll
    static void stop() {
        raw.uninstall();
        API.stop();
    }

    @Test
    void hostileRecordsBecomeDeadLettersGoodOnesLandAndNoValueIsLogged(CapturedOutput output) {
        // given: the three connectors ran at start
        JdbcClient sql = JdbcClient.create(dataSource);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                sql.sql("SELECT COUNT(DISTINCT connector_id) FROM connector_run WHERE finished_at IS NOT NULL").query(Long.class).single() == 3);

        // then: every run succeeded
        assertThat(sql.sql("SELECT connector_id || ' ' || outcome FROM connector_run").query(String.class).list())
                .containsExactlyInAnyOrder("hostile-csv SUCCEEDED", "hostile-ndjson SUCCEEDED", "hostile-api SUCCEEDED");

        // the good records landed, injected text as written and nothing expanded
        Map<String, String> canonical = sql.sql("SELECT source_id || '/' || record_id AS k, canonical_json FROM source_record")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(canonical.keySet()).containsExactlyInAnyOrder("hostile-csv/G1", "hostile-csv/I1", "hostile-csv/G2",
                "hostile-ndjson/G1", "hostile-ndjson/I2", "hostile-api/R1", "hostile-api/R2");
        assertThat(canonical.get("hostile-csv/I1")).contains("Robert')", "DROP", "O'Brien");
        assertThat(canonical.get("hostile-ndjson/I2")).contains("${env:HOME}", "#{7*7}", "=cmd|");
        assertThat(canonical.get("hostile-ndjson/I2")).doesNotContain("\"" + System.getProperty("user.home") + "\"");

        // every bad record is a stored dead letter whose reason names the problem, never the value
        List<String> reasons = sql.sql("SELECT connector_id || ': ' || reason FROM dead_letter ORDER BY id").query(String.class).list();
        assertThat(reasons).containsExactlyInAnyOrder(
                "hostile-csv: line 3: longer than 100000 characters",
                "hostile-csv: line 4: longer than 100000 characters",
                "hostile-csv: line 5: holds bytes that are not valid in the file's encoding (check file.encoding)",
                "hostile-csv: line 6: holds a NUL character (a binary or UTF-16 file? check file.encoding)",
                "hostile-csv: line 8: recordId: longer than 200 characters",
                "hostile-ndjson: line 2: longer than 100000 characters",
                "hostile-ndjson: line 3: JSON nested deeper than 1000 levels",
                "hostile-ndjson: name.family: value holds control characters (such as NUL or ESC)",
                "hostile-api: name.given: value is longer than 1000 characters",
                "hostile-api: page 1 item 3: record is longer than 1000000 characters as JSON (raw payload cut to its first 1000000 characters)");
        assertThat(sql.sql("SELECT MAX(LENGTH(raw_payload)) FROM dead_letter").query(Long.class).single())
                .isLessThanOrEqualTo(1_000_000L);

        // an admin can list and replay them over the API: refused again with a reason, never an error
        JsonNode letters = request("GET", "/api/v1/dead-letters?connector=hostile-csv");
        assertThat(letters).hasSize(5);
        JsonNode replayed = request("POST", "/api/v1/dead-letters/" + letters.get(0).path("id").asLong() + "/replay");
        assertThat(replayed.path("status").asText()).isEqualTo("OPEN");

        // and nothing of the records is in the logs, before or after masking
        String logged = raw.text();
        String console = output.getAll();
        assertThat(logged).contains("connector hostile-csv run finished");
        assertThat(NEVER_LOGGED).allSatisfy(value -> {
            assertThat(logged).as("logged messages").doesNotContain(value);
            assertThat(console).as("console").doesNotContain(value);
        });
    }

    private static void writeAgencies() {
        try {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            write(csv, "ref,given,family,nino\n");                                                 // 1
            write(csv, "G1,Zebedee,Quorn,QX123456C\n");                                            // 2
            write(csv, "B1," + "N".repeat(1_000_000) + ",Lee,QX1\n");                              // 3: 1 MB name
            write(csv, "B2,Ten,Mega," + "X".repeat(10_000_000) + "\n");                             // 4: 10 MB line
            csv.writeBytes("B3,Wren".getBytes(StandardCharsets.US_ASCII));                          // 5: not UTF-8
            csv.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
            write(csv, "field,Lee,QX2\n");
            write(csv, "B4,Wrenfield,Lee\u0000,QX3\n");                                             // 6: NUL
            write(csv, "I1,\"" + INJECTED_SQL + "\",O'Brien,\"' OR '1'='1\"\n");                   // 7
            write(csv, "R".repeat(300) + ",Ann,Lee,QX4\n");                                        // 8: id too long
            write(csv, "G2,Ottoline,Vexxington,QY987654D\n");                                      // 9
            Files.write(DIR.resolve("hostile.csv"), csv.toByteArray());

            Files.writeString(DIR.resolve("hostile.ndjson"), String.join("\n",
                    "{\"id\":\"G1\",\"given\":\"Zebedee\",\"family\":\"Quorn\"}",
                    "{\"id\":\"B1\",\"given\":\"" + "N".repeat(1_000_000) + "\"}",
                    "{\"id\":\"B2\",\"x\":" + "[".repeat(1_500) + "]".repeat(1_500) + "}",
                    "{\"id\":\"B3\",\"given\":\"Ann\",\"family\":\"Wren\\u001bfield\"}",
                    "{\"id\":\"I2\",\"given\":\"${env:HOME}\",\"family\":\"=cmd|' /C calc'!A0\",\"nino\":\"#{7*7}\"}"));

            API.stubFor(get(urlPathEqualTo("/people")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                    .withBody("{\"data\":[" + String.join(",",
                            "{\"id\":\"R1\",\"given\":\"Zebedee\",\"family\":\"Quorn\"}",
                            "{\"id\":\"B1\",\"given\":\"" + "N".repeat(100_000) + "\"}",
                            "{\"id\":\"B2\",\"given\":\"Ann\",\"blob\":\"" + "z".repeat(1_200_000) + "\"}",
                            "{\"id\":\"R2\",\"given\":\"Ottoline\",\"family\":\"Vexxington\"}") + "]}")));

            Files.writeString(DIR.resolve("connectors.yml"), """
                    connectors:
                      - id: hostile-csv
                        kind: file
                        file: {path: hostile.csv}
                        mapping:
                          recordId: ref
                          name: {given: given, family: family}
                          nationalId: nino
                      - id: hostile-ndjson
                        kind: file
                        file: {path: hostile.ndjson}
                        mapping:
                          recordId: $.id
                          name: {given: $.given, family: $.family}
                          nationalId: $.nino
                      - id: hostile-api
                        kind: rest
                        rest:
                          url: %s/people
                          itemsPath: $.data
                          maxRetries: 0
                        mapping:
                          recordId: $.id
                          name: {given: $.given, family: $.family}
                    """.formatted(API.baseUrl()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode request(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestSecurity.basic(TestSecurity.ADMIN))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("citizen-hub-hostile");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
