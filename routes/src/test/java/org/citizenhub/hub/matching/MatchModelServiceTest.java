package org.citizenhub.hub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.citizenhub.core.match.score.DefaultModel;
import org.citizenhub.core.match.score.MatchModel;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.deadletter.DeadLetterRepository;
import org.citizenhub.hub.store.HubSchema;
import org.citizenhub.hub.store.SourceRecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The model lifecycle on a real H2 file: learnt from the stored records, stored, and in use again after a restart. */
class MatchModelServiceTest {

    @TempDir
    Path dir;

    private final List<SourceRecord> population = TestPopulation.generate(700, 3).registryRecords();
    private final MatchingSettings settings = MatchingSettings.defaults().withMinTrainingRecords(400);

    @Test
    void aLearntModelIsStoredAndPutInUseAgainAfterARestart() {
        MatchModel learnt;
        long modelId;
        try (HikariDataSource store = open()) {
            store(store, population);
            SwappableMatcher matcher = coldStart();
            ModelSummary summary = service(store, matcher).train();

            learnt = matcher.model();
            modelId = summary.modelId();
            assertThat(summary.trained()).isTrue();
            assertThat(summary.recordCount()).isEqualTo(population.size());
            assertThat(summary.fields()).containsKeys("nationalId", "givenName", "familyName", "dateOfBirth");
            assertThat(learnt).isNotEqualTo(DefaultModel.create());
            assertThat(learnt.idScheme()).isEqualTo("MOD11");
        }

        try (HikariDataSource restarted = open()) {
            SwappableMatcher matcher = coldStart();
            MatchModelService service = service(restarted, matcher);

            assertThat(service.useLatest()).isTrue();

            assertThat(matcher.model()).isEqualTo(learnt);
            assertThat(service.summary().modelId()).isEqualTo(modelId);
        }
    }

    @Test
    void learnsWhenThereIsNoModelOrTheRecordsGrewByMoreThanAFifth() {
        try (HikariDataSource store = open()) {
            MatchModelService service = service(store, coldStart());
            store(store, population.subList(0, 300));
            assertThat(service.trainIfDue()).as("too few records").isFalse();
            assertThatThrownBy(service::train).isInstanceOf(MatchModelService.TooFewRecords.class)
                    .hasMessageContaining("at least 400").hasMessageContaining("holds 300");

            store(store, population.subList(300, 500));
            assertThat(service.trainIfDue()).as("no model yet").isTrue();
            store(store, population.subList(500, 580));
            assertThat(service.trainIfDue()).as("16% more").isFalse();
            store(store, population.subList(580, 620));
            assertThat(service.trainIfDue()).as("24% more").isTrue();
            assertThat(new MatchModelRepository(JdbcClient.create(store)).latestInfo().orElseThrow().recordCount()).isEqualTo(620);
        }
    }

    private HikariDataSource open() {
        HikariDataSource store = new HikariDataSource();
        store.setJdbcUrl("jdbc:h2:file:" + dir.resolve("hub").toAbsolutePath());
        HubSchema.migrate(store);
        return store;
    }

    private static void store(HikariDataSource store, List<SourceRecord> records) {
        BulkRecordSink sink = new BulkRecordSink(store, new DeadLetterRepository(JdbcClient.create(store)), new SourceRecordJson(),
                Clock.systemUTC(), true, false);
        records.forEach(sink::accept);
        sink.flush();
    }

    private SwappableMatcher coldStart() {
        return new SwappableMatcher(DefaultModel.create(), settings.engine());
    }

    private MatchModelService service(HikariDataSource store, SwappableMatcher matcher) {
        return new MatchModelService(new MatchModelRepository(JdbcClient.create(store)),
                new CanonicalRecords(store, new SourceRecordJson()), matcher, Runnable::run, settings, Clock.systemUTC());
    }
}
