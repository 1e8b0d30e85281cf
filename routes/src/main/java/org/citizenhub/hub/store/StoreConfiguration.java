package org.citizenhub.hub.store;

import java.time.Clock;
import javax.sql.DataSource;
import org.citizenhub.connectors.CheckpointStore;
import org.citizenhub.core.match.RecordMatcher;
import org.citizenhub.hub.connector.ConnectorRunRepository;
import org.citizenhub.hub.deadletter.DeadLetterRepository;
import org.citizenhub.hub.identity.CitizenRepository;
import org.citizenhub.hub.identity.HubIngestSink;
import org.citizenhub.hub.identity.LinkRepository;
import org.citizenhub.hub.identity.SourceRecordRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store as Spring beans, over the application's DataSource (migrated by Spring Boot's Flyway). The
 * {@link RecordMatcher} bean comes from matching ({@code org.citizenhub.hub.matching.MatchingConfiguration}):
 * the probabilistic engine with the newest learnt model.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    HubStore hubStore(DataSource dataSource, RecordMatcher matcher, Clock clock) {
        return HubStore.open(dataSource, matcher, clock);
    }

    @Bean
    HubIngestSink hubIngestSink(HubStore store) {
        return store.sink();
    }

    @Bean
    SourceRecordRepository sourceRecordRepository(HubStore store) {
        return store.sourceRecords();
    }

    @Bean
    CitizenRepository citizenRepository(HubStore store) {
        return store.citizens();
    }

    @Bean
    LinkRepository linkRepository(HubStore store) {
        return store.links();
    }

    @Bean
    DeadLetterRepository deadLetterRepository(HubStore store) {
        return store.deadLetters();
    }

    @Bean
    CheckpointStore checkpointStore(HubStore store) {
        return store.checkpoints();
    }

    @Bean
    ConnectorRunRepository connectorRunRepository(HubStore store) {
        return store.runs();
    }
}
