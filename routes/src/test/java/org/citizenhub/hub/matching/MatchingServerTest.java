package org.citizenhub.hub.matching;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.citizenhub.core.match.MatchResult;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.identity.SourceRecordRepository;
import org.citizenhub.hub.security.TestSecurity;
import org.citizenhub.hub.testing.IsolatedHub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hub with the probabilistic engine, over HTTP. The start-up runs are a first load of a generated population
 * (about 1,100 records): past the first 20 records they are stored without matching and resolved in one batch,
 * which learns and stores the model. Then on-demand connectors bring the hard cases, matched one by one with
 * the learnt model: a nickname with a typo, twins at one address, and a record bridging two people whose
 * national ids differ.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatchingServerTest {

    private static final Path DIR = folder();
    private static final TestPopulation POPULATION = TestPopulation.generate(600, 21);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    SwappableMatcher matcher;

    @Autowired
    SourceRecordRepository records;

    @DynamicPropertySource
    static void hubProperties(DynamicPropertyRegistry registry) {
        writeAgencies();
        IsolatedHub.register(registry, DIR.resolve("db/hub"), "citizen-hub-matching-test");
        registry.add("hub.connectors", () -> DIR.resolve("connectors.yml").toString());
        registry.add("hub.matching.batch-threshold", () -> "20");
        registry.add("hub.matching.min-training-records", () -> "500");
        TestSecurity.users(registry);
    }

    @BeforeEach
    void firstLoadDone() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> assertThat(get("/api/v1/admin/match-model").path("trained").asBoolean()).isTrue());
    }

    @Test
    void theFirstLoadIsResolvedInOneBatchThatFindsEachPersonOnceAndLearnsTheModel() {
        JsonNode model = get("/api/v1/admin/match-model");

        assertThat(model.path("recordCount").asLong()).isEqualTo(POPULATION.records());
        assertThat(model.path("idScheme").asText()).isEqualTo("MOD11");
        assertThat(model.path("thresholds").path("link").asDouble()).isPositive();
        JsonNode exactDob = levels(model, "dateOfBirth").get("exact");
        assertThat(exactDob.path("m").asDouble()).isGreaterThan(0.5);
        assertThat(exactDob.path("weight").asDouble()).isGreaterThan(5);
        assertThat(model.toString()).doesNotContain(POPULATION.people().get(0).family(), POPULATION.people().get(0).nationalId());

        Map<String, String> citizenOf = new HashMap<>();
        jdbc().sql("SELECT source_id, record_id, citizen_id FROM record_link WHERE source_id IN ('registry', 'clinic')")
                .query(rs -> {
                    citizenOf.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
                });
        Map<String, String> truth = new HashMap<>();
        POPULATION.truth().forEach((record, person) -> truth.put(record, "P" + person));
        assertThat(partition(citizenOf)).isEqualTo(partition(truth));
    }

    @Test
    void trainingOnDemandStoresANewModel() {
        long before = get("/api/v1/admin/match-model").path("modelId").asLong();

        JsonNode trained = post("/api/v1/admin/match-model/train");

        assertThat(trained.path("trained").asBoolean()).isTrue();
        assertThat(trained.path("modelId").asLong()).isGreaterThan(before);
        assertThat(get("/api/v1/admin/match-model").path("modelId").asLong()).isEqualTo(trained.path("modelId").asLong());
    }

    @Test
    void hardCasesAreMatchedOneByOneWithTheLearntModel() {
        post("/api/v1/connectors/scenario-a/run");
        post("/api/v1/connectors/scenario-b/run");

        // a nickname and a typo in the family name, in two sources: one citizen
        assertThat(citizenOf("scenario-b", "B1")).as(explain("scenario-b", "B1", "scenario-a", "S1"))
                .isEqualTo(citizenOf("scenario-a", "S1"));
        // twins at one address stay two citizens; the twin's second record joins the right one
        assertThat(citizenOf("scenario-a", "S3")).isNotEqualTo(citizenOf("scenario-a", "S2"));
        assertThat(citizenOf("scenario-b", "B2")).isEqualTo(citizenOf("scenario-a", "S2"));
        // two men of one name and date of birth with different valid national ids: two citizens
        String first = citizenOf("scenario-a", "S4");
        String second = citizenOf("scenario-b", "B4");
        assertThat(second).isNotEqualTo(first);

        post("/api/v1/connectors/scenario-c/run");

        // a record that matches both does not merge them; the other one waits for review
        assertThat(citizenOf("scenario-a", "S4")).isEqualTo(first);
        assertThat(citizenOf("scenario-b", "B4")).isEqualTo(second);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM citizen WHERE id IN (:ids) AND merged_into IS NULL")
                .param("ids", Set.of(first, second)).query(Long.class).single()).isEqualTo(2);
        String bridge = citizenOf("scenario-c", "X1");
        assertThat(bridge).isIn(first, second);
        String other = bridge.equals(first) ? "B4" : "S4";
        assertThat(jdbc().sql("""
                        SELECT COUNT(*) FROM review_item
                         WHERE source_a = 'scenario-c' AND record_a = 'X1' AND record_b = :other AND status = 'OPEN'""")
                .param("other", other).query(Long.class).single()).isEqualTo(1);
    }

    private static void writeAgencies() {
        POPULATION.write(DIR, true);
        SplittableRandom random = new SplittableRandom(5);
        String amy = TestPopulation.nationalId(random);
        String beth = TestPopulation.nationalId(random);
        String john = TestPopulation.nationalId(random);
        String otherJohn = TestPopulation.nationalId(random);
        try {
            Files.writeString(DIR.resolve("scenario-a.csv"), """
                    id,given,family,dob,sex,nid,line,town,postcode,phone
                    S1,William,Quillfeather,1971-03-14,M,,4 Mill Lane,Leeds,LS2 7AB,
                    S2,Amy,Cole,2001-05-05,F,%s,9 Elm Road,Leeds,LS1 1AA,07700 900111
                    S3,Beth,Cole,2001-05-05,F,%s,9 Elm Road,Leeds,LS1 1AA,07700 900111
                    S4,John,Smith,1980-01-01,M,%s,,,,
                    """.formatted(amy, beth, john));
            Files.writeString(DIR.resolve("scenario-b.ndjson"), """
                    {"id":"B1","given":"Bill","family":"Quilfeather","dob":"1971-03-14","sex":"M","line":"4 Mill Lane","postcode":"LS2 7AB"}
                    {"id":"B2","given":"Amy","family":"Cole","dob":"2001-05-05","sex":"F","line":"9 Elm Road","postcode":"LS1 1AA"}
                    {"id":"B4","given":"John","family":"Smith","dob":"1980-01-01","sex":"M","nid":"%s"}
                    """.formatted(otherJohn));
            Files.writeString(DIR.resolve("scenario-c.ndjson"), """
                    {"id":"X1","given":"John","family":"Smith","dob":"1980-01-01","sex":"M"}
                    """);
            String population = TestPopulation.connectors(true);
            String scenarios = TestPopulation.connectors(false)
                    .replace("connectors:\n", "")
                    .replace("id: registry", "id: scenario-a").replace("path: registry.csv", "path: scenario-a.csv")
                    .replace("id: clinic", "id: scenario-b").replace("path: clinic.ndjson", "path: scenario-b.ndjson");
            String bridge = TestPopulation.connectors(false).substring(TestPopulation.connectors(false).indexOf("  - id: clinic"))
                    .replace("id: clinic", "id: scenario-c").replace("path: clinic.ndjson", "path: scenario-c.ndjson");
            Files.writeString(DIR.resolve("connectors.yml"), population + scenarios + bridge);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comparison of two stored records with the matcher in use, for a failure message. */
    private String explain(String sourceA, String recordA, String sourceB, String recordB) {
        MatchResult result = matcher.compare(records.find(new RecordKey(sourceA, recordA)).orElseThrow(),
                records.find(new RecordKey(sourceB, recordB)).orElseThrow());
        StringBuilder text = new StringBuilder(result.state() + " " + result.score());
        result.fields().forEach(f -> text.append("\n  ").append(f.field()).append(' ').append(f.level()).append(' ').append(f.weight()));
        return text.toString();
    }

    private String citizenOf(String source, String record) {
        return jdbc().sql("SELECT citizen_id FROM record_link WHERE source_id = :s AND record_id = :r")
                .param("s", source).param("r", record).query(String.class).single();
    }

    private static Map<String, JsonNode> levels(JsonNode model, String field) {
        Map<String, JsonNode> byLevel = new HashMap<>();
        model.path("fields").path(field).forEach(level -> byLevel.put(level.path("level").asText(), level));
        return byLevel;
    }

    private static Set<Set<String>> partition(Map<String, String> labelOf) {
        Map<String, Set<String>> groups = new HashMap<>();
        labelOf.forEach((record, label) -> groups.computeIfAbsent(label, l -> new HashSet<>()).add(record));
        return groups.values().stream().map(Collection::stream).map(s -> s.collect(Collectors.toSet())).collect(Collectors.toSet());
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestSecurity.basic(TestSecurity.TESTER)).GET());
    }

    private JsonNode post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestSecurity.basic(TestSecurity.TESTER))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("citizen-hub-matching-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
