package org.citizenhub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.citizenhub.core.match.ProbabilisticBatchResolver;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.matching.CanonicalRecords;
import org.citizenhub.hub.matching.MatchModelRepository;
import org.citizenhub.hub.matching.MatchingSettings;
import org.citizenhub.hub.matching.TestPopulation;
import org.citizenhub.hub.store.SourceRecordJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code resolve} on a first load runs in batch mode: on a generated population of about 1,100 records it
 * clusters exactly as the engine's batch resolver on the same records, finds each person once, learns and
 * stores the model; a later run into the same {@code --db} resolves new records incrementally and keeps the
 * ids it gave out.
 */
class ResolveBatchModeTest {

    @TempDir
    static Path dir;

    private static final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private static TestPopulation population;
    private static Path connectors;
    private static String db;
    private static Map<String, String> kept;
    private static Set<Set<String>> engineClusters;
    private static long modelRecordCount;

    @BeforeAll
    static void firstLoadIntoAKeptStore() throws IOException {
        population = TestPopulation.generate(600, 7);
        connectors = population.write(dir.resolve("agencies"), false);
        db = "jdbc:h2:file:" + dir.resolve("store/hub").toAbsolutePath();
        assertThat(run("--connectors", connectors.toString(), "--out", dir.resolve("kept.csv").toString(), "--db", db)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Matching: batch, model learnt from");
        kept = crosswalk(dir.resolve("kept.csv"));
        // the engine's own batch resolver on the records the command stored, before any later run adds to them
        try (HikariDataSource store = open()) {
            List<SourceRecord> records = new CanonicalRecords(store, new SourceRecordJson()).loadAll();
            engineClusters = new ProbabilisticBatchResolver(MatchingSettings.defaults().engine()).resolve(records).stream()
                    .map(cluster -> cluster.stream().map(k -> k.sourceId() + "/" + k.recordId()).collect(Collectors.toSet()))
                    .collect(Collectors.toSet());
            modelRecordCount = new MatchModelRepository(JdbcClient.create(store)).latestInfo().orElseThrow().recordCount();
        }
    }

    @Test
    void clustersAsTheEnginesBatchResolverOnTheSameRecordsAndStoresTheModel() {
        assertThat(partition(kept)).isEqualTo(engineClusters);
        assertThat(modelRecordCount).isEqualTo(population.records());
    }

    @Test
    void findsEachPersonOnceInTheTemporaryStoreToo() throws IOException {
        Path crosswalk = dir.resolve("temporary.csv");

        assertThat(run("--connectors", connectors.toString(), "--out", crosswalk.toString())).isZero();

        Map<String, String> citizenOf = crosswalk(crosswalk);
        assertThat(citizenOf).hasSize(population.records());
        Map<String, String> truth = new HashMap<>();
        population.truth().forEach((record, person) -> truth.put(record, "P" + person));
        assertThat(partition(citizenOf)).isEqualTo(partition(truth)).isEqualTo(partition(kept));
    }

    @Test
    void aLaterRunIntoTheKeptStoreMatchesNewRecordsIncrementallyAndKeepsTheIds() throws IOException {
        TestPopulation.Person person = population.people().get(3);
        Path later = population.write(dir.resolve("later"), false); // the same exports, and one new record:
        Files.writeString(dir.resolve("later/clinic.ndjson"), """
                {"id":"NEW1","given":"%s","family":"%s","dob":"%s","sex":"%s","nid":"%s"}
                """.formatted(person.given(), person.family(), person.dob(), person.sex(), person.nationalId()),
                StandardOpenOption.APPEND);
        Path crosswalk = dir.resolve("again.csv");

        assertThat(run("--connectors", later.toString(), "--out", crosswalk.toString(), "--db", db)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Matching: incremental");
        Map<String, String> again = crosswalk(crosswalk);
        assertThat(again).containsAllEntriesOf(kept);
        assertThat(again.get("clinic/NEW1")).isEqualTo(kept.get("registry/R3"));
    }

    private static HikariDataSource open() {
        HikariDataSource store = new HikariDataSource();
        store.setJdbcUrl(db);
        store.setUsername("sa");
        store.setPassword("");
        return store;
    }

    private static int run(String... args) {
        out.reset();
        return new ResolveCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                null, name -> null).run(List.of(args));
    }

    private static Map<String, String> crosswalk(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.parse(reader).getRecords();
            Map<String, String> citizenOf = new HashMap<>();
            rows.subList(1, rows.size()).forEach(row -> citizenOf.put(row.get(0) + "/" + row.get(1), row.get(2)));
            return citizenOf;
        }
    }

    /** Records grouped by their cluster label, labels forgotten. */
    private static Set<Set<String>> partition(Map<String, String> labelOf) {
        Map<String, Set<String>> groups = new HashMap<>();
        labelOf.forEach((record, label) -> groups.computeIfAbsent(label, l -> new HashSet<>()).add(record));
        return groups.values().stream().map(Collection::stream).map(s -> s.collect(Collectors.toSet())).collect(Collectors.toSet());
    }
}
