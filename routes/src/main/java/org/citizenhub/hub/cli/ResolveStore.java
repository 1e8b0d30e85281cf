package org.citizenhub.hub.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.core.match.score.DefaultModel;
import org.citizenhub.hub.matching.BatchResolution;
import org.citizenhub.hub.matching.BulkRecordSink;
import org.citizenhub.hub.matching.CanonicalRecords;
import org.citizenhub.hub.matching.CollectingRecordSink;
import org.citizenhub.hub.matching.MatchModelRepository;
import org.citizenhub.hub.matching.MatchModelService;
import org.citizenhub.hub.matching.MatchingSettings;
import org.citizenhub.hub.matching.ReviewQueueSink;
import org.citizenhub.hub.matching.SwappableMatcher;
import org.citizenhub.hub.store.HubSchema;
import org.citizenhub.hub.store.HubStore;
import org.citizenhub.hub.store.SourceRecordJson;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store of one {@code resolve} run: the database given with {@code --db}, or a temporary H2 database in
 * a temporary folder that is deleted when the run ends. Migrated to the current schema either way. The
 * matcher is the web application's: the probabilistic engine with the store's newest learnt model (the
 * cold-start model when it has none).
 */
final class ResolveStore implements AutoCloseable {

    /**
     * The temporary store lives for one run and is deleted after: it holds dead letters, runs and the model (the
     * records of a first load stay in memory), so table locks instead of row versions and no compaction at
     * close are all it needs; nothing here needs durability.
     */
    static final String TEMPORARY_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;LOCK_MODE=0;MAX_COMPACT_TIME=0";

    /** The page cache of an H2 store given with {@code --db}, unless its URL sets one (KB). */
    static final String BULK_CACHE = ";CACHE_SIZE=131072";

    private final HikariDataSource dataSource;
    private final HubStore hub;
    private final Path temporaryFolder;
    private final SwappableMatcher matcher;
    private final MatchModelService models;
    private final BatchResolution batch;

    private ResolveStore(HikariDataSource dataSource, Path temporaryFolder) {
        this.dataSource = dataSource;
        this.temporaryFolder = temporaryFolder;
        MatchingSettings settings = MatchingSettings.defaults();
        Clock clock = Clock.systemUTC();
        this.matcher = new SwappableMatcher(DefaultModel.create(), settings.engine());
        this.hub = HubStore.open(dataSource, matcher, clock);
        CanonicalRecords records = new CanonicalRecords(dataSource, new SourceRecordJson());
        this.models = new MatchModelService(new MatchModelRepository(JdbcClient.create(dataSource)), records, matcher,
                hub.sink()::exclusively, settings, clock);
        this.models.useLatest();
        this.batch = new BatchResolution(dataSource, records, models, matcher, clock);
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
            url = "jdbc:h2:file:" + temporary.resolve("store").toAbsolutePath() + TEMPORARY_SETTINGS;
        } else if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase(java.util.Locale.ROOT).contains("CACHE_SIZE")) {
            url += BULK_CACHE; // a first load writes a large store: H2's default 16 MB page cache makes it crawl
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

    DataSource dataSource() {
        return dataSource;
    }

    /** True for the throw-away store of a run without {@code --db}. */
    boolean isTemporary() {
        return temporaryFolder != null;
    }

    SwappableMatcher matcher() {
        return matcher;
    }

    MatchModelService models() {
        return models;
    }

    /** No citizen yet: the run is a first load, for batch mode. */
    boolean hasNoCitizens() {
        return hub.citizens().countLive() == 0;
    }

    /**
     * Batch mode's ingest: a kept store ({@code --db}) stores the records in bulk, with their raw payloads; the
     * throw-away store keeps them in memory only (canonical, without raw payloads), as nothing reads them later.
     */
    IngestSink firstLoadSink() {
        return isTemporary()
                ? new CollectingRecordSink(dataSource, hub.deadLetters())
                : new BulkRecordSink(dataSource, hub.deadLetters(), new SourceRecordJson(), Clock.systemUTC(), true,
                        hub.sourceRecords().count() == 0);
    }

    /**
     * Resolves the first load in one batch. A kept store gets what a hub serving it needs: citizens and links,
     * blocking keys for later incremental matching, link scores and possible matches in the review queue. For
     * the throw-away store nothing is written but the model: the outcome carries the clusters and their ids.
     */
    BatchResolution.Outcome resolveInBatch(IngestSink firstLoad, Consumer<String> status) {
        if (firstLoad instanceof CollectingRecordSink collected) {
            return batch.run(collected.drain(), BatchResolution.Options.inMemory(status));
        }
        ((BulkRecordSink) firstLoad).flush();
        return batch.run(BatchResolution.Options.kept(new ReviewQueueSink(dataSource, Clock.systemUTC()), true, status));
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
