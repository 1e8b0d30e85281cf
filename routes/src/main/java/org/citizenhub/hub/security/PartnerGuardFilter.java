package org.citizenhub.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizenhub.hub.ratelimit.RateDecision;
import org.citizenhub.hub.ratelimit.RequestLimiter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rules for partners, after authentication and the role check: each call counts against the partner's
 * rate limit (429 with {@code Retry-After}), states a purpose ({@code X-Purpose}, 400 without) and looks up
 * only by the record ids of a source it is allowed (403 otherwise). Refusals other than 429 are audited.
 */
final class PartnerGuardFilter extends OncePerRequestFilter {

    static final int MAX_PURPOSE = 500;
    private static final Pattern BY_RECORD = Pattern.compile("/api/v1/citizens/by-record/([^/]+)/.*");

    private final RequestLimiter limiter;
    private final AccessAudit audit;

    PartnerGuardFilter(RequestLimiter limiter, AccessAudit audit) {
        this.limiter = limiter;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = Caller.current();
        if (caller.partner().isEmpty() || !AccessAudit.pathOf(request).startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        PartnerPolicy partner = caller.partner().get();
        RateDecision rate = limiter.tryAcquire(partner.id());
        if (!rate.allowed()) {
            response.setHeader("Retry-After", String.valueOf(rate.retryAfterSeconds()));
            ProblemResponses.write(response, 429, "Too Many Requests",
                    "the partner's rate limit is used up; retry after " + rate.retryAfterSeconds() + " s");
            return;
        }
        String purpose = request.getHeader(AccessAudit.PURPOSE_HEADER);
        if (purpose == null || purpose.isBlank() || purpose.length() > MAX_PURPOSE) {
            audit.denied(request, "no purpose stated");
            ProblemResponses.write(response, 400, "Bad Request", "header '" + AccessAudit.PURPOSE_HEADER
                    + "' is required on every partner call: why the data is needed (at most " + MAX_PURPOSE + " characters)");
            return;
        }
        Matcher byRecord = BY_RECORD.matcher(AccessAudit.pathOf(request));
        if (byRecord.matches() && !partner.mayUseSource(byRecord.group(1))) {
            audit.denied(request, "source not allowed");
            ProblemResponses.write(response, 403, "Forbidden",
                    "this partner may not look up records of source '" + safe(byRecord.group(1)) + "'");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String safe(String source) {
        return source.length() > 100 || !source.matches("[A-Za-z0-9._-]+") ? "?" : source;
    }
}
