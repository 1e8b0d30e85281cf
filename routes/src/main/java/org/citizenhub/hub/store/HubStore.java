package org.citizenhub.hub.store;

import java.time.Clock;
import javax.sql.DataSource;
import org.citizenhub.core.match.RecordMatcher;
import org.citizenhub.hub.connector.ConnectorRunRepository;
import org.citizenhub.hub.connector.JdbcCheckpointStore;
import org.citizenhub.hub.deadletter.DeadLetterRepository;
import org.citizenhub.hub.identity.CitizenIds;
import org.citizenhub.hub.identity.CitizenRepository;
import org.citizenhub.hub.identity.HubIngestSink;
import org.citizenhub.hub.identity.LinkRepository;
import org.citizenhub.hub.identity.SourceRecordRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every repository and the ingest sink over one DataSource, assembled without Spring: the web application
 * exposes them as beans ({@link StoreConfiguration}), the batch command and store tests call {@link #open}.
 * The schema must be migrated first ({@link HubSchema#migrate}, or Spring Boot's Flyway).
 */
public record HubStore(
        SourceRecordRepository sourceRecords,
        CitizenRepository citizens,
        LinkRepository links,
        DeadLetterRepository deadLetters,
        JdbcCheckpointStore checkpoints,
        ConnectorRunRepository runs,
        HubIngestSink sink) {

    public static HubStore open(DataSource dataSource, RecordMatcher matcher, Clock clock) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // A transaction manager of our own over the same DataSource: JdbcClient joins its transactions.
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        SourceRecordJson json = new SourceRecordJson();
        SourceRecordRepository sourceRecords = new SourceRecordRepository(jdbc, json);
        CitizenRepository citizens = new CitizenRepository(jdbc, new CitizenIds());
        LinkRepository links = new LinkRepository(jdbc);
        DeadLetterRepository deadLetters = new DeadLetterRepository(jdbc);
        HubIngestSink sink = new HubIngestSink(sourceRecords, citizens, links, deadLetters, matcher, json, jdbc,
                transactions, clock);
        return new HubStore(sourceRecords, citizens, links, deadLetters, new JdbcCheckpointStore(jdbc, clock),
                new ConnectorRunRepository(jdbc), sink);
    }
}
