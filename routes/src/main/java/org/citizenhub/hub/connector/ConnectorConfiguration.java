package org.citizenhub.hub.connector;

import java.time.Clock;
import org.apache.camel.CamelContext;
import org.citizenhub.connectors.CheckpointStore;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.connectors.source.SourceOptions;
import org.citizenhub.hub.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads {@code hub.connectors} (a bad file stops start-up with the loader's message: file, key, reason),
 * adds one Camel route per connector to Spring's CamelContext, schedules connectors that have a
 * {@code schedule} and runs those marked {@code runAtStart} once the application is ready. Every change of
 * the file, at start or on a reload, is audited ({@link ConnectorChangeAudit}).
 */
@Configuration(proxyBeanMethods = false)
public class ConnectorConfiguration {

    @Bean
    ConnectorRegistry connectorRegistry(@Value("${hub.connectors:}") String connectorFile) {
        return ConnectorRegistry.load(connectorFile);
    }

    @Bean
    ConnectorChangeAudit connectorChangeAudit(ConnectorRegistry registry, AuditLog auditLog) {
        return new ConnectorChangeAudit(registry, auditLog);
    }

    @Bean
    ConnectorService connectorService(ConnectorRegistry registry, CamelContext camelContext, IngestSink sink,
                                      CheckpointStore checkpoints, ConnectorRunRepository runs, Clock clock) throws Exception {
        ConnectorRouteInstaller installer = new ConnectorRouteInstaller(camelContext, sink, checkpoints,
                SourceOptions.onDemandOnly().withClock(clock));
        return new ConnectorService(registry, installer, runs, clock);
    }

    @Bean
    ConnectorScheduleRoutes connectorScheduleRoutes(ConnectorService service) {
        return new ConnectorScheduleRoutes(service);
    }

    @Bean
    ConnectorStartup connectorStartup(ConnectorService service, ObjectProvider<StartupRunsListener> listeners) {
        return new ConnectorStartup(service, listeners.orderedStream().toList());
    }
}
