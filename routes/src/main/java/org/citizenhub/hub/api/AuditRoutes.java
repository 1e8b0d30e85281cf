package org.citizenhub.hub.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.audit.AuditChainVerifier;
import org.citizenhub.hub.audit.AuditEntry;
import org.citizenhub.hub.audit.AuditLog;
import org.citizenhub.hub.audit.AuditOutcome;
import org.citizenhub.hub.audit.AuditPage;
import org.citizenhub.hub.audit.AuditQuery;
import org.citizenhub.hub.audit.AuditResults;
import org.citizenhub.hub.security.AccessAudit;
import org.springframework.stereotype.Component;

/**
 * The admin's view of the audit log.
 * {@code GET /api/v1/audit?citizenId=&actor=&action=&outcome=&from=&to=&page=&size=}: the entries that meet
 * every given criterion, oldest first; with only {@code citizenId}, every access to that citizen (a subject
 * access request). The total counts exactly the entries the pages hold. {@code GET /api/v1/audit/verify}:
 * walks the hash chain and says whether it is intact, or the first entry that is not. Reading the log is
 * itself audited.
 */
@Component
class AuditRoutes extends RouteBuilder {

    static final int DEFAULT_SIZE = 100;

    /** A page of entries. */
    record AuditAnswer(List<EntryView> entries, int page, int size, long total, boolean hasMore) {
    }

    /** An entry as JSON: the time as ISO-8601 text. */
    record EntryView(long seq, String at, String actor, String actorRole, String action, String citizenId,
                     String purpose, String outcome, String detail, String prevHash, String hash) {

        static EntryView of(AuditEntry e) {
            return new EntryView(e.seq(), e.at().toString(), e.actor(), e.actorRole(), e.action(), e.citizenId(),
                    e.purpose(), e.outcome(), e.detail(), e.prevHash(), e.hash());
        }
    }

    private final AuditLog log;
    private final AuditChainVerifier verifier;
    private final AccessAudit audit;

    AuditRoutes(AuditLog log, AuditChainVerifier verifier, AccessAudit audit) {
        this.log = log;
        this.verifier = verifier;
        this.audit = audit;
    }

    @Override
    public void configure() {
        rest("/v1/audit").description("The audit log: who accessed which citizen, when, why and with what outcome")
                .get().id("rest-audit").produces("application/json")
                .description("Entries oldest first, by any mix of citizenId (subject access request), actor, action, outcome and time "
                        + "(from inclusive, to exclusive, ISO-8601 instants); page from 0, size 1 to 500.")
                .to("direct:api-audit")
                .get("/verify").id("rest-audit-verify").produces("application/json")
                .description("Verifies the hash chain: intact, or the first broken entry and why.")
                .to("direct:api-audit-verify");

        from("direct:api-audit").routeId("api-audit").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.AUDIT_READ, exchange -> Reply.ok(exchange, query(exchange))));

        from("direct:api-audit-verify").routeId("api-audit-verify").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.AUDIT_READ, exchange -> {
                    exchange.setProperty(Audited.DETAIL, "verify");
                    Reply.ok(exchange, verifier.verify());
                }));
    }

    private AuditAnswer query(Exchange exchange) {
        String citizenId = Params.optionalToken(exchange, "citizenId", 40);
        AuditQuery query = AuditQuery.forCitizen(citizenId)
                .withActor(optionalText(exchange, "actor", 200))
                .withAction(Params.optionalEnum(exchange, "action", AuditAction.class))
                .withOutcome(Params.optionalEnum(exchange, "outcome", AuditOutcome.class))
                .between(instant(exchange, "from"), instant(exchange, "to"));
        AuditPage page = new AuditPage(Params.intInRange(exchange, "page", 0, 1_000_000, 0),
                Params.intInRange(exchange, "size", 1, AuditPage.MAX_SIZE, DEFAULT_SIZE));
        exchange.setProperty(Audited.CITIZEN, citizenId);
        AuditResults results = log.find(query, page);
        return new AuditAnswer(results.entries().stream().map(EntryView::of).toList(), page.number(), page.size(),
                results.total(), results.hasMore());
    }

    private static String optionalText(Exchange exchange, String name, int max) {
        String value = exchange.getMessage().getHeader(name, String.class);
        return value == null || value.isEmpty() ? null : Params.text(exchange, name, max);
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    private static Instant instant(Exchange exchange, String name) {
        String value = exchange.getMessage().getHeader(name, String.class);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("parameter '" + name + "' must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
        // SQL timestamps hold years 1 to 9999 (H2 and PostgreSQL alike); a valid instant beyond is a caller's error
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw ApiProblem.badRequest("parameter '" + name + "' must be an instant in the years 1 to 9999");
        }
        return instant;
    }
}
