package org.citizenhub.hub.matching;

import javax.sql.DataSource;
import org.citizenhub.hub.store.HubSchema;
import org.h2.jdbcx.JdbcDataSource;

/** The first load across members on an in-memory H2 database per scenario, migrated by the application's scripts. */
class FirstLoadAcrossMembersOnH2Test extends FirstLoadAcrossMembersScenarios {

    @Override
    protected DataSource freshStore() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:first-load-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        HubSchema.migrate(dataSource);
        return dataSource;
    }
}
