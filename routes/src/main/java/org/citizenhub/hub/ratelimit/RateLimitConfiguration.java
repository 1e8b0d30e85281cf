package org.citizenhub.hub.ratelimit;

import org.springframework.boot.hazelcast.autoconfigure.HazelcastConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sets up the rate-limit map on the hub's Hazelcast member before Spring Boot builds it. */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    @Bean
    HazelcastConfigCustomizer rateLimitMapsCustomizer() {
        return RateLimitMaps::configure;
    }
}
