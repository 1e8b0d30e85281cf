package org.citizenhub.hub.api;

import org.apache.camel.builder.RouteBuilder;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.casework.CitizenExplainer;
import org.citizenhub.hub.security.AccessAudit;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/citizens/{id}/explain}: why the citizen's records are linked, and the caseworkers' decisions. */
@Component
class ExplainRoutes extends RouteBuilder {

    private final CitizenExplainer explainer;
    private final AccessAudit audit;

    ExplainRoutes(CitizenExplainer explainer, AccessAudit audit) {
        this.explainer = explainer;
        this.audit = audit;
    }

    @Override
    public void configure() {
        rest("/v1/citizens").description("Why a citizen's records are linked")
                .get("/{id}/explain").id("rest-citizen-explain")
                .description("For each linked record, the comparison(s) with the record(s) it was linked through: each "
                        + "field's level, weight and sentence, and the total; then the caseworkers' decisions. 404 for an unknown id.")
                .produces("application/json").to("direct:api-citizen-explain");

        from("direct:api-citizen-explain").routeId("api-citizen-explain").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.PROFILE_READ, exchange -> {
                    String id = Params.token(exchange, "id", 64);
                    exchange.setProperty(Audited.CITIZEN, id);
                    exchange.setProperty(Audited.DETAIL, "explain");
                    Reply.ok(exchange, explainer.explain(id)
                            .orElseThrow(() -> ApiProblem.notFound("no citizen has the id '" + id + "'")));
                }));
    }
}
