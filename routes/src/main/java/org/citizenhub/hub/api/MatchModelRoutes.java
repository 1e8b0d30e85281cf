package org.citizenhub.hub.api;

import org.apache.camel.builder.RouteBuilder;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.matching.MatchModelService;
import org.citizenhub.hub.matching.ModelSummary;
import org.citizenhub.hub.security.AccessAudit;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/admin/match-model}: the match model in use (learnt or cold start), as counts and
 * probabilities only. {@code POST /api/v1/admin/match-model/train}: learns a model from every stored record
 * now, stores it and puts it in use; 409 when there are too few records or a training is running.
 */
@Component
class MatchModelRoutes extends RouteBuilder {

    private final MatchModelService models;
    private final AccessAudit audit;

    MatchModelRoutes(MatchModelService models, AccessAudit audit) {
        this.models = models;
        this.audit = audit;
    }

    @Override
    public void configure() {
        rest("/v1/admin/match-model").description("The matching engine's learnt model")
                .get().id("rest-match-model").produces("application/json").to("direct:api-match-model")
                .post("/train").id("rest-match-model-train").produces("application/json").to("direct:api-match-model-train");

        from("direct:api-match-model").routeId("api-match-model").routeConfigurationId(ApiErrorHandling.ID)
                .process(exchange -> Reply.ok(exchange, models.summary()));

        from("direct:api-match-model-train").routeId("api-match-model-train").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.MATCH_MODEL_TRAIN, exchange -> {
                    try {
                        ModelSummary learnt = models.train();
                        exchange.setProperty(Audited.DETAIL, "model " + learnt.modelId() + " learnt from "
                                + learnt.recordCount() + " records, in use");
                        Reply.ok(exchange, learnt);
                    } catch (MatchModelService.TooFewRecords | MatchModelService.AlreadyTraining e) {
                        throw ApiProblem.conflict(e.getMessage());
                    }
                }));
    }
}
