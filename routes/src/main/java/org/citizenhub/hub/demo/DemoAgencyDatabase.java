package org.citizenhub.hub.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.tools.RunScript;

/**
 * The HEALTH agency's own database for the demo: an in-memory H2 database, seeded from the agency's
 * SQL script. It lives while the JVM lives ({@code DB_CLOSE_DELAY=-1}) and is emptied on {@link #close()}.
 */
public final class DemoAgencyDatabase implements AutoCloseable {

    public static final String DEFAULT_URL = "jdbc:h2:mem:demo-health;DB_CLOSE_DELAY=-1";

    private final String url;

    private DemoAgencyDatabase(String url) {
        this.url = url;
    }

    /** Creates the database at {@code url} afresh and runs the seed script into it. */
    public static DemoAgencyDatabase seed(String url, Path seedScript) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             Reader script = Files.newBufferedReader(seedScript, StandardCharsets.UTF_8)) {
            statement.execute("DROP ALL OBJECTS"); // a second start in one JVM (tests) begins clean
            RunScript.execute(connection, script);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot seed the demo agency database from " + seedScript + ": " + e.getMessage(), e);
        }
        return new DemoAgencyDatabase(url);
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        } catch (SQLException e) {
            // already gone: nothing to clean
        }
    }
}
