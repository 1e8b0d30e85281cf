package org.citizenhub.hub.deadletter;

import java.time.Clock;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.hub.connector.ConnectorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The replayer as a bean. */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    @Bean
    DeadLetterReplayer deadLetterReplayer(DeadLetterRepository deadLetters, ConnectorRegistry connectors, IngestSink sink,
                                          Clock clock) {
        return new DeadLetterReplayer(deadLetters, connectors, sink, clock);
    }
}
