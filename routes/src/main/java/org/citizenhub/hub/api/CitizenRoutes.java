package org.citizenhub.hub.api;

import org.apache.camel.builder.RouteBuilder;
import org.citizenhub.core.record.RecordKey;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/citizens/{id}} and {@code GET /api/v1/citizens/by-record/{source}/{recordId}}. */
@Component
class CitizenRoutes extends RouteBuilder {

    private final CitizenViews views;

    CitizenRoutes(CitizenViews views) {
        this.views = views;
    }

    @Override
    public void configure() {
        rest("/v1/citizens").description("Citizens and their linked source records")
                .get("/{id}").id("rest-citizen-by-id").produces("application/json").to("direct:api-citizen-by-id")
                .get("/by-record/{source}/{recordId}").id("rest-citizen-by-record").produces("application/json").to("direct:api-citizen-by-record");

        from("direct:api-citizen-by-id").routeId("api-citizen-by-id").routeConfigurationId(ApiErrorHandling.ID)
                .process(exchange -> {
                    String id = Params.token(exchange, "id", 64);
                    Reply.ok(exchange, views.byId(id)
                            .orElseThrow(() -> ApiProblem.notFound("no citizen has the id '" + id + "'")));
                });

        from("direct:api-citizen-by-record").routeId("api-citizen-by-record").routeConfigurationId(ApiErrorHandling.ID)
                .process(exchange -> {
                    RecordKey key = new RecordKey(Params.token(exchange, "source", 100), Params.text(exchange, "recordId", 200));
                    Reply.ok(exchange, views.byRecord(key)
                            .orElseThrow(() -> ApiProblem.notFound("no record '" + key.recordId() + "' from source '"
                                    + key.sourceId() + "' is linked to a citizen")));
                });
    }
}
