package org.citizenhub.hub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.hub.store.TestRecords.person;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.connectors.RunSummary;
import org.citizenhub.core.match.DeterministicMatcher;
import org.citizenhub.core.match.LinkOrigin;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.connector.ConnectorRun;
import org.citizenhub.hub.deadletter.DeadLetterStatus;
import org.citizenhub.hub.identity.IngestOutcome;
import org.citizenhub.hub.identity.Link;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store and ingest rules, run against a real database by each subclass (H2 and PostgreSQL), so the
 * one migration script is proven on both.
 */
abstract class HubStoreScenarios {

    private HubStore store;

    /** A migrated database; the same one may be handed out for every test. */
    protected abstract DataSource dataSource();

    @BeforeEach
    void emptyStore() {
        JdbcClient jdbc = JdbcClient.create(dataSource());
        for (String sql : List.of("DELETE FROM record_link", "DELETE FROM record_key", "DELETE FROM source_record",
                "UPDATE citizen SET merged_into = NULL", "DELETE FROM citizen", "DELETE FROM dead_letter",
                "DELETE FROM connector_run", "DELETE FROM connector_checkpoint")) {
            jdbc.sql(sql).update();
        }
        store = HubStore.open(dataSource(), new DeterministicMatcher(), Clock.systemUTC());
    }

    @Test
    void twoRecordsOfOnePersonFromTwoSourcesResolveToOneCitizen() {
        IngestOutcome tax = store.sink().ingest(person("tax", "T1", "AB123456C", "Ann", "Lee", "1980-01-02"));
        IngestOutcome health = store.sink().ingest(person("health", "H1", "ab 12 34 56 c", "Anne", "Lee", null));
        IngestOutcome other = store.sink().ingest(person("health", "H2", "ZX987654A", "Bob", "Ray", "1975-03-04"));

        assertThat(tax.kind()).isEqualTo(IngestOutcome.Kind.NEW_CITIZEN);
        assertThat(health.kind()).isEqualTo(IngestOutcome.Kind.LINKED);
        assertThat(health.citizenId()).isEqualTo(tax.citizenId());
        assertThat(other.citizenId()).isNotEqualTo(tax.citizenId());
        assertThat(store.links().findByCitizen(tax.citizenId())).extracting(Link::record)
                .containsExactly(new RecordKey("health", "H1"), new RecordKey("tax", "T1"));
        assertThat(store.citizens().countLive()).isEqualTo(2);
        assertThat(store.sourceRecords().count()).isEqualTo(3);
    }

    @Test
    void readingTheSameRecordAgainChangesNothing() {
        IngestOutcome first = store.sink().ingest(person("tax", "T1", "AB123456C", "Ann", "Lee", "1980-01-02"));
        Link before = store.links().find(new RecordKey("tax", "T1")).orElseThrow();

        IngestOutcome again = store.sink().ingest(person("tax", "T1", "AB123456C", "Ann", "Lee", "1980-01-02"));

        assertThat(again.kind()).isEqualTo(IngestOutcome.Kind.UNCHANGED);
        assertThat(again.citizenId()).isEqualTo(first.citizenId());
        assertThat(store.links().find(new RecordKey("tax", "T1"))).contains(before);
        assertThat(store.citizens().countLive()).isEqualTo(1);
    }

