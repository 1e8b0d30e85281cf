package org.citizenhub.hub.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code audit-verify} against an H2 file store as the hub leaves it: output and exit codes. */
class AuditVerifyCommandTest {

    @TempDir
    Path dir;

    private String url;
    private JdbcDataSource store;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A hub store with three audit entries; only the tests that read one make it (a migration takes a while). */
    private void storeWithThreeEntries() {
        url = "jdbc:h2:file:" + dir.resolve("hub/citizen-hub");
        store = new JdbcDataSource();
        store.setURL(url);
        store.setUser("sa");
        HubSchema.migrate(store);
        AuditLog log = new AuditLog(store, Clock.systemUTC());
        for (int i = 1; i <= 3; i++) {
            log.record(AuditEvent.of("cw-" + i, "CASEWORKER", AuditAction.PROFILE_READ, AuditOutcome.ALLOWED));
        }
    }

    @Test
    void anIntactChainExitsZeroAndNamesTheHead() {
        storeWithThreeEntries();

        int exit = run("--db", url);

        assertThat(exit).isEqualTo(AuditVerifyCommand.INTACT);
        assertThat(out()).matches("Audit chain intact: 3 entries; head seq 3, hash [0-9a-f]{64}\\R");
        assertThat(err()).isEmpty();
    }

    @Test
    void aBrokenChainExitsOneAndSaysTheSeq() {
        storeWithThreeEntries();
        JdbcClient.create(store).sql("UPDATE audit_event SET actor = 'someone-else' WHERE seq = 2").update();

        int exit = run("--db=" + url);

        assertThat(exit).isEqualTo(AuditVerifyCommand.BROKEN);
        assertThat(out()).startsWith("Audit chain BROKEN at seq 2: entry 2 was changed")
                .contains("1 entries before it are intact");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--db", "--db=", "--db postgres://host/db", "--connectors x.yml", "extra"})
    void badArgumentsExitTwoWithTheUsage(String args) {
        int exit = run(args.isEmpty() ? new String[0] : args.split(" "));

        assertThat(exit).isEqualTo(AuditVerifyCommand.USAGE);
        assertThat(err()).startsWith("audit-verify: ").contains("Usage: java -jar citizen-hub.jar audit-verify");
        assertThat(out()).isEmpty();
    }

    @Test
    void helpExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Exit codes");
    }

    @Test
    void aMistypedH2PathExitsThreeAndCreatesNoDatabase() {
        Path missing = dir.resolve("nowhere/store");

        int exit = run("--db", "jdbc:h2:file:" + missing);

        assertThat(exit).isEqualTo(AuditVerifyCommand.UNREADABLE);
        assertThat(err()).startsWith("audit-verify: cannot read the audit log: ");
        assertThat(Files.exists(dir.resolve("nowhere/store.mv.db"))).isFalse();
    }

    @Test
    void aDatabaseWithoutAnAuditLogExitsThree() {
        String other = "jdbc:h2:mem:not-a-hub;DB_CLOSE_DELAY=-1";
        JdbcDataSource db = new JdbcDataSource();
        db.setURL(other);
        db.setUser("sa");
        JdbcClient.create(db).sql("CREATE TABLE IF NOT EXISTS something (id INT)").update();

        int exit = run("--db", other);

        assertThat(exit).isEqualTo(AuditVerifyCommand.UNREADABLE);
        assertThat(err()).contains("no audit log in this database");
    }

    private int run(String... args) {
        return new AuditVerifyCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), name -> null).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
