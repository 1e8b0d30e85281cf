package org.citizenhub.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.audit.AuditEvent;
import org.citizenhub.hub.audit.AuditLog;
import org.citizenhub.hub.audit.AuditOutcome;
import org.citizenhub.hub.privacy.PersonalDataMasker;
import org.citizenhub.hub.store.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Records refused authentication as AUTH_FAILURE, outcome DENIED, actor "anonymous" (nobody was signed in):
 * a wrong or unknown API key, bad basic credentials, an invalid bearer token, a failed sign-in form, and a
 * request with no credentials at all to a protected API endpoint. The detail holds the method and path
 * (never the query, which may hold personal data; masked, path parameters such as {@code ;jsessionid}
 * removed), how the caller tried ({@code via}), whom it claimed to be when that is no secret, the remote
 * address and the reason. The claim is a configured user's name, or else a short SHA-256 prefix that lets an
 * admin tell repeated attempts apart without storing what was typed (an unknown "user name" is often a
 * password typed in the wrong field); API keys and tokens only ever as such a prefix.
 * <p>
 * Anonymous page requests that are sent to the sign-in form are not recorded: that is a browser's first
 * step, not a failure. Floods are summarised by {@link AuthenticationFailureThrottle}. Recording never
 * changes the answer: a failure to write is logged (without the request's data) and the 401 goes out.
 */
final class AuthenticationFailureAudit {

    static final String ACTOR = "anonymous";
    static final String ROLE = "NONE";
    /** Set on a request once its failure is recorded, so the entry point does not record it a second time. */
    static final String RECORDED = AuthenticationFailureAudit.class.getName() + ".recorded";

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationFailureAudit.class);
    private static final int PREFIX = 6;
    private static final int MAX_PATH = 300;
    private static final Pattern PATH_PARAMETERS = Pattern.compile(";[^/]*");

    private final AuditLog log;
    private final AuthenticationFailureThrottle throttle;
    /** Configured user names by their lower-case form: sign-in ignores case, as Spring's user store does. */
    private final Map<String, String> users = new HashMap<>();

    AuthenticationFailureAudit(AuditLog log, AuthenticationFailureThrottle throttle, Collection<String> users) {
        this.log = log;
        this.throttle = throttle;
        users.forEach(name -> this.users.put(name.toLowerCase(Locale.ROOT), name));
    }

    /** A request the entry point answers with 401: its credentials (from its headers) were refused, or it had none. */
    void refused(HttpServletRequest request, AuthenticationException failure) {
        if (request.getAttribute(RECORDED) != null) {
            return;
        }
        String apiKey = request.getHeader(ApiKeyAuthenticationFilter.HEADER);
        String authorization = request.getHeader("Authorization");
        String via;
        String claimed = null;
        if (apiKey != null) {
            via = "api-key";
            claimed = "api key sha256:" + prefix(apiKey.trim());
        } else if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            via = "basic";
            claimed = user(basicUser(authorization.substring(6).trim()));
        } else if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            via = "bearer";
            claimed = "token sha256:" + prefix(authorization.substring(7).trim());
        } else if (authorization != null) {
            via = "authorization-header";
        } else if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            via = "expired-session";
        } else {
            via = "none";
        }
        record(request, via, claimed, reason(failure));
    }

    /** A failed sign-in form (or any username-and-password sign-in without an Authorization header). */
    void signInFailed(HttpServletRequest request, String username, AuthenticationException failure) {
        record(request, "form", user(username), reason(failure));
    }

    /** Writes the summaries of flood windows that have ended; the hub calls it every minute. */
    void recordDueSummaries() {
        throttle.due().forEach(this::recordSummary);
    }

    /** Writes every pending summary: at shutdown. */
    void recordAllSummaries() {
        throttle.all().forEach(this::recordSummary);
    }

    private void record(HttpServletRequest request, String via, String claimed, String reason) {
        if (request != null) {
            request.setAttribute(RECORDED, Boolean.TRUE);
        }
        String address = request == null ? "unknown" : request.getRemoteAddr();
        AuthenticationFailureThrottle.Decision decision = throttle.admit(new AuthenticationFailureThrottle.Source(address, via));
        decision.endedWindow().ifPresent(this::recordSummary);
        if (!decision.record()) {
            return;
        }
        String path = request == null ? "-" : path(request);
        AuditedRequest asked = AuditedRequest.of(request == null ? "-" : request.getMethod(), path);
        StringBuilder detail = new StringBuilder()
                .append(request == null ? "-" : request.getMethod()).append(' ').append(path)
                .append("; via=").append(via);
        if (claimed != null) {
            detail.append("; claimed=").append(claimed);
        }
        detail.append("; from=").append(address).append("; reason=").append(reason);
        write(AuditEvent.of(ACTOR, ROLE, AuditAction.AUTH_FAILURE, AuditOutcome.DENIED)
                .withCitizen(asked.citizenId()).withDetail(detail.toString()));
    }

    private void recordSummary(AuthenticationFailureThrottle.Summary summary) {
        boolean everyOther = summary.source().equals(AuthenticationFailureThrottle.EVERY_OTHER_SOURCE);
        String from = everyOther ? "via=any; from=every other address" : "via=" + summary.source().via() + "; from=" + summary.source().address();
        write(AuditEvent.of(ACTOR, ROLE, AuditAction.AUTH_FAILURE, AuditOutcome.DENIED).withDetail(
                "flood: " + summary.count() + " more failure" + (summary.count() == 1 ? "" : "s") + " not recorded one by one; "
                        + from + "; between " + summary.first() + " and " + summary.last()));
    }

    private void write(AuditEvent event) {
        try {
            log.record(event);
        } catch (RuntimeException e) {
            LOG.error("could not record a refused authentication in the audit log: {}", e.getClass().getName());
        }
    }

    /** The name when it is a configured user, else only a short hash of what was typed. */
    private String user(String name) {
        if (name == null || name.isEmpty()) {
            return "no user name";
        }
        String known = users.get(name.toLowerCase(Locale.ROOT));
        return known != null ? "user " + known : "unknown user sha256:" + prefix(name);
    }

    private static String basicUser(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String reason(AuthenticationException failure) {
        if (failure instanceof InsufficientAuthenticationException) {
            return "no credentials";
        }
        if (failure instanceof OAuth2AuthenticationException) {
            return "invalid bearer token";
        }
        if (failure instanceof BadCredentialsException) {
            return "bad credentials";
        }
        return failure == null ? "unknown" : failure.getClass().getSimpleName().replace("Exception", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String path(HttpServletRequest request) {
        String path = PATH_PARAMETERS.matcher(AccessAudit.pathOf(request)).replaceAll("");
        return Texts.limit(PersonalDataMasker.mask(path), MAX_PATH);
    }

    private static String prefix(String secret) {
        return ApiKeys.sha256Hex(secret).substring(0, PREFIX);
    }
}
