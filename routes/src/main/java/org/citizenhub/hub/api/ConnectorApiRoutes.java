package org.citizenhub.hub.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.citizenhub.connectors.config.ConnectorConfig;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.security.AccessAudit;
import org.citizenhub.hub.connector.ConnectorService;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/connectors} and {@code POST /api/v1/connectors/{id}/run}. */
@Component
class ConnectorApiRoutes extends RouteBuilder {

    /** A configured connector and its last recorded run (absent before the first). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConnectorView(String id, String kind, String description, String schedule, boolean runAtStart, RunView lastRun) {
    }

    private final ConnectorService connectors;
    private final AccessAudit audit;

    ConnectorApiRoutes(ConnectorService connectors, AccessAudit audit) {
        this.connectors = connectors;
        this.audit = audit;
    }

    @Override
    public void configure() {
        rest("/v1/connectors").description("Configured connectors and their runs")
                .get().id("rest-connectors").produces("application/json").to("direct:api-connectors")
                .post("/{id}/run").id("rest-connector-run").produces("application/json").to("direct:api-connector-run");

        from("direct:api-connectors").routeId("api-connectors").routeConfigurationId(ApiErrorHandling.ID)
                .process(exchange -> Reply.ok(exchange, list()));

        from("direct:api-connector-run").routeId("api-connector-run").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.CONNECTOR_RUN, exchange -> {
                    String id = Params.token(exchange, "id", 100);
                    exchange.setProperty(Audited.DETAIL, "connector " + id);
                    Reply.ok(exchange, connectors.run(id).map(RunView::of)
                            .orElseThrow(() -> ApiProblem.notFound("no connector has the id '" + id + "'")));
                }));
    }

    private List<ConnectorView> list() {
        return connectors.registry().connectors().stream().map(this::view).toList();
    }

    private ConnectorView view(ConnectorConfig connector) {
        return new ConnectorView(connector.id(), connector.kind() == null ? null : connector.kind().name(),
                connector.description(), connector.schedule() == null ? null : connector.schedule().toString(),
                connector.runAtStart(), connectors.lastRun(connector.id()).map(RunView::of).orElse(null));
    }
}
