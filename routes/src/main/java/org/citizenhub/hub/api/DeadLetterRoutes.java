package org.citizenhub.hub.api;

import org.apache.camel.builder.RouteBuilder;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.deadletter.DeadLetterReplayer;
import org.citizenhub.hub.security.AccessAudit;
import org.citizenhub.hub.deadletter.DeadLetterRepository;
import org.citizenhub.hub.deadletter.DeadLetterStatus;
import org.citizenhub.hub.deadletter.ReplayRefusedException;
import org.citizenhub.hub.deadletter.StoredDeadLetter;
import org.springframework.stereotype.Component;

/**
 * The admin view of dead letters: {@code GET /api/v1/dead-letters?connector=&status=&limit=} (newest first)
 * and {@code POST /api/v1/dead-letters/{id}/replay}, which answers with the letter after the replay
 * (status REPLAYED, or still OPEN with one more attempt and the new reason).
 */
@Component
class DeadLetterRoutes extends RouteBuilder {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    /** A dead letter with its raw payload, for an admin. */
    record DeadLetterView(long id, String connector, String recordId, String reason, String failedAt, String status,
                          int attempts, String rawPayload) {

        static DeadLetterView of(StoredDeadLetter letter) {
            return new DeadLetterView(letter.id(), letter.connectorId(), letter.recordId(), letter.reason(),
                    letter.failedAt().toString(), letter.status().name(), letter.attempts(), letter.rawPayload());
        }
    }

    private final DeadLetterRepository deadLetters;
    private final DeadLetterReplayer replayer;
    private final AccessAudit audit;

    DeadLetterRoutes(DeadLetterRepository deadLetters, DeadLetterReplayer replayer, AccessAudit audit) {
        this.deadLetters = deadLetters;
        this.replayer = replayer;
        this.audit = audit;
    }

    @Override
    public void configure() {
        rest("/v1/dead-letters").description("Records that could not be ingested")
                .get().id("rest-dead-letters").produces("application/json").to("direct:api-dead-letters")
                .post("/{id}/replay").id("rest-dead-letter-replay").produces("application/json").to("direct:api-dead-letter-replay");

        from("direct:api-dead-letters").routeId("api-dead-letters").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.DEAD_LETTER_READ, exchange -> {
                    String connector = Params.optionalToken(exchange, "connector", 100);
                    DeadLetterStatus status = Params.optionalEnum(exchange, "status", DeadLetterStatus.class);
                    int limit = Params.intInRange(exchange, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
                    Reply.ok(exchange, deadLetters.list(connector, status, limit).stream()
                            .map(DeadLetterView::of).toList());
                }));

        from("direct:api-dead-letter-replay").routeId("api-dead-letter-replay").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.DEAD_LETTER_REPLAY, exchange -> {
                    long id = Params.positiveLong(exchange, "id");
                    exchange.setProperty(Audited.DETAIL, "dead letter " + id);
                    try {
                        Reply.ok(exchange, replayer.replay(id).map(DeadLetterView::of)
                                .orElseThrow(() -> ApiProblem.notFound("no dead letter has the id " + id)));
                    } catch (ReplayRefusedException e) {
                        throw ApiProblem.conflict(e.getMessage());
                    }
                }));
    }
}
