package org.citizenhub.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * Spring Security's single-page-application CSRF handling ({@code csrf.spa()}) for the hub's pages, whose
 * scripts send the {@code XSRF-TOKEN} cookie back as a header; but no token is made for requests that cannot
 * be forged (they carry their own credentials). The SPA handler makes one for every request, so that the
 * cookie is always set: for a partner's profile read that was a random token and a {@code Set-Cookie} the
 * partner never uses, on every request.
 */
final class PageCsrfTokenHandler implements CsrfTokenRequestHandler {

    private final Predicate<HttpServletRequest> cannotBeForged;
    private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
    /** Loads the token on every request it handles (no attribute name: Spring's way to opt out of deferring). */
    private final XorCsrfTokenRequestAttributeHandler eager = new XorCsrfTokenRequestAttributeHandler();
    /** Leaves the token deferred: made only if something asks for it. */
    private final CsrfTokenRequestHandler deferred = new XorCsrfTokenRequestAttributeHandler();

    PageCsrfTokenHandler(Predicate<HttpServletRequest> cannotBeForged) {
        this.cannotBeForged = cannotBeForged;
        eager.setCsrfRequestAttributeName(null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        if (cannotBeForged.test(request)) {
            deferred.handle(request, response, csrfToken);
            return;
        }
        eager.handle(request, response, csrfToken);
        csrfToken.get(); // renders the token into the cookie the pages' scripts read
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        // the scripts send the cookie's raw value as a header; forms send the masked value of the page
        String header = request.getHeader(csrfToken.getHeaderName());
        return (StringUtils.hasText(header) ? plain : eager).resolveCsrfTokenValue(request, csrfToken);
    }
}
