package org.citizenhub.hub.profile;

import javax.sql.DataSource;
import org.citizenhub.hub.store.HubSchema;
import org.h2.jdbcx.JdbcDataSource;

/** The profile outbox scenarios on an in-memory H2 database, migrated by the application's Flyway scripts. */
class ProfileOutboxOnH2Test extends ProfileOutboxScenarios {

    private final JdbcDataSource dataSource = migrated();

    private static JdbcDataSource migrated() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:profile-outbox-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        HubSchema.migrate(dataSource);
        return dataSource;
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
