package org.citizenhub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.citizenhub.hub.store.EmbeddedPostgresSupport;
import org.citizenhub.hub.store.HubSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one-statement append on a real PostgreSQL: all of a batch, its blocks and the head move when the head
 * is the one the writer names, nothing when it is not.
 */
class PostgresChainAppendTest {

    @RegisterExtension
    static final EmbeddedPostgresSupport POSTGRES = new EmbeddedPostgresSupport();

    private static final long SEQS_PER_BLOCK = 2;
    private static final AuditRows.Head GENESIS = new AuditRows.Head(0, AuditChain.GENESIS);

    private DataSource dataSource;
    private JdbcClient sql;
    private PostgresChainAppend append;

    @BeforeEach
    void emptyLog() {
        dataSource = POSTGRES.freshDatabase();
        sql = JdbcClient.create(dataSource);
        append = PostgresChainAppend.forDatabase(dataSource, AuditLog.databaseProduct(dataSource), SEQS_PER_BLOCK).orElseThrow();
    }

    @Test
    void appendsTheBatchWithTheBlocksItOpensAndMovesTheHead() {
        List<AuditEntry> batch = signedAfter(GENESIS, 3, "partner-1");

        assertThat(append.append(batch, GENESIS, new long[] {0, 1})).isTrue();

        AuditEntry last = batch.get(2);
        assertThat(sql.sql("SELECT last_seq, last_hash FROM audit_chain_head").query(AuditRows::head).single())
                .isEqualTo(new AuditRows.Head(last.seq(), last.hash()));
        assertThat(sql.sql("SELECT block FROM audit_block ORDER BY block").query(Long.class).list()).containsExactly(0L, 1L);
        assertThat(sql.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_event ORDER BY seq").query(AuditRows::entry).list())
                .isEqualTo(batch);
        assertThat(sql.sql("SELECT seq_block FROM audit_event ORDER BY seq").query(Long.class).list()).containsExactly(0L, 1L, 1L);
        AuditVerification verified = new AuditChainVerifier(dataSource).verify();
        assertThat(verified.intact()).as(verified.reason()).isTrue();
        assertThat(verified.entriesChecked()).isEqualTo(3);
    }

    @Test
    void writesNothingWhenTheHeadIsNoLongerTheOneNamed() {
        List<AuditEntry> first = signedAfter(GENESIS, 2, "partner-1");
        assertThat(append.append(first, GENESIS, new long[] {0, 1})).isTrue();

        // a second writer that still believes the genesis is the head (another member wrote since)
        List<AuditEntry> stale = signedAfter(GENESIS, 1, "partner-2");
        assertThat(append.append(stale, GENESIS, new long[] {0})).isFalse();

        assertThat(sql.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single()).isEqualTo(2);
        assertThat(sql.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'partner-2'").query(Long.class).single()).isZero();
        assertThat(sql.sql("SELECT last_seq FROM audit_chain_head").query(Long.class).single()).isEqualTo(2);
        AuditVerification verified = new AuditChainVerifier(dataSource).verify();
        assertThat(verified.intact()).as(verified.reason()).isTrue();
    }

    @Test
    void aBlockRowAnotherMemberAddedIsKept() {
        sql.sql("INSERT INTO audit_block (block) VALUES (0)").update();

        assertThat(append.append(signedAfter(GENESIS, 1, "partner-1"), GENESIS, new long[] {0})).isTrue();

        assertThat(sql.sql("SELECT block FROM audit_block").query(Long.class).list()).containsExactly(0L);
    }

    @Test
    void onlyPostgresqlHasIt() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:postgres-chain-append-test;DB_CLOSE_DELAY=-1");
        HubSchema.migrate(h2);

        assertThat(PostgresChainAppend.forDatabase(h2, AuditLog.databaseProduct(h2), SEQS_PER_BLOCK)).isEmpty();
    }

    /** {@code count} entries chained after {@code head}, with nulls where the log allows them. */
    private static List<AuditEntry> signedAfter(AuditRows.Head head, int count, String actor) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = head.hash();
        for (int i = 1; i <= count; i++) {
            long seq = head.seq() + i;
            AuditEntry unsigned = new AuditEntry(seq, Instant.parse("2026-03-01T09:00:00.123456Z").plusSeconds(i), actor,
                    "PARTNER", AuditAction.PROFILE_READ.name(), i == 1 ? null : "C" + seq, "purpose 'quoted', \"double\" {braces}",
                    AuditOutcome.ALLOWED.name(), i == 2 ? null : "detail, with a comma", previous, null);
            AuditEntry entry = new AuditEntry(seq, unsigned.at(), unsigned.actor(), unsigned.actorRole(), unsigned.action(),
                    unsigned.citizenId(), unsigned.purpose(), unsigned.outcome(), unsigned.detail(), previous,
                    AuditChain.hash(unsigned));
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }
}
