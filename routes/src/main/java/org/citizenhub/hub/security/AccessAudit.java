package org.citizenhub.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.audit.AuditEvent;
import org.citizenhub.hub.audit.AuditLog;
import org.citizenhub.hub.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records accesses in the {@link AuditLog} as the current {@link Caller}: the API routes after they know the
 * outcome, the security layer for what it refuses (403, a partner's missing purpose or foreign source).
 * The stated purpose is the {@code X-Purpose} header.
 */
public final class AccessAudit {

    public static final String PURPOSE_HEADER = "X-Purpose";
    private static final Logger LOG = LoggerFactory.getLogger(AccessAudit.class);

    private final AuditLog log;

    public AccessAudit(AuditLog log) {
        this.log = log;
    }

    public void record(AuditAction action, AuditOutcome outcome, String citizenId, String purpose, String detail) {
        Caller caller = Caller.current();
        log.record(new AuditEvent(caller.name(), caller.role(), action, outcome, citizenId, purpose, detail));
    }

    /** A refused request, as the action its method and path ask for (audit failures never hide the refusal). */
    void denied(HttpServletRequest request, String why) {
        AuditedRequest asked = AuditedRequest.of(request.getMethod(), pathOf(request));
        try {
            record(asked.action(), AuditOutcome.DENIED, asked.citizenId(), request.getHeader(PURPOSE_HEADER),
                    request.getMethod() + " " + pathOf(request) + " (" + why + ")");
        } catch (RuntimeException e) {
            LOG.error("could not record a refused request in the audit log: {}", e.getClass().getName());
        }
    }

    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
