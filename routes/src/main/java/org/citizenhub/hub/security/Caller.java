package org.citizenhub.hub.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking, as the audit log and the casework decisions name them: the signed-in user's name or the
 * partner id, the role it acts in (the first of PARTNER, ADMIN, CASEWORKER it has) and, for a partner, its policy.
 */
public record Caller(String name, String role, Optional<PartnerPolicy> partner) {

    public static final Caller ANONYMOUS = new Caller("anonymous", "NONE", Optional.empty());

    /** The caller of the request this thread serves (the Camel servlet runs API routes on that thread). */
    public static Caller current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Caller of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return ANONYMOUS;
        }
        if (authentication instanceof PartnerAuthentication partner) {
            return new Caller(partner.getName(), Role.PARTNER.name(), Optional.of(partner.partner()));
        }
        return new Caller(authentication.getName(), mainRole(authentication), Optional.empty());
    }

    public boolean isPartner() {
        return partner.isPresent();
    }

    private static String mainRole(Authentication authentication) {
        for (Role role : new Role[] {Role.PARTNER, Role.ADMIN, Role.CASEWORKER}) {
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                if (role.authority().equals(authority.getAuthority())) {
                    return role.name();
                }
            }
        }
        return "NONE";
    }
}
