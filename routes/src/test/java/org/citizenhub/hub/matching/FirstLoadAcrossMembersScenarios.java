package org.citizenhub.hub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hub members sharing one database (H2 and PostgreSQL, one subclass each) run one first load between them,
 * agreed on through {@link FirstLoadClaim}: two members starting at once on an empty store, a member that died
 * mid-load, a claim left by a dead member, and a single member on its own. Each member is a {@link HubMember}:
 * the real sink, batch resolution and first load on the shared database. A person has two records, from two
 * sources; at most {@value HubMember#BATCH_THRESHOLD} records are matched one by one before the batch.
 */
abstract class FirstLoadAcrossMembersScenarios {

    private static final Duration LEASE = Duration.ofSeconds(1);

    private final TestPopulation population = TestPopulation.generate(120, 17);
    private final List<SourceRecord> records = HubMember.recordsOf(population);
    private final List<HubMember> members = new ArrayList<>();
    private DataSource store;

    /** A new store with the hub schema, shared by the members of one scenario. */
    protected abstract DataSource freshStore();

    @BeforeEach
    void openStore() {
        store = freshStore();
    }

    @AfterEach
    void stopMembers() {
        members.forEach(HubMember::stop);
    }

    @Test
    void twoMembersStartingAtOnceOnAnEmptyStoreRunOneFirstLoad() throws Exception {
        HubMember first = member("member-1");
        HubMember second = member("member-2");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService starts = Executors.newFixedThreadPool(2);
        try {
            // when: both start their runs at the same moment, reading the same agencies
            List<Future<?>> runs = List.of(
                    starts.submit(() -> startAfter(together, first)),
                    starts.submit(() -> startAfter(together, second)));
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            starts.shutdownNow();
        }

        // then: one batch between them, each person one citizen, the claim free again
        assertThat(first.batches() + second.batches()).as("batch resolutions run by both members").isEqualTo(1);
        assertEveryPersonIsOneCitizen();
        assertThat(claimHolder()).isNull();
    }

    @Test
    void aMemberThatDiedMidFirstLoadHoldsTheOthersUpOnlyUntilItsLeaseRunsOut() {
        // given: a member loading the empty store dies after its runs, before its batch
        HubMember dead = member("member-dead");
        dead.startWithoutFinishing(records);
        dead.die();
        assertThat(claimHolder()).isEqualTo("member-dead");
        HubMember other = member("member-2");

        // when: another member starts (without connectors of its own)
        long start = System.nanoTime();
        other.start(List.of());

        // then: it waited for the lease, took the claim over, and resolved what the dead member left in one batch
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(LEASE.dividedBy(2));
        assertThat(other.batches()).isEqualTo(1);
        assertEveryPersonIsOneCitizen();
        assertThat(claimHolder()).isNull();
    }

    @Test
    void aClaimWhoseLeaseRanOutIsTakenOverAndTheStoreLoadedInOneBatch() {
        // given: a claim left by a member that died before storing anything
        OffsetDateTime longAgo = OffsetDateTime.now().minusHours(1);
        jdbc().sql("UPDATE first_load_claim SET holder = 'member-gone', claimed_at = :at, lease_until = :at WHERE id = 1")
                .param("at", longAgo).update();
        HubMember member = member("member-1");

        // when
        long start = System.nanoTime();
        member.start(records);

        // then: taken over at once, a first load in batch mode
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(member.batches()).isEqualTo(1);
        assertEveryPersonIsOneCitizen();
        assertThat(claimHolder()).isNull();
    }

    @Test
    void aSingleMemberLoadsAnEmptyStoreInOneBatchAndARestartMatchesOneByOne() {
        HubMember member = member("member-1");

        member.start(records);

        assertThat(member.batches()).isEqualTo(1);
        assertEveryPersonIsOneCitizen();
        assertThat(claimHolder()).isNull();

        // a restart finds citizens: no first load, no batch, nothing changes
        HubMember restarted = member("member-1-again");
        restarted.start(records);

        assertThat(restarted.batches()).isZero();
        assertEveryPersonIsOneCitizen();
    }

    private HubMember member(String name) {
        HubMember member = new HubMember(store, name, LEASE);
        members.add(member);
        return member;
    }

    private Void startAfter(CyclicBarrier together, HubMember member) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        member.start(records);
        return null;
    }

    private void assertEveryPersonIsOneCitizen() {
        assertThat(jdbc().sql("SELECT COUNT(*) FROM source_record").query(Long.class).single()).isEqualTo(records.size());
        assertThat(jdbc().sql("SELECT COUNT(*) FROM record_link").query(Long.class).single())
                .as("every record linked").isEqualTo(records.size());
        assertThat(jdbc().sql("""
                        SELECT COUNT(*) FROM record_link l JOIN citizen c ON c.id = l.citizen_id
                         WHERE c.merged_into IS NULL""").query(Long.class).single())
                .as("links to live citizens").isEqualTo(records.size());
        assertThat(HubMember.recordsByCitizen(store)).isEqualTo(HubMember.recordsByPerson(population));
        assertThat(jdbc().sql("SELECT COUNT(*) FROM citizen WHERE merged_into IS NULL").query(Long.class).single())
                .as("no citizen left without records").isEqualTo(population.people().size());
    }

    private String claimHolder() {
        return jdbc().sql("SELECT holder FROM first_load_claim WHERE id = 1")
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(store);
    }
}
