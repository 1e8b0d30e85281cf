package org.citizenhub.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Partners' API keys: a request with {@code X-Api-Key} is the partner whose configured key hash is the
 * key's SHA-256, or a 401 (the key is never logged nor echoed). The key hashes are looked up, not compared
 * one by one, so the time taken says nothing about how close a guess was.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    private static final int MAX_KEY = 200;

    private final SecuritySettings settings;
    private final AuthenticationEntryPoint entryPoint;

    ApiKeyAuthenticationFilter(SecuritySettings settings, AuthenticationEntryPoint entryPoint) {
        this.settings = settings;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        PartnerPolicy partner = key.isBlank() || key.length() > MAX_KEY ? null
                : settings.partnerByKeyHash(ApiKeys.sha256Hex(key.trim())).orElse(null);
        if (partner == null) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown API key"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PartnerAuthentication(partner));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
