package org.citizenhub.hub.api;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.security.AccessAudit;
import org.citizenhub.hub.casework.ManualDecisions;
import org.springframework.stereotype.Component;

/**
 * A caseworker's manual decisions, each with a reason (body), made by the signed-in caseworker and audited:
 * <ul>
 *   <li>{@code POST /api/v1/citizens/{id}/link} {@code {"otherCitizenId", "reason"}}: the two are one person;
 *       {@code id} keeps its id, the other redirects to it.</li>
 *   <li>{@code POST /api/v1/citizens/{id}/unlink} {@code {"source", "recordId", "reason"}}: the record is not this
 *       citizen; it moves to a new citizen and is kept apart from the records left.</li>
 * </ul>
 * The bodies are read by {@link DecisionBody} (REST binding off), so malformed JSON is a 400 like any bad field.
 */
@Component
class LinkDecisionRoutes extends RouteBuilder {

    private final ManualDecisions decisions;
    private final AccessAudit audit;

    LinkDecisionRoutes(ManualDecisions decisions, AccessAudit audit) {
        this.decisions = decisions;
        this.audit = audit;
    }

    @Override
    public void configure() {
        rest("/v1/citizens").description("Caseworkers' link and unlink decisions")
                .post("/{id}/link").id("rest-citizen-link").bindingMode(RestBindingMode.off)
                .description("Merge citizen otherCitizenId into this one (MANUAL): this id stays, the other redirects here. "
                        + "Body {\"otherCitizenId\", \"reason\"}.")
                .consumes("application/json").produces("application/json").to("direct:api-citizen-link")
                .post("/{id}/unlink").id("rest-citizen-unlink").bindingMode(RestBindingMode.off)
                .description("Detach a record into a new citizen (MANUAL), kept apart from this one through re-ingest. "
                        + "Body {\"source\", \"recordId\", \"reason\"}.")
                .consumes("application/json").produces("application/json").to("direct:api-citizen-unlink");

        from("direct:api-citizen-link").routeId("api-citizen-link").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.LINK, exchange -> {
                    String id = Params.token(exchange, "id", 64);
                    exchange.setProperty(Audited.CITIZEN, id);
                    String actor = DecisionBody.actor(exchange);
                    DecisionBody body = DecisionBody.read(exchange);
                    String other = body.token("otherCitizenId", 64);
                    exchange.setProperty(Audited.DETAIL, "merged " + other);
                    String reason = body.reason();
                    CaseworkReply.json(exchange, CaseworkReply.call(() -> decisions.link(id, other, actor, reason)));
                }));

        from("direct:api-citizen-unlink").routeId("api-citizen-unlink").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.UNLINK, exchange -> {
                    String id = Params.token(exchange, "id", 64);
                    exchange.setProperty(Audited.CITIZEN, id);
                    String actor = DecisionBody.actor(exchange);
                    DecisionBody body = DecisionBody.read(exchange);
                    RecordKey record = new RecordKey(body.token("source", 100), body.text("recordId", 200));
                    exchange.setProperty(Audited.DETAIL, "record " + record.sourceId() + "/" + record.recordId());
                    String reason = body.reason();
                    CaseworkReply.json(exchange, CaseworkReply.call(() -> decisions.unlink(id, record, actor, reason)));
                }));
    }
}
