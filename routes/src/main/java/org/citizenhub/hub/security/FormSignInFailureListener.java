package org.citizenhub.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Hears Spring Security's failed-authentication events to record failed sign-in forms, which never reach the
 * 401 entry point (the form sends the browser back to the sign-in page). Listening leaves the form's own
 * configuration alone. Only username-and-password attempts of requests without an {@code Authorization} or
 * API-key header are taken: those with one are HTTP basic (or bearer), which the entry point records.
 */
final class FormSignInFailureListener implements ApplicationListener<AbstractAuthenticationFailureEvent> {

    private final AuthenticationFailureAudit failures;

    FormSignInFailureListener(AuthenticationFailureAudit failures) {
        this.failures = failures;
    }

    @Override
    public void onApplicationEvent(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
            return;
        }
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        if (request != null && (request.getHeader("Authorization") != null
                || request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null)) {
            return;
        }
        failures.signInFailed(request, attempt.getName(), event.getException());
    }
}
