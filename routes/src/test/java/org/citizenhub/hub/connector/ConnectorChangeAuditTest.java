package org.citizenhub.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.citizenhub.connectors.config.ConnectorConfig;
import org.citizenhub.connectors.config.ConnectorConfigException;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.audit.AuditChain;
import org.citizenhub.hub.audit.AuditChainVerifier;
import org.citizenhub.hub.audit.AuditEntry;
import org.citizenhub.hub.audit.AuditLog;
import org.citizenhub.hub.audit.AuditPage;
import org.citizenhub.hub.audit.AuditQuery;
import org.citizenhub.hub.store.HubSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Connector file changes in a real audit log (H2, the hub's Flyway schema) from real files: recorded at a
 * start when the file differs from the one the log last names, and on a reload, as "system" or as the admin
 * whose request caused it, with the file's SHA-256 and the ids added, removed and changed, never a secret.
 */
class ConnectorChangeAuditTest {

    private static final String SECRET = "s3cret-Literal-Passw0rd";
    private static JdbcDataSource dataSource;

    @TempDir
    Path dir;
    private Path file;
    private AuditLog log;

    @BeforeAll
    static void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:connector-change-audit;DB_CLOSE_DELAY=-1");
        HubSchema.migrate(dataSource);
    }

    @BeforeEach
    void emptyLog() {
        JdbcClient sql = JdbcClient.create(dataSource);
        sql.sql("DELETE FROM audit_event").update();
        sql.sql("UPDATE audit_chain_head SET last_seq = 0, last_hash = :genesis").param("genesis", AuditChain.GENESIS).update();
        log = new AuditLog(dataSource, Clock.systemUTC());
        file = dir.resolve("connectors.yml");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFirstStartRecordsTheFileAsSystemAndAnUnchangedRestartRecordsNothing() throws Exception {
        write(connector("tax", "ref") + connector("health", "id"));

        assertThat(start().recordIfChangedSinceLastRecorded()).isTrue();
        assertThat(start().recordIfChangedSinceLastRecorded()).isFalse();

        List<AuditEntry> changes = changes();
        assertThat(changes).hasSize(1);
        AuditEntry first = changes.get(0);
        assertThat(first.actor()).isEqualTo("system");
        assertThat(first.actorRole()).isEqualTo("SYSTEM");
        assertThat(first.outcome()).isEqualTo("ALLOWED");
        assertThat(first.detail()).startsWith("connector file sha256=" + sha256sum(file) + "; added=[health, tax]; removed=[]; changed=[]")
                .doesNotContain(SECRET);
    }

    @Test
    void aFileEditedWhileTheHubWasDownIsRecordedAtTheNextStartWithWhatChanged() throws Exception {
        write(connector("tax", "ref") + connector("health", "id") + connector("archive", "ref"));
        start().recordIfChangedSinceLastRecorded();

        // tax maps another column, health is gone, pension is new; archive is the same entry, moved to the top
        write(connector("archive", "ref") + connector("tax", "reference") + connector("pension", "pid"));
        assertThat(start().recordIfChangedSinceLastRecorded()).isTrue();

        AuditEntry latest = changes().get(1);
        assertThat(latest.actor()).isEqualTo("system");
        assertThat(latest.detail()).startsWith("connector file sha256=" + sha256sum(file)
                + "; added=[pension]; removed=[health]; changed=[tax]; connectors=[archive:");
    }

    @Test
    void aReloadCausedByAnAdminIsRecordedAsThatAdminAndAnUnchangedReloadIsNot() throws Exception {
        write(connector("tax", "ref"));
        ConnectorRegistry registry = ConnectorRegistry.load(file.toString());
        new ConnectorChangeAudit(registry, log).recordIfChangedSinceLastRecorded();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "ada", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));

        assertThat(registry.refresh()).isFalse();
        write(connector("tax", "ref") + connector("benefits", "claimant"));
        assertThat(registry.refresh()).isTrue();
        assertThat(registry.refresh()).isFalse();

        List<AuditEntry> changes = changes();
        assertThat(changes).extracting(AuditEntry::actor).containsExactly("system", "ada");
        assertThat(changes.get(1).actorRole()).isEqualTo("ADMIN");
        assertThat(changes.get(1).detail()).contains("added=[benefits]; removed=[]; changed=[]");
        assertThat(registry.connectors()).extracting(ConnectorConfig::id).containsExactly("tax", "benefits");
        assertThat(new AuditChainVerifier(dataSource).verify().intact()).isTrue();
    }

    @Test
    void anInvalidFileIsNotTakenInAndNotRecorded() throws Exception {
        write(connector("tax", "ref"));
        ConnectorRegistry registry = ConnectorRegistry.load(file.toString());
        new ConnectorChangeAudit(registry, log).recordIfChangedSinceLastRecorded();

        Files.writeString(file, "connectors:\n  - id: tax\n    kind: nonsense\n");

        assertThatThrownBy(registry::refresh).isInstanceOf(ConnectorConfigException.class);
        assertThat(changes()).hasSize(1);
        assertThat(registry.connectors()).extracting(ConnectorConfig::id).containsExactly("tax");
    }

    @Test
    void aChangeTheLogCannotRecordIsNotTakenIn() throws Exception {
        write(connector("tax", "ref"));
        ConnectorRegistry registry = ConnectorRegistry.load(file.toString());
        new ConnectorChangeAudit(registry, log).recordIfChangedSinceLastRecorded();
        // an entry written around the hub: the log refuses to append behind it
        JdbcClient.create(dataSource).sql("""
                INSERT INTO audit_event (seq, seq_block, at, actor, actor_role, action, outcome, prev_hash, hash)
                VALUES (2, 0, CURRENT_TIMESTAMP, 'intruder', 'ADMIN', 'LINK', 'ALLOWED', 'x', 'y')""").update();

        write(connector("tax", "ref") + connector("benefits", "claimant"));

        assertThatThrownBy(registry::refresh).isInstanceOf(IllegalStateException.class).hasMessageContaining("audit-verify");
        assertThat(registry.connectors()).extracting(ConnectorConfig::id).containsExactly("tax");
    }

    @Test
    void aHubWithoutAConnectorFileAfterOneWithItRecordsTheRemoval() throws Exception {
        write(connector("tax", "ref"));
        start().recordIfChangedSinceLastRecorded();

        assertThat(new ConnectorChangeAudit(ConnectorRegistry.load(""), log).recordIfChangedSinceLastRecorded()).isTrue();
        assertThat(new ConnectorChangeAudit(ConnectorRegistry.load(""), log).recordIfChangedSinceLastRecorded()).isFalse();

        assertThat(changes().get(1).detail()).isEqualTo("connector file sha256=none; added=[]; removed=[tax]; changed=[]; connectors=[]");
    }

    @Test
    void aDetailTooLongForItsColumnLeavesTheDigestsOutAndTheNextStartStillReadsTheHash() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            many.append(connector("agency-number-" + i, "ref"));
        }
        write(many.toString());
        start().recordIfChangedSinceLastRecorded();

        AuditEntry entry = changes().get(0);
        assertThat(entry.detail()).startsWith("connector file sha256=" + sha256sum(file) + "; added 120, removed 0, changed 0")
                .endsWith("connectors=not listed");
        assertThat(start().recordIfChangedSinceLastRecorded()).isFalse();
    }

    private ConnectorChangeAudit start() {
        return new ConnectorChangeAudit(ConnectorRegistry.load(file.toString()), log);
    }

    private List<AuditEntry> changes() {
        return log.find(AuditQuery.ALL.withAction(AuditAction.CONNECTOR_CHANGE), AuditPage.first(100)).entries();
    }

    private void write(String connectors) throws IOException {
        Files.writeString(file, "connectors:\n" + connectors);
    }

    /** A JDBC connector with a literal password (bad practice, but it must still never reach the log). */
    private static String connector(String id, String recordId) {
        return """
                  - id: %s
                    kind: jdbc
                    jdbc:
                      url: jdbc:h2:mem:%s
                      username: reader
                      password: %s
                      query: SELECT * FROM people
                    mapping:
                      recordId: %s
                """.formatted(id, id, SECRET, recordId);
    }

    private static String sha256sum(Path path) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
    }
}
