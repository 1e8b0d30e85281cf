package org.citizenhub.hub.api;

import org.apache.camel.builder.RouteBuilder;
import org.citizenhub.hub.casework.CitizenExplainer;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/citizens/{id}/explain}: why the citizen's records are linked, and the caseworkers' decisions. */
@Component
class ExplainRoutes extends RouteBuilder {

    private final CitizenExplainer explainer;

    ExplainRoutes(CitizenExplainer explainer) {
        this.explainer = explainer;
    }

    @Override
    public void configure() {
        rest("/v1/citizens").description("Why a citizen's records are linked")
                .get("/{id}/explain").id("rest-citizen-explain")
                .description("For each linked record, the comparison(s) with the record(s) it was linked through: each "
                        + "field's level, weight and sentence, and the total; then the caseworkers' decisions. 404 for an unknown id.")
                .produces("application/json").to("direct:api-citizen-explain");

        from("direct:api-citizen-explain").routeId("api-citizen-explain").routeConfigurationId(ApiErrorHandling.ID)
                .process(exchange -> {
                    String id = Params.token(exchange, "id", 64);
                    Reply.ok(exchange, explainer.explain(id)
                            .orElseThrow(() -> ApiProblem.notFound("no citizen has the id '" + id + "'")));
                });
    }
}
