package org.citizenhub.hub.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenhub.hub.profile.ProfileFixtures.person;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.citizenhub.core.golden.SurvivorshipRules;
import org.citizenhub.core.match.DeterministicMatcher;
import org.citizenhub.core.match.Resolution;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.casework.CaseworkException;
import org.citizenhub.hub.casework.ConstraintRepository;
import org.citizenhub.hub.casework.DecisionRepository;
import org.citizenhub.hub.casework.EvidenceRepository;
import org.citizenhub.hub.casework.ManualDecisions;
import org.citizenhub.hub.casework.ReviewRepository;
import org.citizenhub.hub.identity.CitizenChangeListener;
import org.citizenhub.hub.identity.IngestOutcome;
import org.citizenhub.hub.identity.ProfileOutbox;
import org.citizenhub.hub.identity.ResolutionHook;
import org.citizenhub.hub.store.HubStore;
import org.citizenhub.hub.store.SourceRecordJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The profile outbox on a real database (H2 and PostgreSQL, one subclass each) and a real Hazelcast member:
 * every committed change is noted in its own transaction and the note goes once the cache has caught up; a
 * member that dies between commit and refresh leaves the note, and a sweeper (standing in for any member)
 * repairs the stale entry; a rolled-back change leaves nothing; a bulk change clears the cache.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProfileOutboxScenarios {

    /** A sweeper's clock a minute ahead: every row written so far is past a 30 s grace period. */
    private static final Clock LATER = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1));

    private DataSource dataSource;
    private HubStore store;
    private JdbcClient jdbc;
    private HazelcastInstance member;
    private ProfileRefresher refresher;
    private IMap<String, ProfileEntry> profiles;
    private DyingMember listener;

    /** A migrated database; the same one is handed out for every test. */
    protected abstract DataSource dataSource();

    @BeforeAll
    void startMember() {
        dataSource = dataSource(); // one instance: a transaction is bound to it (embedded PostgreSQL makes a new one per call)
        jdbc = JdbcClient.create(dataSource);
        store = HubStore.open(dataSource, new DeterministicMatcher(), Clock.systemUTC());
        ProfileAssembler assembler = ProfileFixtures.assembler(store, dataSource, SurvivorshipRules.defaults());
        member = TestMember.start("profile-outbox", assembler);
        refresher = new ProfileRefresher(assembler, member);
        profiles = member.getMap(ProfileMaps.PROFILES);
    }

    @AfterAll
    void stopMember() {
        if (member != null) {
            member.getLifecycleService().terminate();
        }
    }

    @BeforeEach
    void emptyStoreAndCache() {
        store.sink().outbox().removeCaughtUp();
        for (String sql : List.of("DELETE FROM profile_outbox", "DELETE FROM review_item", "DELETE FROM record_constraint",
                "DELETE FROM link_decision", "DELETE FROM link_evidence", "DELETE FROM search_key", "DELETE FROM record_link",
                "DELETE FROM record_key", "DELETE FROM source_record", "UPDATE citizen SET merged_into = NULL",
                "DELETE FROM citizen")) {
            jdbc.sql(sql).update();
        }
        profiles.evictAll();
        member.getMap(ProfileMaps.RECORD_INDEX).evictAll();
        listener = new DyingMember(refresher);
        store.sink().followChanges(listener);
        store.sink().setResolutionHook(ResolutionHook.NONE);
    }

    @Test
    void normalOperationLeavesNoRowAndKeepsTheCacheCurrent() {
        // ingest: a new citizen, a link, a merge, a deletion; a caseworker's unlink and link. After each change
        // only its own rows are left, caught up with, and they go with the next change
        String ann = ingest(person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        assertThat(pendingCitizens()).containsExactly(ann);
        String jones = ingest(person("health", "B", null, "Ann", "Jones", "1980-01-02")).citizenId();
        assertThat(pendingCitizens()).containsExactly(jones);
        IngestOutcome merge = ingest(person("benefits", "C", "AB123456C", "Ann", "Jones", "1980-01-02"));
        assertThat(merge.absorbed()).containsExactly(jones);
        assertThat(pendingCitizens()).containsExactlyInAnyOrder(ann, jones);
        assertThat(profiles.get(jones).mergedInto()).isEqualTo(ann);
        assertThat(profiles.get(ann).jsonText()).contains("\"benefits\"").contains("\"health\"");

        Set<String> split = store.sink().remove(new RecordKey("benefits", "C"));
        assertThat(pendingCitizens()).containsExactlyInAnyOrderElementsOf(split);
        assertThat(profiles.get(ann).jsonText()).doesNotContain("\"benefits\"");

        String smith = ingest(person("education", "D", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        assertThat(store.links().findByCitizen(smith)).hasSize(2);
        ManualDecisions decisions = decisions();
        String detached = decisions.unlink(smith, new RecordKey("education", "D"), "caseworker", "two people").otherCitizenId();
        assertThat(pendingCitizens()).containsExactlyInAnyOrder(smith, detached);
        assertThat(profiles.get(detached).jsonText()).contains("\"education\"");
        assertThat(profiles.get(smith).jsonText()).doesNotContain("\"education\"");
        decisions.link(smith, detached, "caseworker", "one person after all");
        assertThat(profiles.get(detached).mergedInto()).isEqualTo(smith);
        assertThat(profiles.get(smith).jsonText()).contains("\"education\"");
        assertThat(listener.handedOver).hasSize(7);

        // when no change follows, the sweeper's clean-up (every second) takes the last rows
        assertThat(store.sink().outbox().removeCaughtUp()).isEqualTo(1);
        assertThat(outboxRows()).isZero();
    }

    @Test
    void aMemberThatDiesBetweenCommitAndRefreshLeavesRowsThatASweeperRepairs() {
        // given: two citizens in the cache
        String ann = ingest(person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        String jones = ingest(person("health", "B", null, "Ann", "Jones", "1980-01-02")).citizenId();
        assertThat(profiles.get(jones).isRedirect()).isFalse();

        // when: a record merges them, and the member dies after the commit, before the refresh
        listener.dead = true;
        IngestOutcome merge = ingest(person("benefits", "C", "AB123456C", "Ann", "Jones", "1980-01-02"));

        // then: the change is in the database, the cache is stale, the outbox holds the citizens it touched
        assertThat(merge.kind()).isEqualTo(IngestOutcome.Kind.MERGED);
        assertThat(profiles.get(jones).isRedirect()).isFalse();
        assertThat(profiles.get(ann).jsonText()).doesNotContain("\"benefits\"");
        assertThat(pendingCitizens()).containsExactlyInAnyOrder(ann, jones);

        // and a sweeper on another member (the live path never removes these rows) repairs both entries
        int cleared = new ProfileOutboxSweeper(store.sink().outbox(), refresher, Duration.ofSeconds(30), Duration.ofSeconds(30), LATER)
                .sweep();
        assertThat(cleared).isEqualTo(2);
        assertThat(outboxRows()).isZero();
        assertThat(profiles.get(jones).mergedInto()).isEqualTo(ann);
        assertThat(profiles.get(ann).jsonText()).contains("\"benefits\"").contains("\"health\"");
    }

    @Test
    void rowsStayWhileTheCacheCannotBeReachedAndGoOnceItCan() {
        String ann = ingest(person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        listener.reachable = false;
        ingest(person("health", "B", "AB123456C", "Ann", "Smith", "1980-01-02"));
        assertThat(pendingCitizens()).containsExactly(ann);

        // a sweep while the cache is still unreachable keeps the row; a later one clears it
        ProfileOutboxSweeper sweeper = new ProfileOutboxSweeper(store.sink().outbox(), listener, Duration.ofSeconds(30),
                Duration.ofSeconds(30), LATER);
        assertThat(sweeper.sweep()).isZero();
        assertThat(pendingCitizens()).containsExactly(ann);
        listener.reachable = true;
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(outboxRows()).isZero();
        assertThat(profiles.get(ann).jsonText()).contains("\"health\"");
    }

    @Test
    void theSweeperLeavesRowsYoungerThanTheGracePeriodToTheLivePath() {
        listener.dead = true;
        String ann = ingest(person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();

        ProfileOutboxSweeper sweeper = new ProfileOutboxSweeper(store.sink().outbox(), refresher, Duration.ofSeconds(30),
                Duration.ofHours(1), Clock.systemUTC());
        assertThat(sweeper.sweep()).isZero();
        assertThat(pendingCitizens()).containsExactly(ann);
    }

    @Test
    void aRolledBackChangeLeavesNoRowAndReachesNoCache() {
        // an ingest whose transaction fails after the link was written
        store.sink().setResolutionHook(new ResolutionHook() {
            @Override
            public void resolved(SourceRecord record, Resolution resolution, IngestOutcome outcome) {
                throw new IllegalStateException("failed after the link was written");
            }
        });
        assertThatThrownBy(() -> ingest(person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(outboxRows()).isZero();
        assertThat(store.citizens().countLive()).isZero();
        store.sink().setResolutionHook(ResolutionHook.NONE);

        // a caseworker's decision that is refused after it minted a citizen
        String ann = ingest(person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        listener.handedOver.clear();
        assertThatThrownBy(() -> decisions().unlink(ann, new RecordKey("tax", "A"), "caseworker", "alone"))
                .isInstanceOf(CaseworkException.class);
        assertThat(pendingCitizens()).as("only the ingest's row, caught up with").containsExactly(ann);
        assertThat(store.citizens().countLive()).isEqualTo(1);
        assertThat(listener.handedOver).isEmpty();
    }

    @Test
    void insideAnOuterTransactionTheRefreshWaitsForItsCommitAndARollbackLeavesNothing() {
        TransactionTemplate outer = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        String[] id = {null};
        outer.executeWithoutResult(status -> {
            id[0] = ingest(person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
            assertThat(listener.handedOver).isEmpty();
        });
        assertThat(listener.handedOver).containsExactly(Set.of(id[0]));
        assertThat(store.sink().outbox().removeCaughtUp()).isEqualTo(1);
        assertThat(outboxRows()).isZero();
        assertThat(profiles.get(id[0]).jsonText()).contains("\"tax\"");

        outer.executeWithoutResult(status -> {
            ingest(person("health", "B", "AB123456C", "Ann", "Smith", "1980-01-02"));
            status.setRollbackOnly();
        });
        assertThat(listener.handedOver).hasSize(1);
        assertThat(outboxRows()).isZero();
        assertThat(profiles.get(id[0]).jsonText()).doesNotContain("\"health\"");
    }

    @Test
    void twoMembersSweepingTheSameRowsAtOnceRepairEachEntryAndLeaveNoRow() throws Exception {
        listener.dead = true;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(ingest(person("tax", "T" + i, null, "Person" + i, "Family" + i, "1970-01-" + (10 + i % 18))).citizenId());
        }
        assertThat(outboxRows()).isEqualTo(40);

        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> sweep = () -> {
            ProfileOutboxSweeper sweeper = new ProfileOutboxSweeper(store.sink().outbox(), new ProfileRefresher(
                    ProfileFixtures.assembler(store, dataSource, SurvivorshipRules.defaults()), member),
                    Duration.ofSeconds(30), Duration.ofSeconds(30), LATER);
            together.await(30, TimeUnit.SECONDS);
            return sweeper.sweep();
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = two.submit(sweep);
            Future<Integer> second = two.submit(sweep);
            assertThat(first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS)).isBetween(40, 80);
        } finally {
            two.shutdownNow();
        }
        assertThat(outboxRows()).isZero();
        for (String id : ids) {
            assertThat(profiles.get(id).jsonText()).contains("\"tax\"");
        }
    }

    @Test
    void aBulkChangeClearsTheCacheAndLeavesNoRow() {
        String ann = ingest(person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        String bob = ingest(person("tax", "B", "ZX987654A", "Bob", "Ray", "1975-03-04")).citizenId();
        assertThat(profiles.get(bob).jsonText()).contains("\"B\"");

        // a batch job moves Bob's record to Ann behind the cache's back, as a batch resolution writes links
        store.sink().bulkChange(() -> jdbc.sql("UPDATE record_link SET citizen_id = ? WHERE record_id = 'B'").param(ann).update());

        store.sink().outbox().removeCaughtUp();
        assertThat(outboxRows()).isZero();
        assertThat(profiles.size()).isZero();
        assertThat(profiles.get(ann).jsonText()).contains("\"B\"");
        assertThat(listener.everything).isEqualTo(1);
    }

    @Test
    void aBulkChangeOnAMemberThatDiesLeavesMarkersASweeperClearsTheCacheFor() {
        String ann = ingest(person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        ingest(person("tax", "B", "ZX987654A", "Bob", "Ray", "1975-03-04"));
        listener.dead = true;
        store.sink().bulkChange(() -> jdbc.sql("UPDATE record_link SET citizen_id = ? WHERE record_id = 'B'").param(ann).update());
        assertThat(pendingCitizens()).containsExactly(ProfileOutbox.EVERY_CITIZEN, ProfileOutbox.EVERY_CITIZEN);
        assertThat(profiles.get(ann).jsonText()).doesNotContain("\"B\"");

        int cleared = new ProfileOutboxSweeper(store.sink().outbox(), refresher, Duration.ofSeconds(30), Duration.ofSeconds(30), LATER)
                .sweep();

        assertThat(cleared).isEqualTo(2);
        assertThat(outboxRows()).isZero();
        assertThat(profiles.get(ann).jsonText()).contains("\"B\"");
    }

    private IngestOutcome ingest(SourceRecord record) {
        return store.sink().ingest(record);
    }

    private ManualDecisions decisions() {
        return new ManualDecisions(store.citizens(), store.links(), new ConstraintRepository(jdbc), new DecisionRepository(jdbc),
                new EvidenceRepository(jdbc), new ReviewRepository(jdbc, new SourceRecordJson()), store.sink(), Clock.systemUTC());
    }

    private long outboxRows() {
        return store.sink().outbox().count();
    }

    private List<String> pendingCitizens() {
        return jdbc.sql("SELECT citizen_id FROM profile_outbox ORDER BY citizen_id").query(String.class).list();
    }

    /**
     * The refresher as the live path calls it, on a member that can die after the commit (it never refreshes,
     * as if the process had gone) or lose sight of the cluster (the refresh answers false).
     */
    private static final class DyingMember implements CitizenChangeListener {

        private final ProfileRefresher refresher;
        final List<Set<String>> handedOver = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean dead;
        volatile boolean reachable = true;
        volatile int everything;

        DyingMember(ProfileRefresher refresher) {
            this.refresher = refresher;
        }

        @Override
        public boolean citizensChanged(Set<String> citizenIds) {
            if (dead) {
                throw new IllegalStateException("the member died after the commit");
            }
            handedOver.add(citizenIds);
            return reachable && refresher.citizensChanged(citizenIds);
        }

        @Override
        public boolean everythingChanged() {
            if (dead) {
                throw new IllegalStateException("the member died after the commit");
            }
            everything++;
            return reachable && refresher.everythingChanged();
        }
    }
}
