package org.citizenhub.hub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.store.SourceRecordJson;
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
 * A full run of the demo profile, with {@code org.citizenhub} logging at DEBUG: four agencies (CSV, database,
 * REST API, NDJSON) ingested at start, 127 invented people's records with names, dates of birth, national
 * ids, phones, e-mails and addresses, and a dead letter from each agency; then an admin re-runs every
 * connector, replays every dead letter and reads citizens over HTTP. Nothing personal from those records may
 * appear, neither in the console (after the masking layer) nor in what the code logged (before it).
 * <p>
 * Its own application context (the demo profile; the API tests' agencies hold no phones, e-mails or
 * addresses). The personal values are read from the store after the run: every ingested record's canonical
 * fields, and the text values of every dead letter's raw payload.
 */
@ExtendWith(OutputCaptureExtension.class) // before @SpringBootTest: capturing starts before the context does
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=demo", "logging.level.org.citizenhub=DEBUG"})
class NoPersonalDataInLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Short numbers (the demo's postcodes are 4 digits) cannot be told from counts, durations and process ids. */
    private static final Pattern SHORT_NUMBER = Pattern.compile("[0-9]{1,5}");
    /** Lower-case words in raw payloads are codes ("female", "official"), not personal data. */
    private static final Pattern CODE = Pattern.compile("[a-z_-]+");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:.*");
    private static final Path DIR = temporaryFolder();
    private static final String DEMO_DIR = "hub.demo.dir";

    private static RawLogRecorder raw;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void demoInAFolderOfItsOwn(DynamicPropertyRegistry registry) {
        IsolatedHub.register(registry, DIR.resolve("db/citizen-hub"), "citizen-hub-log-test");
        TestSecurity.users(registry); // in place of the demo users: a cheap hash, and both roles in one
    }

    @BeforeAll
    static void recordRawLogEventsAndPlaceTheDemo() {
        raw = RawLogRecorder.install();
        // a system property: the demo's EnvironmentPostProcessor copies the data before test properties exist
        System.setProperty(DEMO_DIR, DIR.resolve("demo").toString());
    }

    @AfterAll
    static void stopRecording() {
        raw.uninstall();
        System.clearProperty(DEMO_DIR);
    }

    @Test
    void aFullDemoRunLogsNoPersonalData(CapturedOutput output) {
        // given: the demo agencies ingested at start
        List<String> connectors = awaitStartupRuns();

        // when: an admin re-runs every connector, replays every dead letter and reads citizens
        connectors.forEach(id -> assertThat(post("/api/v1/connectors/" + id + "/run").status()).isEqualTo(200));
        JsonNode letters = get("/api/v1/dead-letters?status=OPEN&limit=500").body();
        assertThat(letters).hasSizeGreaterThanOrEqualTo(4);
        letters.forEach(letter -> assertThat(post("/api/v1/dead-letters/" + letter.path("id").asLong() + "/replay").status())
                .isEqualTo(200));
        for (String record : List.of("tax/TX-100201", "health/H70003", "benefits/BEN-5001", "housing/HT-3001")) {
            Answer citizen = get("/api/v1/citizens/by-record/" + record);
            assertThat(citizen.status()).as(record).isEqualTo(200);
            assertThat(get("/api/v1/citizens/" + citizen.body().path("id").asText()).status()).isEqualTo(200);
        }
        assertThat(get("/api/v1/citizens/C00000000000000000000").status()).isEqualTo(404);
        assertThat(get("/api/v1/stats").status()).isEqualTo(200);

        // then: the logs saw the whole run, and nothing personal from it
        Set<String> personal = personalValuesInTheStore();
        assertThat(personal).hasSizeGreaterThan(300);
        String console = output.getAll();
        String logged = raw.text();
        assertThat(console).contains("Started");
        for (String connector : connectors) {
            // the start-up run and the admin's run, both seen
            String finished = "connector " + connector + " run finished";
            assertThat(console.split(Pattern.quote(finished), -1)).as(finished).hasSize(3);
            assertThat(logged.split(Pattern.quote(finished), -1)).as(finished).hasSize(3);
        }
        assertThat(logged).containsPattern("(?m)^DEBUG org\\.citizenhub\\.");
        assertSoftly(softly -> {
            softly.assertThat(leaks(console, personal)).as("personal data in the console output").isEmpty();
            softly.assertThat(leaks(logged, personal)).as("personal data in logged messages (before masking)").isEmpty();
        });
    }

    /** The connector ids, once each connector that runs at start has finished its first run. */
    private List<String> awaitStartupRuns() {
        List<String> ids = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode connectors = get("/api/v1/connectors").body();
            assertThat(connectors).hasSize(4);
            connectors.forEach(c -> assertThat(c.has("lastRun") || !c.path("runAtStart").asBoolean())
                    .as("first run of %s", c.path("id")).isTrue());
            ids.clear();
            connectors.forEach(c -> ids.add(c.path("id").asText()));
        });
        return ids;
    }

    private Set<String> personalValuesInTheStore() {
        Set<String> values = new TreeSet<>();
        JdbcClient sql = JdbcClient.create(dataSource);
        SourceRecordJson json = new SourceRecordJson();
        sql.sql("SELECT canonical_json FROM source_record").query(String.class).list()
                .forEach(canonical -> addRecord(values, json.read(canonical, null)));
        sql.sql("SELECT record_id, raw_payload FROM dead_letter WHERE raw_payload IS NOT NULL")
                .query((rs, n) -> List.of(rs.getString(1) == null ? "" : rs.getString(1), rs.getString(2))).list()
                .forEach(letter -> addPayload(values, letter.get(0), letter.get(1)));
        values.removeIf(v -> v.length() < 3 || SHORT_NUMBER.matcher(v).matches());
        return values;
    }

    private static void addRecord(Set<String> values, SourceRecord record) {
        addName(values, record.name());
        record.otherNames().forEach(name -> addName(values, name));
        if (record.dateOfBirth() != null) {
            values.add(record.dateOfBirth().toIso());
        }
        addId(values, record.nationalId());
        record.identifiers().stream().map(Identifier::value).forEach(id -> addId(values, id));
        for (Address address : record.addresses()) {
            values.addAll(address.lines());
            add(values, address.town());
            add(values, address.postcode());
        }
        record.phones().forEach(phone -> addId(values, phone));
        values.addAll(record.emails());
    }

    private static void addName(Set<String> values, PersonName name) {
        if (name == null) {
            return;
        }
        add(values, name.given());
        name.middle().forEach(middle -> add(values, middle));
        add(values, name.family());
    }

    /** The value and, when it has separators, its digits and letters alone (as a log could print it normalised). */
    private static void addId(Set<String> values, String id) {
        if (id == null || id.isBlank()) {
            return;
        }
        values.add(id.trim());
        String compact = id.replaceAll("[^A-Za-z0-9]", "");
        if (compact.length() >= 7) {
            values.add(compact);
        }
    }

    /** Every text value of a raw payload except the record id, addresses of schemas and timestamps. */
    private static void addPayload(Set<String> values, String recordId, String payload) {
        JsonNode node;
        try {
            node = JSON.readTree(payload);
        } catch (IOException e) {
            return; // not JSON: nothing to take apart
        }
        List<JsonNode> leaves = new ArrayList<>();
        collectLeaves(node, leaves);
        for (JsonNode leaf : leaves) {
            String text = leaf.asText().trim();
            if (!text.equals(recordId) && !text.startsWith("http") && !TIMESTAMP.matcher(text).matches()
                    && !CODE.matcher(text).matches()) {
                addId(values, text);
            }
        }
    }

    private static void collectLeaves(JsonNode node, List<JsonNode> leaves) {
        if (node.isContainerNode()) {
            node.forEach(child -> collectLeaves(child, leaves));
        } else if (node.isTextual()) {
            leaves.add(node);
        }
    }

    private static void add(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value.trim());
        }
    }

    /** The values found in the text as whole words (not inside a longer word or number), with where. */
    private static List<String> leaks(String text, Set<String> values) {
        List<String> found = new ArrayList<>();
        for (String value : values) {
            if (!text.contains(value)) {
                continue;
            }
            var matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])").matcher(text);
            if (matcher.find()) {
                int lineStart = text.lastIndexOf('\n', matcher.start()) + 1;
                int lineEnd = text.indexOf('\n', matcher.end());
                found.add("'" + value + "' in: " + text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip());
            }
        }
        return found;
    }

    record Answer(int status, JsonNode body) {
    }

    private Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestSecurity.basic(TestSecurity.TESTER)).GET());
    }

    private Answer post(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestSecurity.basic(TestSecurity.TESTER)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body == null || body.isBlank() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("citizen-hub-log-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
