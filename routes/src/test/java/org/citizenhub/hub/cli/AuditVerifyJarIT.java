package org.citizenhub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.audit.AuditEvent;
import org.citizenhub.hub.audit.AuditLog;
import org.citizenhub.hub.audit.AuditOutcome;
import org.citizenhub.hub.store.HubSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code java -jar citizen-hub.jar audit-verify --db ...} as a process: dispatch, output and exit codes. */
class AuditVerifyJarIT {

    @TempDir
    Path dir;

    @Test
    void provesAnIntactChainAndNamesTheFirstBrokenSeq() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store/citizen-hub");
        JdbcDataSource store = new JdbcDataSource();
        store.setURL(url);
        store.setUser("sa");
        HubSchema.migrate(store);
        AuditLog log = new AuditLog(store, Clock.systemUTC());
        for (int i = 1; i <= 4; i++) {
            log.record(AuditEvent.of("cw-" + i, "CASEWORKER", AuditAction.PROFILE_READ, AuditOutcome.ALLOWED));
        }

        JarProcess intact = JarProcess.start(dir, List.of("audit-verify", "--db", url));
        assertThat(intact.waitFor(60)).as(intact.tail()).isZero();
        assertThat(intact.stdout()).startsWith("Audit chain intact: 4 entries; head seq 4, hash ");
        assertThat(intact.stdout() + intact.stderr()).doesNotContain("Tomcat", "Hazelcast", "Spring Boot", "INFO");

        JdbcClient.create(store).sql("DELETE FROM audit_event WHERE seq = 2").update();
        JarProcess broken = JarProcess.start(dir, List.of("audit-verify", "--db", url));
        assertThat(broken.waitFor(60)).as(broken.tail()).isEqualTo(1);
        assertThat(broken.stdout()).startsWith("Audit chain BROKEN at seq 2: entry 2 is missing");

        JarProcess usage = JarProcess.start(dir, List.of("audit-verify"));
        assertThat(usage.waitFor(60)).isEqualTo(2);
        assertThat(usage.stderr()).contains("missing --db", "Usage:");
    }
}
