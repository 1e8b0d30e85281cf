package org.citizenhub.hub.casework;

import org.citizenhub.core.match.ProbabilisticMatcher;
import org.citizenhub.core.match.RecordMatcher;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The casework tests' matcher: the probabilistic engine (cold-start model), so typos, nicknames and possible
 * matches behave as in production whichever matcher bean the application defaults to.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CaseworkTestEngine {

    @Bean
    @Primary
    RecordMatcher caseworkTestMatcher() {
        return new ProbabilisticMatcher();
    }
}
