package org.citizenhub.hub.connector;

import org.apache.camel.builder.RouteBuilder;
import org.citizenhub.connectors.config.ConnectorConfig;
import org.citizenhub.connectors.source.ConnectorRoutes;

/**
 * A timer route ({@code <id>-schedule}) for every connector with a {@code schedule}: the first run one
 * period after start (a {@code runAtStart} run is {@link ConnectorStartup}'s), then every period. Runs go
 * through {@link ConnectorService} so each is recorded like an on-demand run.
 */
public final class ConnectorScheduleRoutes extends RouteBuilder {

    private final ConnectorService service;

    public ConnectorScheduleRoutes(ConnectorService service) {
        this.service = service;
    }

    @Override
    public void configure() {
        for (ConnectorConfig connector : service.registry().connectors()) {
            if (connector.schedule() == null) {
                continue;
            }
            String id = connector.id();
            long period = Math.max(1000, connector.schedule().toMillis());
            from("timer:hub-schedule-" + id + "?delay=" + period + "&period=" + period)
                    .routeId(ConnectorRoutes.scheduleRouteId(id))
                    .process(exchange -> service.run(id));
        }
    }
}