    @Test
    void aBridgingRecordMergesTwoCitizensIntoTheOldestAndTheOtherIdRedirects() {
        // given: A has a national id, B has none and another family name, so they do not match
        String a = store.sink().ingest(person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        String b = store.sink().ingest(person("health", "B", null, "Ann", "Jones", "1980-01-02")).citizenId();
        assertThat(a).isNotEqualTo(b);

        // when: C shares A's national id and B's name and date of birth
        IngestOutcome c = store.sink().ingest(person("benefits", "C", "AB123456C", "Ann", "Jones", "1980-01-02"));

        // then: one citizen, the oldest id, and B's id answers with it
        assertThat(c.kind()).isEqualTo(IngestOutcome.Kind.MERGED);
        assertThat(c.citizenId()).isEqualTo(a);
        assertThat(c.absorbed()).containsExactly(b);
        assertThat(store.links().findByCitizen(a)).hasSize(3);
        assertThat(store.citizens().resolve(b)).get().extracting(x -> x.id()).isEqualTo(a);
        assertThat(store.citizens().find(b)).get().extracting(x -> x.mergedInto()).isEqualTo(a);
        assertThat(store.citizens().countLive()).isEqualTo(1);
    }

    @Test
    void aManualLinkIsNeverChangedByMatching() {
        String a = store.sink().ingest(person("tax", "A", "AB123456C", "Ann", "Lee", "1980-01-02")).citizenId();
        String b = store.sink().ingest(person("health", "B", "QQ123456Z", "Bea", "Ray", "1990-01-02")).citizenId();
        // a caseworker decides B belongs where it is
        RecordKey bKey = new RecordKey("health", "B");
        Link manual = new Link(bKey, b, LinkState.MATCH, 1.0, LinkOrigin.MANUAL, Instant.parse("2024-01-01T00:00:00Z"));
        store.links().save(manual);

        // B changes so that it now matches A by national id
        IngestOutcome changed = store.sink().ingest(person("health", "B", "AB123456C", "Bea", "Ray", "1990-01-02"));

        assertThat(changed.kind()).isEqualTo(IngestOutcome.Kind.MANUAL_KEPT);
        assertThat(store.links().find(bKey)).contains(manual);
        assertThat(store.citizens().find(a)).get().extracting(x -> x.mergedInto()).isNull();
        assertThat(store.citizens().countLive()).isEqualTo(2);
    }

    @Test
    void aBridgingRecordNeverAbsorbsACitizenHoldingAManualLink() {
        String a = store.sink().ingest(person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        String b = store.sink().ingest(person("health", "B", null, "Ann", "Jones", "1980-01-02")).citizenId();
        RecordKey bKey = new RecordKey("health", "B");
        Link manual = new Link(bKey, b, LinkState.MATCH, 1.0, LinkOrigin.MANUAL, Instant.parse("2024-01-01T00:00:00Z"));
        store.links().save(manual);

        IngestOutcome c = store.sink().ingest(person("benefits", "C", "AB123456C", "Ann", "Jones", "1980-01-02"));

        // the pinned citizen survives even though it is younger; the manual link is as the caseworker left it
        assertThat(c.citizenId()).isEqualTo(b);
        assertThat(c.absorbed()).containsExactly(a);
        assertThat(store.links().find(bKey)).contains(manual);
    }

    @Test
    void aChangedRecordThatNoLongerMatchesLeavesForANewCitizen() {
        String a = store.sink().ingest(person("tax", "A", "AB123456C", "Ann", "Lee", "1980-01-02")).citizenId();
        store.sink().ingest(person("health", "B", "AB123456C", "Ann", "Lee", "1980-01-02"));

        IngestOutcome moved = store.sink().ingest(person("health", "B", "QQ654321Z", "Bob", "Ray", "1970-05-06"));

        assertThat(moved.kind()).isEqualTo(IngestOutcome.Kind.NEW_CITIZEN);
        assertThat(moved.citizenId()).isNotEqualTo(a);
        assertThat(store.links().findByCitizen(a)).extracting(Link::record).containsExactly(new RecordKey("tax", "A"));
    }

    @Test
    void aCitizenLeftEmptyByAChangedRecordRedirectsToWhereTheRecordWent() {
        String a = store.sink().ingest(person("tax", "A", "AB123456C", "Ann", "Lee", "1980-01-02")).citizenId();
        String b = store.sink().ingest(person("health", "B", "QQ654321Z", "Bob", "Ray", "1970-05-06")).citizenId();

        IngestOutcome moved = store.sink().ingest(person("health", "B", "AB123456C", "Ann", "Lee", "1980-01-02"));

        assertThat(moved.citizenId()).isEqualTo(a);
        assertThat(store.citizens().resolve(b)).get().extracting(x -> x.id()).isEqualTo(a);
    }

    @Test
    void aRecordAloneOnItsCitizenKeepsTheIdWhenItChanges() {
        String a = store.sink().ingest(person("tax", "A", "AB123456C", "Ann", "Lee", "1980-01-02")).citizenId();

        IngestOutcome changed = store.sink().ingest(person("tax", "A", "AB123456C", "Ann", "Leigh", "1980-01-02"));

        assertThat(changed.citizenId()).isEqualTo(a);
        assertThat(store.citizens().countLive()).isEqualTo(1);
    }

    // ---- deletions: a source says a record is gone ----

    @Test
    void deletingTheBridgeSplitsTheCitizenAndTheLargerPartKeepsTheId() {
        // A1 and A2 share a national id with B; C matches B only by name and date of birth; A and C never match
        String a = store.sink().ingest(person("tax", "A1", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        store.sink().ingest(person("tax", "A2", "AB123456C", "Ann", "Smith", "1980-01-02"));
        store.sink().ingest(person("benefits", "C", null, "Ann", "Jones", "1980-01-02"));
        IngestOutcome bridge = store.sink().ingest(person("health", "B", "AB123456C", "Ann", "Jones", "1980-01-02"));
        assertThat(bridge.citizenId()).isEqualTo(a);
        assertThat(store.links().findByCitizen(a)).hasSize(4);
        List<java.util.Set<String>> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        store.sink().onCitizensChanged(published::add);

        java.util.Set<String> changed = store.sink().remove(new RecordKey("health", "B"));

        assertThat(store.links().findByCitizen(a)).extracting(Link::record)
                .containsExactlyInAnyOrder(new RecordKey("tax", "A1"), new RecordKey("tax", "A2"));
        Link c = store.links().find(new RecordKey("benefits", "C")).orElseThrow();
        assertThat(c.citizenId()).isNotEqualTo(a);
        assertThat(store.links().find(new RecordKey("health", "B"))).isEmpty();
        assertThat(changed).containsExactlyInAnyOrder(a, c.citizenId());
        assertThat(published).containsExactly(changed);
        assertThat(store.sourceRecords().count()).isEqualTo(3);
        // kept for provenance, marked deleted
        assertThat(JdbcClient.create(dataSource()).sql("SELECT COUNT(*) FROM source_record WHERE deleted_at IS NOT NULL")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void deletingARecordOfACitizenWithAManualLinkLeavesTheOtherLinksAlone() {
        String a = store.sink().ingest(person("tax", "A", "AB123456C", "Ann", "Lee", "1980-01-02")).citizenId();
        store.sink().ingest(person("health", "B", "AB123456C", "Ann", "Lee", "1980-01-02"));
        store.sink().ingest(person("benefits", "C", "QQ123456Z", "Bea", "Ray", "1990-01-02"));
        // a caseworker puts C with Ann although nothing matches
        RecordKey cKey = new RecordKey("benefits", "C");
        store.links().save(new Link(cKey, a, LinkState.MATCH, 1.0, LinkOrigin.MANUAL, Instant.parse("2024-01-01T00:00:00Z")));
        Link b = store.links().find(new RecordKey("health", "B")).orElseThrow();
        Link c = store.links().find(cKey).orElseThrow();

        store.sink().delete(new RecordKey("tax", "A"));

        assertThat(store.links().findByCitizen(a)).containsExactlyInAnyOrder(b, c);
    }

    @Test
    void aDeletedRecordThatComesBackIsLiveAndMatchedAgainAndDeletesAreIdempotent() {
        String a = store.sink().ingest(person("tax", "A", "AB123456C", "Ann", "Lee", "1980-01-02")).citizenId();
        store.sink().ingest(person("health", "B", "AB123456C", "Ann", "Lee", "1980-01-02"));
        RecordKey bKey = new RecordKey("health", "B");

        assertThat(store.sink().remove(bKey)).containsExactly(a);
        assertThat(store.sink().remove(bKey)).isEmpty();
        assertThat(store.sink().remove(new RecordKey("health", "nobody"))).isEmpty();
        assertThat(store.links().find(bKey)).isEmpty();

        IngestOutcome back = store.sink().ingest(person("health", "B", "AB123456C", "Ann", "Lee", "1980-01-02"));

        assertThat(back.kind()).isEqualTo(IngestOutcome.Kind.LINKED);
        assertThat(back.citizenId()).isEqualTo(a);
        assertThat(store.sourceRecords().count()).isEqualTo(2);
        assertThat(JdbcClient.create(dataSource()).sql("SELECT COUNT(*) FROM source_record WHERE deleted_at IS NOT NULL")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCitizenLeftWithoutRecordsKeepsItsIdAndAnswersEmpty() {
        String a = store.sink().ingest(person("tax", "A", "AB123456C", "Ann", "Lee", "1980-01-02")).citizenId();

        store.sink().delete(new RecordKey("tax", "A"));

        assertThat(store.citizens().resolve(a)).get().extracting(x -> x.id()).isEqualTo(a);
        assertThat(store.links().findByCitizen(a)).isEmpty();
        assertThat(store.sourceRecords().count()).isZero();
    }

    @Test
    void theSameDeadLetterTwiceIsStoredOnceAndAFailedReplayCountsAnAttempt() {
        DeadLetter letter = new DeadLetter("tax", "T9", "field dateOfBirth: no date format matches", "{\"dob\":\"x\"}",
                Instant.parse("2024-01-01T00:00:00Z"));
        store.sink().reject(letter);
        store.sink().reject(letter);
        store.sink().reject(new DeadLetter("health", null, "line 3: not JSON", "{oops", Instant.now()));

        var open = store.deadLetters().list("tax", DeadLetterStatus.OPEN, 10);
        assertThat(open).hasSize(1);
        long id = open.get(0).id();
        store.deadLetters().recordFailedReplay(id, "still bad", Instant.now());
        assertThat(store.deadLetters().find(id)).get().satisfies(l -> {
            assertThat(l.attempts()).isEqualTo(2);
            assertThat(l.reason()).isEqualTo("still bad");
            assertThat(l.rawPayload()).isEqualTo("{\"dob\":\"x\"}");
        });
        store.deadLetters().markReplayed(id);
        assertThat(store.deadLetters().countOpen()).isEqualTo(1);
        assertThat(store.deadLetters().list(null, null, 10)).hasSize(2);
    }

    @Test
    void checkpointsAndRunsAreKept() {
        assertThat(store.checkpoints().watermark("tax")).isEmpty();
        store.checkpoints().saveWatermark("tax", "2024-01-01");
        store.checkpoints().saveWatermark("tax", "2024-02-01");
        assertThat(store.checkpoints().watermark("tax")).contains("2024-02-01");

        Instant start = Instant.parse("2024-03-01T10:00:00Z");
        store.runs().recordSuccess(new RunSummary("tax", 5, 4, 1, start, start.plusSeconds(2)));
        store.runs().recordFailure(new RunSummary("tax", 2, 1, 1, start.plusSeconds(60), start.plusSeconds(61)), "connection refused");
        assertThat(store.runs().latest("tax")).get().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(ConnectorRun.Outcome.FAILED);
            assertThat(run.error()).isEqualTo("connection refused");
            assertThat(run.startedAt()).isEqualTo(start.plusSeconds(60));
            assertThat(run.read()).isEqualTo(2);
        });
    }
}
