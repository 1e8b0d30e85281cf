package org.citizenhub.hub.connector;

import java.util.List;
import org.apache.camel.CamelContext;
import org.citizenhub.connectors.CheckpointStore;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.connectors.config.ConnectorConfig;
import org.citizenhub.connectors.source.ConnectorRoutes;
import org.citizenhub.connectors.source.ConnectorRunner;
import org.citizenhub.connectors.source.SourceOptions;

/**
 * Puts the connector routes (route id = connector id) into Spring's CamelContext, and swaps them when the
 * connector file changed. The routes are on-demand only: scheduled and start-up runs go through
 * {@link ConnectorService} so that every run is recorded.
 */
final class ConnectorRouteInstaller {

    private final CamelContext camel;
    private final IngestSink sink;
    private final CheckpointStore checkpoints;
    private final SourceOptions options;
    private List<String> installed = List.of();

    ConnectorRouteInstaller(CamelContext camel, IngestSink sink, CheckpointStore checkpoints, SourceOptions options) {
        this.camel = camel;
        this.sink = sink;
        this.checkpoints = checkpoints;
        this.options = options.withScheduling(false);
    }

    /** Removes the routes installed before (if any) and adds routes for these connectors. */
    synchronized ConnectorRunner install(List<ConnectorConfig> connectors) throws Exception {
        for (String routeId : installed) {
            if (camel.getRoute(routeId) != null) {
                camel.getRouteController().stopRoute(routeId);
                camel.removeRoute(routeId);
            }
        }
        ConnectorRoutes routes = new ConnectorRoutes(connectors, sink, checkpoints, options);
        camel.addRoutes(routes);
        installed = routes.connectorIds();
        return new ConnectorRunner(camel, installed);
    }
}
