package org.citizenhub.hub.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A partner system that proved who it is (API key or JWT); the name is the partner id. */
public final class PartnerAuthentication extends AbstractAuthenticationToken {

    private final PartnerPolicy partner;

    public PartnerAuthentication(PartnerPolicy partner) {
        super(List.of(new SimpleGrantedAuthority(Role.PARTNER.authority())));
        this.partner = partner;
        setAuthenticated(true);
    }

    public PartnerPolicy partner() {
        return partner;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return partner.id();
    }

    @Override
    public String getName() {
        return partner.id();
    }
}
