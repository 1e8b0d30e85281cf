package org.citizenhub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.citizenhub.hub.store.HubSchema;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A store written before the block index (schema 8) keeps every audit entry findable by citizen once V9 has
 * numbered its entries into blocks, and appends carry on in the right block.
 */
class AuditBlockMigrationTest {

    @Test
    void entriesWrittenBeforeTheBlockIndexAreFoundByCitizenAfterIt() {
        JdbcDataSource store = new JdbcDataSource();
        store.setURL("jdbc:h2:mem:audit-block-migration;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(store).locations(HubSchema.LOCATION).target("8").load().migrate();
        JdbcClient sql = JdbcClient.create(store);
        // seqs either side of the first block boundaries, as a log of 200,000 entries would hold them
        for (long seq : List.of(1L, 65_535L, 65_536L, 200_000L)) {
            sql.sql("""
                            INSERT INTO audit_event (seq, at, actor, actor_role, action, citizen_id, outcome, prev_hash, hash)
                            VALUES (:seq, CURRENT_TIMESTAMP, 'cw-1', 'CASEWORKER', 'PROFILE_READ', :citizen, 'ALLOWED', 'p', 'h')""")
                    .param("seq", seq)
                    .param("citizen", seq == 65_536L ? "C-OTHER" : "C-ONE")
                    .update();
        }
        sql.sql("UPDATE audit_chain_head SET last_seq = 200000, last_hash = 'h' WHERE id = 1").update();

        HubSchema.migrate(store);

        assertThat(sql.sql("SELECT seq_block FROM audit_event ORDER BY seq").query(Long.class).list())
                .containsExactly(0L, 0L, 1L, 3L);
        assertThat(sql.sql("SELECT block FROM audit_block ORDER BY block").query(Long.class).list())
                .containsExactly(0L, 1L, 3L);
        AuditLog log = new AuditLog(store, Clock.systemUTC());
        assertThat(log.byCitizen("C-ONE", AuditPage.first(10)).entries()).extracting(AuditEntry::seq)
                .containsExactly(1L, 65_535L, 200_000L);

        log.record(AuditEvent.of("cw-1", "CASEWORKER", AuditAction.PROFILE_READ, AuditOutcome.ALLOWED).withCitizen("C-OTHER"));

        assertThat(log.byCitizen("C-OTHER", AuditPage.first(10)).entries()).extracting(AuditEntry::seq)
                .containsExactly(65_536L, 200_001L);
        assertThat(sql.sql("SELECT seq_block FROM audit_event WHERE seq = 200001").query(Long.class).single()).isEqualTo(3L);
    }
}
