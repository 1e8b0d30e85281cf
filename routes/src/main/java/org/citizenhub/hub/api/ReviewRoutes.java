package org.citizenhub.hub.api;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.casework.ReviewQueue;
import org.citizenhub.hub.security.AccessAudit;
import org.springframework.stereotype.Component;

/**
 * The review queue of possible matches: {@code GET /api/v1/review?page=&size=} (oldest first, with both
 * records and the explanation), {@code POST /api/v1/review/{id}/accept} (one person: merged) and
 * {@code POST /api/v1/review/{id}/reject} (two people: kept apart), each with {@code {"reason"}} and the
 * signed-in caseworker as the actor. Listing and deciding are audited.
 */
@Component
class ReviewRoutes extends RouteBuilder {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private final ReviewQueue queue;
    private final AccessAudit audit;

    ReviewRoutes(ReviewQueue queue, AccessAudit audit) {
        this.queue = queue;
        this.audit = audit;
    }

    @Override
    public void configure() {
        rest("/v1/review").description("Possible matches for a caseworker to decide")
                .get().id("rest-review").description("Open possible matches, oldest first, with both records and the comparison.")
                .produces("application/json").to("direct:api-review")
                .post("/{id}/accept").id("rest-review-accept").bindingMode(RestBindingMode.off)
                .description("The two records are one person: their citizens merge (MANUAL). Body {\"reason\"}.")
                .consumes("application/json").produces("application/json").to("direct:api-review-accept")
                .post("/{id}/reject").id("rest-review-reject").bindingMode(RestBindingMode.off)
                .description("The two records are two people: kept apart (MANUAL NO_MATCH). Body {\"reason\"}.")
                .consumes("application/json").produces("application/json").to("direct:api-review-reject");

        from("direct:api-review").routeId("api-review").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.REVIEW_READ, exchange -> {
                    int page = Params.intInRange(exchange, "page", 1, SearchParams.MAX_PAGE, 1);
                    int size = Params.intInRange(exchange, "size", 1, MAX_SIZE, DEFAULT_SIZE);
                    Reply.ok(exchange, queue.list(page, size));
                }));

        from("direct:api-review-accept").routeId("api-review-accept").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.REVIEW_ACCEPT, exchange -> {
                    long id = Params.positiveLong(exchange, "id");
                    exchange.setProperty(Audited.DETAIL, "review " + id);
                    String actor = DecisionBody.actor(exchange);
                    String reason = DecisionBody.read(exchange).reason();
                    CaseworkReply.json(exchange, CaseworkReply.call(() -> queue.accept(id, actor, reason)));
                }));

        from("direct:api-review-reject").routeId("api-review-reject").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.REVIEW_REJECT, exchange -> {
                    long id = Params.positiveLong(exchange, "id");
                    exchange.setProperty(Audited.DETAIL, "review " + id);
                    String actor = DecisionBody.actor(exchange);
                    String reason = DecisionBody.read(exchange).reason();
                    CaseworkReply.json(exchange, CaseworkReply.call(() -> queue.reject(id, actor, reason)));
                }));
    }
}
