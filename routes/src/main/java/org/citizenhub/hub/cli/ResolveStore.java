package org.citizenhub.hub.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.citizenhub.core.match.DeterministicMatcher;
import org.citizenhub.core.match.RecordMatcher;
import org.citizenhub.hub.store.HubSchema;
import org.citizenhub.hub.store.HubStore;

/**
 * The store of one {@code resolve} run: the database given with {@code --db}, or a temporary H2 database in
 * a temporary folder that is deleted when the run ends. Migrated to the current schema either way.
 */
final class ResolveStore implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final HubStore hub;
    private final Path temporaryFolder;

    private ResolveStore(HikariDataSource dataSource, Path temporaryFolder) {
        this.dataSource = dataSource;
        this.temporaryFolder = temporaryFolder;
        this.hub = HubStore.open(dataSource, matcher(), Clock.systemUTC());
    }

    /** The matcher the web application uses by default; the matching issue replaces it in both places. */
    static RecordMatcher matcher() {
        return new DeterministicMatcher();
    }

    /**
     * Opens and migrates the store. Credentials for {@code --db} come from the URL or from the variables the
     * web application reads too, {@code SPRING_DATASOURCE_USERNAME} and {@code SPRING_DATASOURCE_PASSWORD}.
     */
    static ResolveStore open(String dbUrl, Function<String, String> environment) throws IOException {
        Path temporary = null;
        String url = dbUrl;
        if (url == null) {
            temporary = Files.createTempDirectory("citizen-hub-resolve-");
            url = "jdbc:h2:file:" + temporary.resolve("store").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("resolve-store");
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        String user = environment.apply("SPRING_DATASOURCE_USERNAME");
        String password = environment.apply("SPRING_DATASOURCE_PASSWORD");
        if (user == null && url.startsWith("jdbc:h2:")) {
            user = "sa"; // the web application's H2 user, so --db can point at its database
            password = password == null ? "" : password;
        }
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        HikariDataSource dataSource = null;
        try {
            dataSource = new HikariDataSource(config);
            HubSchema.migrate(dataSource);
            return new ResolveStore(dataSource, temporary);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            deleteQuietly(temporary);
            throw e;
        }
    }

    HubStore hub() {
        return hub;
    }

    javax.sql.DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
        deleteQuietly(temporaryFolder);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the run
        }
    }
}
