package org.citizenhub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log on a real database, written as the hub writes it and then tampered with in plain SQL, as an
 * insider with database access would. Subclasses name the database (H2, PostgreSQL).
 */
abstract class AuditLogScenarios {

    static final Instant START = Instant.parse("2026-03-01T09:00:00.123456789Z");
    /** Blocks of two entries, so that every scenario's entries span several blocks (the hub's are 65,536). */
    static final long SEQS_PER_BLOCK = 2;

    private AuditLog log;
    private AuditChainVerifier verifier;
    private JdbcClient sql;

    protected abstract DataSource dataSource();

    @BeforeEach
    void emptyLog() {
        sql = JdbcClient.create(dataSource());
        sql.sql("DELETE FROM audit_event").update();
        sql.sql("DELETE FROM audit_block").update();
        sql.sql("UPDATE audit_chain_head SET last_seq = 0, last_hash = :genesis").param("genesis", AuditChain.GENESIS).update();
        log = new AuditLog(dataSource(), new TickingClock(START), SEQS_PER_BLOCK);
        verifier = new AuditChainVerifier(dataSource());
    }

    @Test
    void anEmptyLogIsIntact() {
        AuditVerification result = verifier.verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isZero();
        assertThat(result.headHash()).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void appendedEntriesFormOneChainThatVerifies() {
        AuditEntry first = log.record(read("cw-1", "C0000000000000000000A").withPurpose("case 42"));
        AuditEntry second = log.record(AuditEvent.of("admin-1", "ADMIN", AuditAction.CONNECTOR_RUN, AuditOutcome.ALLOWED)
                .withDetail("connector tax"));
        AuditEntry third = log.record(read("partner-x", null).withDetail("by-record tax/T1"));

        assertThat(List.of(first.seq(), second.seq(), third.seq())).containsExactly(1L, 2L, 3L);
        assertThat(first.prevHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(third.prevHash()).isEqualTo(second.hash());
        assertThat(first.at()).isEqualTo(Instant.parse("2026-03-01T09:00:00.123456Z"));
        AuditVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(3);
        assertThat(result.firstBrokenSeq()).isNull();
        assertThat(result.headSeq()).isEqualTo(3);
        assertThat(result.headHash()).isEqualTo(third.hash());
        // what was stored reads back as it was hashed
        assertThat(log.search(null, null, null, null, AuditPage.first(10)).entries()).containsExactly(first, second, third);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "detail = 'connector health'",
            "actor = 'someone-else'",
            "actor_role = 'ADMIN'",
            "at = at + INTERVAL '1' SECOND",
            "citizen_id = NULL",
            "purpose = 'a better reason'",
            "outcome = 'DENIED'",
            "action = 'SEARCH'",
    })
    void anEntryChangedInTheDatabaseIsFoundAtItsSeq(String change) {
        appendFive();

        sql.sql("UPDATE audit_event SET " + change + " WHERE seq = 3").update();

        AuditVerification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3L);
        assertThat(result.entriesChecked()).isEqualTo(2);
        assertThat(result.reason()).contains("entry 3 was changed");
    }

    @Test
    void aChangedEntryWhoseHashWasRecomputedBreaksTheLinkToTheNext() {
        appendFive();
        AuditEntry third = log.byCitizen("C0000000000000000000003", AuditPage.first(1)).entries().get(0);
        AuditEntry forged = new AuditEntry(third.seq(), third.at(), "someone-else", third.actorRole(), third.action(),
                third.citizenId(), third.purpose(), third.outcome(), third.detail(), third.prevHash(), null);

        sql.sql("UPDATE audit_event SET actor = 'someone-else', hash = :hash WHERE seq = 3")
                .param("hash", AuditChain.hash(forged)).update();

        AuditVerification result = verifier.verify();
        assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        assertThat(result.reason()).contains("entry 4 does not follow entry 3");
    }

