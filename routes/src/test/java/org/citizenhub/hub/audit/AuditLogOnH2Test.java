package org.citizenhub.hub.audit;

import javax.sql.DataSource;
import org.citizenhub.hub.store.HubSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;

/** The audit log scenarios on an in-memory H2 database, migrated by the application's Flyway scripts. */
class AuditLogOnH2Test extends AuditLogScenarios {

    private static JdbcDataSource dataSource;

    @BeforeAll
    static void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:audit-log-test;DB_CLOSE_DELAY=-1");
        HubSchema.migrate(dataSource);
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
