package org.citizenhub.hub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.citizenhub.core.match.score.DefaultModel;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.deadletter.DeadLetterRepository;
import org.citizenhub.hub.identity.IngestOutcome;
import org.citizenhub.hub.store.EmbeddedPostgresSupport;
import org.citizenhub.hub.store.HubStore;
import org.citizenhub.hub.store.SourceRecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Batch mode and the model store on a real PostgreSQL: bulk upserts, the batch's citizens, links, blocking keys
 * and review items, the model as TEXT, and an incremental record afterwards finding its citizen through the
 * keys the batch wrote.
 */
class MatchingOnPostgresTest {

    @RegisterExtension
    static final EmbeddedPostgresSupport POSTGRES = new EmbeddedPostgresSupport();

    @Test
    void aFirstLoadInBatchModeThenOneRecordIncrementally() {
        DataSource dataSource = POSTGRES.dataSource();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TestPopulation population = TestPopulation.generate(300, 13);
        List<SourceRecord> registry = population.registryRecords();
        BulkRecordSink bulk = new BulkRecordSink(dataSource, new DeadLetterRepository(jdbc), new SourceRecordJson(),
                Clock.systemUTC(), true, true);
        registry.forEach(bulk::accept);
        bulk.flush();
        registry.subList(0, 10).forEach(bulk::accept); // read again: updated, not stored twice
        bulk.flush();
        MatchingSettings settings = MatchingSettings.defaults().withMinTrainingRecords(200);
        SwappableMatcher matcher = new SwappableMatcher(DefaultModel.create(), settings.engine());
        HubStore store = HubStore.open(dataSource, matcher, Clock.systemUTC());
        CanonicalRecords canonical = new CanonicalRecords(dataSource, new SourceRecordJson());
        MatchModelService models = new MatchModelService(new MatchModelRepository(jdbc), canonical, matcher,
                store.sink()::exclusively, settings, Clock.systemUTC());
        List<RecordKey> reviewed = new ArrayList<>();

        BatchResolution.Outcome outcome = new BatchResolution(dataSource, canonical, models, matcher, Clock.systemUTC())
                .run(BatchResolution.Options.kept((a, b, result) -> reviewed.add(a), true, null));

        assertThat(outcome.records()).isEqualTo(registry.size());
        assertThat(outcome.learnt()).isPresent();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM source_record")).isEqualTo(registry.size());
        assertThat(count(jdbc, "SELECT COUNT(*) FROM record_link")).isEqualTo(registry.size());
        assertThat(count(jdbc, "SELECT COUNT(*) FROM citizen")).isEqualTo(outcome.citizens()).isEqualTo(registry.size());
        assertThat(count(jdbc, "SELECT COUNT(DISTINCT source_id || '/' || record_id) FROM record_key")).isEqualTo(registry.size());
        SwappableMatcher restarted = new SwappableMatcher(DefaultModel.create(), settings.engine());
        assertThat(new MatchModelService(new MatchModelRepository(jdbc), canonical, restarted, Runnable::run, settings,
                Clock.systemUTC()).useLatest()).isTrue();
        assertThat(restarted.model()).isEqualTo(matcher.model());

        TestPopulation.Person person = population.people().get(0);
        SourceRecord registered = registry.get(0);
        IngestOutcome clinic = store.sink().ingest(SourceRecord.builder("clinic", "C-new")
                .name(PersonName.of(person.given(), person.family()))
                .dateOfBirth(registered.dateOfBirth())
                .nationalId(person.nationalId())
                .rawPayload("{}")
                .build());

        assertThat(clinic.kind()).isEqualTo(IngestOutcome.Kind.LINKED);
        assertThat(clinic.citizenId()).isEqualTo(store.links().find(registered.key()).orElseThrow().citizenId());
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
