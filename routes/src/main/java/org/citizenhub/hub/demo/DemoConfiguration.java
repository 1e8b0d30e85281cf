package org.citizenhub.hub.demo;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Starts the demo agencies as beans, so they are up before the connectors run at start (on application
 * ready) and are stopped when the hub stops: the HEALTH database seeded from its script, and the BENEFITS
 * API on the port {@link DemoEnvironment} reserved and wrote into the connector file.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoEnvironment.PROFILE)
public class DemoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean(destroyMethod = "close")
    DemoAgencyDatabase demoHealthDatabase(@Value("${" + DemoEnvironment.DIR_PROPERTY + "}") Path folder) {
        return DemoAgencyDatabase.seed(DemoAgencyDatabase.DEFAULT_URL, folder.resolve("health/patients.sql"));
    }

    @Bean(destroyMethod = "close")
    DemoAgencyApi demoBenefitsApi(@Value("${" + DemoEnvironment.DIR_PROPERTY + "}") Path folder,
                                  @Value("${" + DemoEnvironment.PORT_PROPERTY + "}") int port) {
        DemoAgencyApi api = DemoAgencyApi.start(folder.resolve("benefits"), port);
        LOG.info("Demo agencies ready: data in {}, BENEFITS API at {}", folder, api.baseUrl());
        return api;
    }
}
