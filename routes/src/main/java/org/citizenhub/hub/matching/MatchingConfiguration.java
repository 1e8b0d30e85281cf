package org.citizenhub.hub.matching;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.citizenhub.core.match.score.DefaultModel;
import org.citizenhub.hub.identity.CitizenRepository;
import org.citizenhub.hub.identity.HubIngestSink;
import org.citizenhub.hub.identity.SourceRecordRepository;
import org.citizenhub.hub.store.SourceRecordJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Matching as Spring beans. The {@code recordMatcher} bean is the hub's one {@link org.citizenhub.core.match.RecordMatcher}
 * (ingest, search, explanations): the probabilistic engine with the newest stored model, or the cold-start
 * model until one is learnt. Settings under {@code hub.matching.*} (see application.yaml).
 */
@Configuration(proxyBeanMethods = false)
public class MatchingConfiguration {

    @Bean
    MatchingSettings matchingSettings(@Value("${hub.matching.phone-region:GB}") String phoneRegion,
                                      @Value("${hub.matching.min-training-records:1000}") int minTrainingRecords,
                                      @Value("${hub.matching.retrain-growth:0.2}") double retrainGrowth,
                                      @Value("${hub.matching.batch-threshold:10000}") int batchThreshold,
                                      @Value("${hub.matching.threads:0}") int threads) {
        return new MatchingSettings(phoneRegion, minTrainingRecords, retrainGrowth, batchThreshold, threads);
    }

    @Bean
    SwappableMatcher recordMatcher(MatchingSettings settings) {
        return new SwappableMatcher(DefaultModel.create(), settings.engine());
    }

    @Bean
    MatchModelRepository matchModelRepository(DataSource dataSource) {
        return new MatchModelRepository(JdbcClient.create(dataSource));
    }

    @Bean
    CanonicalRecords canonicalRecords(DataSource dataSource) {
        return new CanonicalRecords(dataSource, new SourceRecordJson());
    }

    /** Puts the newest stored model in use as the application starts, before any connector runs. */
    @Bean
    @DependsOnDatabaseInitialization
    MatchModelService matchModelService(MatchModelRepository models, CanonicalRecords records, SwappableMatcher matcher,
                                        HubIngestSink sink, MatchingSettings settings, Clock clock) {
        MatchModelService service = new MatchModelService(models, records, matcher, sink::exclusively, settings, clock);
        service.useLatest();
        return service;
    }

    @Bean
    BatchResolution batchResolution(DataSource dataSource, CanonicalRecords records, MatchModelService models,
                                    SwappableMatcher matcher, Clock clock) {
        return new BatchResolution(dataSource, records, models, matcher, clock);
    }

    /**
     * The first load, agreed on through the database by members that share one: a holder's claim stands for
     * {@code lease} without renewal (how long a member that died mid-load holds the others up), and a member
     * waits at most {@code max-wait} for another's first load before going on without it.
     */
    @Bean
    FirstLoad matchingFirstLoad(HubIngestSink sink, CitizenRepository citizens, BatchResolution batch,
                                MatchModelService models, DataSource dataSource, Clock clock,
                                CanonicalRecords canonical, SourceRecordRepository records,
                                @Value("${hub.matching.first-load.lease:60s}") Duration lease,
                                @Value("${hub.matching.first-load.max-wait:2h}") Duration maxWait) {
        FirstLoadClaim claim = new FirstLoadClaim(dataSource, FirstLoadClaim.thisMember(), lease, Duration.ofSeconds(2));
        return new FirstLoad(sink, citizens, batch, models, new ReviewQueueSink(dataSource, clock), canonical, records,
                claim, maxWait);
    }
}
