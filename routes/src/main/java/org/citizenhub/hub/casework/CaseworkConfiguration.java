package org.citizenhub.hub.casework;

import java.time.Clock;
import javax.sql.DataSource;
import org.citizenhub.core.match.RecordMatcher;
import org.citizenhub.hub.identity.CitizenRepository;
import org.citizenhub.hub.identity.HubIngestSink;
import org.citizenhub.hub.identity.LinkRepository;
import org.citizenhub.hub.identity.SourceRecordRepository;
import org.citizenhub.hub.store.SourceRecordJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Casework as Spring beans over the application's DataSource. The ingest hook is installed on the
 * {@link HubIngestSink} as the bean is made, before any connector runs. The matcher is the
 * {@link RecordMatcher} bean, whichever engine that is.
 */
@Configuration(proxyBeanMethods = false)
public class CaseworkConfiguration {

    @Bean
    SearchKeys searchKeys(@Value("${hub.search.phone-region:GB}") String phoneRegion) {
        return new SearchKeys(phoneRegion);
    }

    @Bean
    SearchIndex searchIndex(DataSource dataSource) {
        return new SearchIndex(JdbcClient.create(dataSource), new JdbcTemplate(dataSource), new SourceRecordJson());
    }

    @Bean
    EvidenceRepository evidenceRepository(DataSource dataSource) {
        return new EvidenceRepository(JdbcClient.create(dataSource));
    }

    @Bean
    ConstraintRepository constraintRepository(DataSource dataSource) {
        return new ConstraintRepository(JdbcClient.create(dataSource));
    }

    @Bean
    DecisionRepository decisionRepository(DataSource dataSource) {
        return new DecisionRepository(JdbcClient.create(dataSource));
    }

    @Bean
    ReviewRepository reviewRepository(DataSource dataSource) {
        return new ReviewRepository(JdbcClient.create(dataSource), new SourceRecordJson());
    }

    @Bean
    CaseworkIngestHook caseworkIngestHook(SearchKeys keys, SearchIndex index, ConstraintRepository constraints,
                                          EvidenceRepository evidence, ReviewRepository reviews, LinkRepository links,
                                          Clock clock, HubIngestSink sink) {
        CaseworkIngestHook hook = new CaseworkIngestHook(keys, index, constraints, evidence, reviews, links, clock);
        sink.setResolutionHook(hook);
        return hook;
    }

    @Bean
    CitizenSearch citizenSearch(SearchKeys keys, SearchIndex index, RecordMatcher matcher) {
        return new CitizenSearch(keys, index, matcher);
    }

    @Bean
    CitizenExplainer citizenExplainer(CitizenRepository citizens, SourceRecordRepository records,
                                      EvidenceRepository evidence, DecisionRepository decisions, RecordMatcher matcher) {
        return new CitizenExplainer(citizens, records, evidence, decisions, matcher);
    }

    @Bean
    ManualDecisions manualDecisions(CitizenRepository citizens, LinkRepository links, ConstraintRepository constraints,
                                    DecisionRepository decisions, EvidenceRepository evidence, ReviewRepository reviews,
                                    HubIngestSink sink, Clock clock) {
        return new ManualDecisions(citizens, links, constraints, decisions, evidence, reviews, sink, clock);
    }

    @Bean
    ReviewQueue reviewQueue(ReviewRepository reviews, ManualDecisions decisions) {
        return new ReviewQueue(reviews, decisions);
    }

    @Bean
    SearchIndexBackfill searchIndexBackfill(DataSource dataSource, SearchIndex index, SearchKeys keys, HubIngestSink sink,
                                            CaseworkIngestHook installed) {
        return new SearchIndexBackfill(JdbcClient.create(dataSource), index, keys, sink);
    }
}
