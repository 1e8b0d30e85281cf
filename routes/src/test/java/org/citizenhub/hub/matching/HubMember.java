package org.citizenhub.hub.matching;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.citizenhub.core.match.score.DefaultModel;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.identity.CitizenChangeListener;
import org.citizenhub.hub.store.HubStore;
import org.citizenhub.hub.store.SourceRecordJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * One hub member's matching parts on a database it shares with others, wired as {@link MatchingConfiguration}
 * wires them but without Spring (two Spring contexts cannot run in one JVM). Its start-up runs are
 * {@link FirstLoad}'s two calls around the ingest of the given records, as {@code ConnectorStartup} makes them.
 * It counts its batch resolutions by the profile cache clears they cause. {@link #die()} cuts it off from the
 * database without a word, as a killed process would be: its lease is no longer renewed.
 */
final class HubMember {

    /** Records beyond this many on a first load wait for the batch. */
    static final int BATCH_THRESHOLD = 20;

    private final CuttableDataSource dataSource;
    private final HubStore store;
    private final FirstLoad firstLoad;
    private final AtomicInteger batches = new AtomicInteger();

    HubMember(DataSource shared, String name, Duration lease) {
        this.dataSource = new CuttableDataSource(shared);
        // the cold-start model throughout (no learning from a few hundred records), one worker thread
        MatchingSettings settings = new MatchingSettings("GB", 100_000, 0.2, BATCH_THRESHOLD, 1);
        SwappableMatcher matcher = new SwappableMatcher(DefaultModel.create(), settings.engine());
        store = HubStore.open(dataSource, matcher, Clock.systemUTC());
        store.sink().followChanges(new CitizenChangeListener() {
            @Override
            public boolean citizensChanged(Set<String> citizenIds) {
                return true;
            }

            @Override
            public boolean everythingChanged() {
                batches.incrementAndGet();
                return true;
            }
        });
        CanonicalRecords canonical = new CanonicalRecords(dataSource, new SourceRecordJson());
        MatchModelService models = new MatchModelService(new MatchModelRepository(JdbcClient.create(dataSource)), canonical,
                matcher, store.sink()::exclusively, settings, Clock.systemUTC());
        BatchResolution batch = new BatchResolution(dataSource, canonical, models, matcher, Clock.systemUTC());
        FirstLoadClaim claim = new FirstLoadClaim(dataSource, name, lease, Duration.ofMillis(20));
        firstLoad = new FirstLoad(store.sink(), store.citizens(), batch, models, null, canonical, store.sourceRecords(), claim,
                Duration.ofSeconds(60));
    }

    /** The start-up runs: before, every record ingested, after. */
    void start(List<SourceRecord> records) {
        firstLoad.beforeStartupRuns();
        ingest(records);
        firstLoad.afterStartupRuns();
    }

    /** The first half of the start-up runs, for a member that dies before the end. */
    void startWithoutFinishing(List<SourceRecord> records) {
        firstLoad.beforeStartupRuns();
        ingest(records);
    }

    private void ingest(List<SourceRecord> records) {
        records.forEach(store.sink()::ingest);
    }

    /** How many batch resolutions this member ran. */
    int batches() {
        return batches.get();
    }

    void die() {
        dataSource.cut();
    }

    /** A clean stop (releases a claim still held). */
    void stop() {
        firstLoad.close();
    }

    /** Two records of each person: the registry's, and a clinic's copy without the phone. */
    static List<SourceRecord> recordsOf(TestPopulation population) {
        List<SourceRecord> records = new ArrayList<>(population.registryRecords());
        for (TestPopulation.Person p : population.people()) {
            records.add(SourceRecord.builder("clinic", "C" + p.id())
                    .name(PersonName.of(p.given(), p.family()))
                    .dateOfBirth(PartialDate.parse(p.dob().toString()))
                    .sex("M".equals(p.sex()) ? Sex.MALE : Sex.FEMALE)
                    .nationalId(p.nationalId())
                    .address(Address.current(List.of(p.line()), p.town(), p.postcode()))
                    .rawPayload("{\"id\":\"C" + p.id() + "\"}")
                    .build());
        }
        return records;
    }

    /** The stored records grouped by their citizen, as sets of {@code source/record}. */
    static Set<Set<String>> recordsByCitizen(DataSource dataSource) {
        Map<String, Set<String>> byCitizen = new HashMap<>();
        JdbcClient.create(dataSource).sql("SELECT source_id, record_id, citizen_id FROM record_link")
                .query(rs -> {
                    byCitizen.computeIfAbsent(rs.getString(3), c -> new HashSet<>()).add(rs.getString(1) + "/" + rs.getString(2));
                });
        return new HashSet<>(byCitizen.values());
    }

    /** Each person's records, as sets of {@code source/record}. */
    static Set<Set<String>> recordsByPerson(TestPopulation population) {
        return population.people().stream()
                .map(p -> Set.of("registry/R" + p.id(), "clinic/C" + p.id()))
                .collect(Collectors.toSet());
    }

    /** A DataSource that can be cut off: every later connection attempt fails. */
    private static final class CuttableDataSource extends DelegatingDataSource {

        private volatile boolean cut;

        CuttableDataSource(DataSource target) {
            super(target);
        }

        void cut() {
            cut = true;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (cut) {
                throw new SQLException("member is dead");
            }
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            if (cut) {
                throw new SQLException("member is dead");
            }
            return super.getConnection(username, password);
        }
    }
}
