package org.citizenhub.hub.profile;

import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.citizenhub.core.golden.GoldenRecordBuilder;
import org.citizenhub.core.golden.SurvivorshipRules;
import org.citizenhub.hub.identity.HubIngestSink;
import org.citizenhub.hub.store.HubStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The profile cache as beans: the survivorship rules (checked here, so bad rules stop the start), the
 * assembler over the store, the loaders on the Hazelcast member (through a {@link HazelcastConfigCustomizer},
 * before Spring Boot builds the member from {@code hazelcast.yaml}), the refresher that follows each committed
 * change, and the sweeper that catches up with changes left in the profile outbox.
 */
@Configuration(proxyBeanMethods = false)
public class ProfileConfiguration {

    @Bean
    SurvivorshipRules survivorshipRules(Environment environment) {
        return SurvivorshipRulesLoader.load(environment);
    }

    @Bean
    ProfileAssembler profileAssembler(HubStore store, DataSource dataSource, SurvivorshipRules rules,
                                      @Value("${hub.profile.phone-region:GB}") String phoneRegion) {
        return new ProfileAssembler(store.citizens(), store.sourceRecords(), store.links(), JdbcClient.create(dataSource),
                new GoldenRecordBuilder(phoneRegion), rules, new ProfileDocument());
    }

    @Bean
    HazelcastConfigCustomizer profileMapsCustomizer(ProfileAssembler assembler) {
        return config -> ProfileMaps.configure(config, assembler);
    }

    /** The primary {@link ProfileSource}: whoever reads profiles reads them from the cluster. */
    @Bean
    @Primary
    ProfileCache profileCache(HazelcastInstance hazelcast) {
        return new ProfileCache(hazelcast);
    }

    /** Follows every change that ingest and casework commit, through the profile outbox. */
    @Bean
    ProfileRefresher profileRefresher(ProfileAssembler assembler, HazelcastInstance hazelcast, HubIngestSink sink) {
        ProfileRefresher refresher = new ProfileRefresher(assembler, hazelcast);
        sink.followChanges(refresher);
        return refresher;
    }

    /** Hands changes a member left in the outbox (it died between commit and refresh) to the refresher again. */
    @Bean
    ProfileOutboxSweeper profileOutboxSweeper(HubIngestSink sink, ProfileRefresher refresher, Clock clock,
                                              @Value("${hub.profile.outbox.sweep-interval:30s}") Duration interval,
                                              @Value("${hub.profile.outbox.grace-period:30s}") Duration grace) {
        return new ProfileOutboxSweeper(sink.outbox(), refresher, interval, grace, clock);
    }
}
