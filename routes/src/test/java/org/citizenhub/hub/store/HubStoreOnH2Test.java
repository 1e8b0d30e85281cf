package org.citizenhub.hub.store;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;

/** The store scenarios on an in-memory H2 database, migrated by the application's Flyway scripts. */
class HubStoreOnH2Test extends HubStoreScenarios {

    private static JdbcDataSource dataSource;

    @BeforeAll
    static void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:hub-store-test;DB_CLOSE_DELAY=-1");
        HubSchema.migrate(dataSource);
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
