package org.citizenhub.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 403 as problem+json, recorded in the audit log as DENIED (a missing CSRF token too, named as such). */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final AccessAudit audit;

    ProblemAccessDeniedHandler(AccessAudit audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        boolean csrf = denied instanceof CsrfException;
        audit.denied(request, csrf ? "no valid CSRF token" : "role");
        ProblemResponses.write(response, 403, "Forbidden", csrf
                ? "the request has no valid CSRF token: reload the page"
                : "your role may not use this endpoint");
    }
}
