package org.citizenhub.hub.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database to the current schema with the Flyway scripts in {@code db/migration}, the same
 * scripts Spring Boot runs at start-up. For the batch command and tests that run without Spring.
 */
public final class HubSchema {

    public static final String LOCATION = "classpath:db/migration";

    private HubSchema() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(LOCATION).load().migrate();
    }
}
