package org.citizenhub.hub.api;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.audit.AuditOutcome;
import org.citizenhub.hub.security.AccessAudit;

/**
 * Wraps an API route's work so that its access is recorded once the outcome is known: ALLOWED, NOT_FOUND
 * (404), DENIED (403) or ERROR (anything else), as the signed-in caller, with the stated {@code X-Purpose}.
 * The work names the citizen and ids ({@link #CITIZEN}, {@link #DETAIL} exchange properties) as soon as it
 * knows them, so a failure is recorded against them too. If the record cannot be written, the answer is a 500:
 * no access goes unrecorded.
 */
final class Audited {

    static final String CITIZEN = "hub.audit.citizen";
    static final String DETAIL = "hub.audit.detail";

    private Audited() {
    }

    static Processor of(AccessAudit audit, AuditAction action, Processor work) {
        return exchange -> {
            String purpose = exchange.getMessage().getHeader(AccessAudit.PURPOSE_HEADER, String.class);
            try {
                work.process(exchange);
            } catch (ApiProblem problem) {
                record(audit, action, outcome(problem.status()), exchange, purpose);
                throw problem;
            } catch (Exception failure) {
                record(audit, action, AuditOutcome.ERROR, exchange, purpose);
                throw failure;
            }
            record(audit, action, AuditOutcome.ALLOWED, exchange, purpose);
        };
    }

    private static void record(AccessAudit audit, AuditAction action, AuditOutcome outcome, Exchange exchange, String purpose) {
        audit.record(action, outcome, exchange.getProperty(CITIZEN, String.class), purpose,
                exchange.getProperty(DETAIL, String.class));
    }

    private static AuditOutcome outcome(int status) {
        return switch (status) {
            case 404 -> AuditOutcome.NOT_FOUND;
            case 403 -> AuditOutcome.DENIED;
            default -> AuditOutcome.ERROR;
        };
    }
}
