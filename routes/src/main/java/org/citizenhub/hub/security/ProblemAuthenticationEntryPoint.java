package org.citizenhub.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem+json for the API: no credentials, or ones the hub does not know (which, it does not say).
 * Every such answer is recorded as AUTH_FAILURE ({@link AuthenticationFailureAudit}).
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final String challenge;
    private final AuthenticationFailureAudit failures;

    ProblemAuthenticationEntryPoint(boolean bearer, AuthenticationFailureAudit failures) {
        this.challenge = bearer ? "Bearer, Basic realm=\"citizen-hub\"" : "Basic realm=\"citizen-hub\"";
        this.failures = failures;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        failures.refused(request, failure);
        // pages' scripts ask with X-Requested-With: no challenge, so the browser shows no password dialog
        if (request.getHeader("X-Requested-With") == null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        ProblemResponses.write(response, 401, "Unauthorized",
                "sign in, or send a partner API key (X-Api-Key) or a bearer token");
    }
}