    @Test
    void aRemovedEntryIsFoundAtItsSeq() {
        appendFive();

        sql.sql("DELETE FROM audit_event WHERE seq = 3").update();

        AuditVerification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3L);
        assertThat(result.reason()).isEqualTo("entry 3 is missing");
    }

    @Test
    void removedEntriesAtTheEndAreFoundThroughTheChainHead() {
        appendFive();

        sql.sql("DELETE FROM audit_event WHERE seq >= 4").update();

        AuditVerification result = verifier.verify();
        assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        assertThat(result.reason()).startsWith("entries 4 to 5 are missing");
    }

    @Test
    void reorderedEntriesAreFoundAtTheFirstMovedSeq() {
        appendFive();

        // swap entries 2 and 3
        sql.sql("UPDATE audit_event SET seq = -2 WHERE seq = 2").update();
        sql.sql("UPDATE audit_event SET seq = 2 WHERE seq = 3").update();
        sql.sql("UPDATE audit_event SET seq = 3 WHERE seq = -2").update();

        AuditVerification result = verifier.verify();
        assertThat(result.firstBrokenSeq()).isEqualTo(2L);
        assertThat(result.reason()).contains("entry 2 does not follow entry 1");
    }

    @Test
    void anEntryInsertedAroundTheHubIsFound() {
        appendFive();
        AuditEntry last = log.byCitizen("C0000000000000000000005", AuditPage.first(1)).entries().get(0);
        AuditEntry smuggled = new AuditEntry(6, START, "intruder", "ADMIN", "LINK", null, null, "ALLOWED", null, last.hash(), null);

        sql.sql("""
                        INSERT INTO audit_event (seq, seq_block, at, actor, actor_role, action, outcome, prev_hash, hash)
                        VALUES (6, 3, :at, 'intruder', 'ADMIN', 'LINK', 'ALLOWED', :prev, :hash)""")
                .param("at", org.citizenhub.hub.store.SqlTime.toSql(START))
                .param("prev", last.hash())
                .param("hash", AuditChain.hash(smuggled))
                .update();

        AuditVerification result = verifier.verify();
        assertThat(result.firstBrokenSeq()).isEqualTo(6L);
        assertThat(result.reason()).contains("not appended through the hub");
        // and the hub refuses to append behind a head that was left behind
        assertThatThrownBy(() -> log.record(read("cw-1", null))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("audit-verify");
    }

    @Test
    void concurrentWritersOnSeveralMembersKeepOneChain() throws Exception {
        // four "members", each its own AuditLog (its own JVM lock), so only the chain-head row lock orders them
        int members = 4;
        int threadsPerMember = 2;
        int eventsPerThread = 25;
        List<AuditLog> logs = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            logs.add(new AuditLog(dataSource(), new TickingClock(START), SEQS_PER_BLOCK));
        }
        ExecutorService pool = Executors.newFixedThreadPool(members * threadsPerMember);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                AuditLog member = logs.get(m);
                for (int t = 0; t < threadsPerMember; t++) {
                    String actor = "member-" + m + "-thread-" + t;
                    writers.add(() -> {
                        for (int i = 0; i < eventsPerThread; i++) {
                            member.record(read(actor, null).withDetail("event " + i));
                        }
                        return null;
                    });
                }
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        int total = members * threadsPerMember * eventsPerThread;
        AuditVerification result = verifier.verify();
        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(total);
        assertThat(sql.sql("SELECT COUNT(DISTINCT prev_hash) FROM audit_event").query(Long.class).single()).isEqualTo(total);
        assertThat(log.search("member-3-thread-1", null, null, null, AuditPage.first(1)).total()).isEqualTo(eventsPerThread);
    }

    @Test
    void callersCommittedTogetherEachGetTheirOwnEntry() throws Exception {
        // many threads on one member: the writer commits several queued events per transaction
        int threads = 16;
        int eventsPerThread = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> callers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "caller-" + t;
                callers.add(() -> {
                    for (int i = 0; i < eventsPerThread; i++) {
                        AuditEntry entry = log.record(read(actor, null).withDetail("event " + i));
                        assertThat(entry.actor()).isEqualTo(actor);
                        assertThat(entry.detail()).isEqualTo("event " + i);
                        assertThat(entry.hash()).isEqualTo(AuditChain.hash(entry));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(callers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        AuditVerification result = verifier.verify();
        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(threads * eventsPerThread);
    }

    @Test
    void everyEntryAboutACitizenIsFoundOldestFirstInPages() {
        log.record(read("cw-1", "C0000000000000000000AAA"));
        log.record(read("cw-2", "C0000000000000000000BBB"));
        log.record(AuditEvent.of("cw-2", "CASEWORKER", AuditAction.LINK, AuditOutcome.ALLOWED).withCitizen("C0000000000000000000AAA")
                .withDetail("record tax/T1"));
        log.record(read("partner-x", "C0000000000000000000AAA").withPurpose("benefit check"));

        AuditResults firstPage = log.byCitizen("C0000000000000000000AAA", new AuditPage(0, 2));
        AuditResults secondPage = log.byCitizen("C0000000000000000000AAA", new AuditPage(1, 2));

        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(firstPage.entries()).extracting(AuditEntry::seq).containsExactly(1L, 3L);
        assertThat(firstPage.hasMore()).isTrue();
        assertThat(secondPage.entries()).extracting(AuditEntry::actor).containsExactly("partner-x");
        assertThat(secondPage.entries().get(0).purpose()).isEqualTo("benefit check");
        assertThat(secondPage.hasMore()).isFalse();
        assertThat(log.byCitizen("C0000000000000000000ZZZ", AuditPage.first(10)).entries()).isEmpty();
        // seqs 1 to 4 in blocks of two: blocks 0, 1 and 2, each recorded once
        assertThat(sql.sql("SELECT block FROM audit_block ORDER BY block").query(Long.class).list()).containsExactly(0L, 1L, 2L);
        assertThat(sql.sql("SELECT seq_block FROM audit_event ORDER BY seq").query(Long.class).list()).containsExactly(0L, 1L, 1L, 2L);
    }

    @Test
    void searchFiltersByActorActionAndTime() {
        appendFive(); // at START + 0..4 s, actors cw-1..cw-5, PROFILE_READ
        log.record(AuditEvent.of("cw-2", "CASEWORKER", AuditAction.SEARCH, AuditOutcome.ALLOWED)); // START + 5 s

        assertThat(log.search("cw-2", null, null, null, AuditPage.first(10)).entries())
                .extracting(AuditEntry::seq).containsExactly(2L, 6L);
        assertThat(log.search(null, AuditAction.SEARCH, null, null, AuditPage.first(10)).entries())
                .extracting(AuditEntry::seq).containsExactly(6L);
        assertThat(log.search(null, AuditAction.PROFILE_READ, START.plusSeconds(1), START.plusSeconds(3), AuditPage.first(10))
                .entries()).extracting(AuditEntry::seq).containsExactly(2L, 3L);
        assertThat(log.search("cw-2", AuditAction.PROFILE_READ, null, null, AuditPage.first(10)).total()).isEqualTo(1);
        assertThat(log.search(null, null, null, null, new AuditPage(2, 2)).entries())
                .extracting(AuditEntry::seq).containsExactly(5L, 6L);
    }

    /**
     * Every mix of the six criteria (2^6 queries) against a log of varied entries: the pages, walked to the end,
     * hold exactly the entries an in-memory filter keeps, in seq order, and every page's total is their count.
     */
    @Test
    void everyMixOfCriteriaGivesPagesAndATotalThatAgree() {
        String citizen = "C0000000000000000000AAA";
        for (int i = 0; i < 36; i++) { // at START + i seconds
            AuditAction action = switch (i % 4) {
                case 1 -> AuditAction.LINK;
                case 2 -> AuditAction.SEARCH;
                default -> AuditAction.PROFILE_READ;
            };
            AuditOutcome outcome = i % 5 == 2 ? AuditOutcome.DENIED : i % 7 == 3 ? AuditOutcome.NOT_FOUND : AuditOutcome.ALLOWED;
            String about = i % 3 == 0 ? citizen : i % 3 == 1 ? "C0000000000000000000BBB" : null;
            log.record(AuditEvent.of("cw-" + (i % 2 + 1), "CASEWORKER", action, outcome).withCitizen(about));
        }
        List<AuditEntry> all = log.find(AuditQuery.ALL, new AuditPage(0, AuditPage.MAX_SIZE)).entries();
        assertThat(all).hasSize(36);
        Instant from = START.plusSeconds(5);
        Instant to = START.plusSeconds(30);

        for (int mask = 0; mask < 64; mask++) {
            AuditQuery query = new AuditQuery(
                    (mask & 1) != 0 ? citizen : null,
                    (mask & 2) != 0 ? "cw-1" : null,
                    (mask & 4) != 0 ? AuditAction.PROFILE_READ : null,
                    (mask & 8) != 0 ? AuditOutcome.DENIED : null,
                    (mask & 16) != 0 ? from : null,
                    (mask & 32) != 0 ? to : null);
            List<Long> expected = all.stream().filter(query::matches).map(AuditEntry::seq).toList();
            List<Long> paged = new ArrayList<>();
            AuditResults page;
            int number = 0;
            do {
                page = log.find(query, new AuditPage(number++, 4));
                assertThat(page.total()).as("total of %s", query).isEqualTo(expected.size());
                page.entries().forEach(e -> paged.add(e.seq()));
            } while (page.hasMore());
            assertThat(paged).as("entries of %s", query).isEqualTo(expected);
        }
        // every criterion on at once still finds one entry (seq 13: citizen AAA, cw-1, PROFILE_READ, DENIED, in time)
        assertThat(log.find(new AuditQuery(citizen, "cw-1", AuditAction.PROFILE_READ, AuditOutcome.DENIED, from, to),
                AuditPage.first(10)).entries()).extracting(AuditEntry::seq).containsExactly(13L);
    }

    @Test
    void theLatestEntryOfAQueryIsTheNewestThatMeetsIt() {
        appendFive();
        log.record(AuditEvent.of("system", "SYSTEM", AuditAction.CONNECTOR_CHANGE, AuditOutcome.ALLOWED).withDetail("first"));
        log.record(read("cw-1", null));
        log.record(AuditEvent.of("system", "SYSTEM", AuditAction.CONNECTOR_CHANGE, AuditOutcome.ALLOWED).withDetail("second"));
        log.record(read("cw-2", null));

        assertThat(log.latest(AuditQuery.ALL.withAction(AuditAction.CONNECTOR_CHANGE))).get()
                .extracting(AuditEntry::seq, AuditEntry::detail).containsExactly(8L, "second");
        assertThat(log.latest(AuditQuery.ALL.withActor("cw-3"))).get().extracting(AuditEntry::seq).isEqualTo(3L);
        assertThat(log.latest(AuditQuery.ALL.withAction(AuditAction.AUTH_FAILURE))).isEmpty();
    }

    /** Five profile reads by cw-1..cw-5 of citizens C...001..C...005, one second apart. */
    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            log.record(read("cw-" + i, "C000000000000000000000" + i).withPurpose("case " + i));
        }
    }

    private static AuditEvent read(String actor, String citizenId) {
        return AuditEvent.of(actor, "CASEWORKER", AuditAction.PROFILE_READ, AuditOutcome.ALLOWED).withCitizen(citizenId);
    }
}
