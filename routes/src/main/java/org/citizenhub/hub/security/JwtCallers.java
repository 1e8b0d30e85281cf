package org.citizenhub.hub.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified JWT into a caller: roles from the configured claim (a list or a space-separated string;
 * {@code ROLE_} prefixes and case do not matter). A PARTNER token is the configured partner named by the
 * partner claim (client id), with that partner's scopes, sources and limit; an unknown partner gets no role.
 * The user name is {@code preferred_username}, else the subject.
 */
final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecuritySettings settings;

    JwtCallers(SecuritySettings settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<Role> roles = roles(jwt.getClaim(settings.jwt().rolesClaimOrDefault()));
        if (roles.contains(Role.PARTNER)) {
            String id = jwt.getClaimAsString(settings.jwt().partnerClaimOrDefault());
            String partnerId = id != null ? id : jwt.getSubject();
            if (partnerId != null && settings.partner(partnerId).isPresent()) {
                return new PartnerAuthentication(settings.partner(partnerId).get());
            }
            return new JwtAuthenticationToken(jwt, List.of(), name(jwt));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return new JwtAuthenticationToken(jwt, authorities, name(jwt));
    }

    private static String name(Jwt jwt) {
        String preferred = jwt.getClaimAsString("preferred_username");
        return preferred != null && !preferred.isBlank() ? preferred : jwt.getSubject();
    }

    private static List<Role> roles(Object claim) {
        List<String> names = new ArrayList<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(item -> names.add(String.valueOf(item)));
        } else if (claim instanceof String text) {
            names.addAll(List.of(text.trim().split("[\\s,]+")));
        }
        List<Role> roles = new ArrayList<>();
        for (String name : names) {
            String plain = name.trim().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
            for (Role role : Role.values()) {
                if (role.name().equals(plain) && !roles.contains(role)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
