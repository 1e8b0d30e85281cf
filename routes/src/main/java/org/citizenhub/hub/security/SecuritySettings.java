package org.citizenhub.hub.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.citizenhub.hub.ratelimit.RateLimit;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * {@link HubSecurityProperties} checked once at start-up: every problem names its key
 * ({@code hub.security.users[1].roles[0]}) and the reason, never the secret. Gives the users for sign-in,
 * the partners by id and by key hash, and the rate limits.
 */
public final class SecuritySettings {

    static final int DEFAULT_PER_MINUTE = 60;
    static final int DEFAULT_BURST = 20;
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private final List<UserDetails> users = new ArrayList<>();
    private final Map<String, PartnerPolicy> partnersById = new HashMap<>();
    private final Map<String, PartnerPolicy> partnersByKeyHash = new HashMap<>();
    private final RateLimit defaultLimit;
    private final HubSecurityProperties.Jwt jwt;

    public SecuritySettings(HubSecurityProperties properties) {
        List<String> problems = new ArrayList<>();
        defaultLimit = limit(properties.defaultRateLimit(), "hub.security.default-rate-limit",
                new RateLimit(DEFAULT_PER_MINUTE / 60.0, DEFAULT_BURST), problems);
        readUsers(properties.users(), problems);
        readPartners(properties.partners(), properties.jwt().enabled(), problems);
        jwt = properties.jwt();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("hub.security is not valid:\n  " + String.join("\n  ", problems));
        }
    }

    public List<UserDetails> users() {
        return List.copyOf(users);
    }

    public Optional<PartnerPolicy> partner(String id) {
        return Optional.ofNullable(partnersById.get(id));
    }

    public Optional<PartnerPolicy> partnerByKeyHash(String sha256Hex) {
        return Optional.ofNullable(partnersByKeyHash.get(sha256Hex.toLowerCase(Locale.ROOT)));
    }

    public RateLimit defaultLimit() {
        return defaultLimit;
    }

    public Map<String, RateLimit> partnerLimits() {
        Map<String, RateLimit> limits = new HashMap<>();
        partnersById.values().forEach(p -> limits.put(p.id(), p.rateLimit()));
        return limits;
    }

    public HubSecurityProperties.Jwt jwt() {
        return jwt;
    }

    private void readUsers(List<HubSecurityProperties.User> configured, List<String> problems) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < configured.size(); i++) {
            String key = "hub.security.users[" + i + "]";
            HubSecurityProperties.User user = configured.get(i);
            if (user.username() == null || !ID.matcher(user.username()).matches()) {
                problems.add(key + ".username: required; letters, digits, '.', '_', '@', '-', at most 100");
                continue;
            }
            if (!names.add(user.username())) {
                problems.add(key + ".username: '" + user.username() + "' is configured twice");
            }
            if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash()).matches()) {
                problems.add(key + ".password-hash: must be a bcrypt hash ($2a$10$...); make one with "
                        + "'java -jar citizen-hub.jar hash-password'");
            }
            Set<Role> roles = roles(user.roles(), key + ".roles", problems);
            if (user.passwordHash() != null && BCRYPT.matcher(user.passwordHash()).matches()) {
                users.add(User.withUsername(user.username()).password("{bcrypt}" + user.passwordHash())
                        .authorities(roles.stream().map(Role::authority).toArray(String[]::new)).build());
            }
        }
    }

    private static Set<Role> roles(List<String> names, String key, List<String> problems) {
        Set<Role> roles = new LinkedHashSet<>();
        if (names == null || names.isEmpty()) {
            problems.add(key + ": at least one of CASEWORKER, ADMIN");
            return roles;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).trim().toUpperCase(Locale.ROOT);
            if (name.equals("CASEWORKER") || name.equals("ADMIN")) {
                roles.add(Role.valueOf(name));
            } else {
                problems.add(key + "[" + i + "]: '" + names.get(i) + "' is not a user role (CASEWORKER, ADMIN; "
                        + "partners are configured under hub.security.partners)");
            }
        }
        return roles;
    }

    private void readPartners(List<HubSecurityProperties.Partner> configured, boolean jwtEnabled, List<String> problems) {
        for (int i = 0; i < configured.size(); i++) {
            String key = "hub.security.partners[" + i + "]";
            HubSecurityProperties.Partner partner = configured.get(i);
            if (partner.id() == null || !ID.matcher(partner.id()).matches()) {
                problems.add(key + ".id: required; letters, digits, '.', '_', '@', '-', at most 100");
                continue;
            }
            Set<ProfileScope> scopes = new LinkedHashSet<>();
            List<String> scopeNames = partner.scopes() == null ? List.of() : partner.scopes();
            if (scopeNames.isEmpty()) {
                problems.add(key + ".scopes: at least one of " + ProfileScope.names());
            }
            for (int s = 0; s < scopeNames.size(); s++) {
                int index = s;
                ProfileScope.byName(scopeNames.get(s)).ifPresentOrElse(scopes::add, () -> problems.add(key + ".scopes["
                        + index + "]: '" + scopeNames.get(index) + "' is not a scope (" + ProfileScope.names() + ")"));
            }
            Set<String> sources = new LinkedHashSet<>(partner.sources() == null ? List.of() : partner.sources());
            RateLimit limit = limit(partner.rateLimit(), key + ".rate-limit", defaultLimit, problems);
            PartnerPolicy policy = new PartnerPolicy(partner.id(), scopes, sources, limit);
            if (partnersById.put(partner.id(), policy) != null) {
                problems.add(key + ".id: '" + partner.id() + "' is configured twice");
            }
            if (partner.keyHash() == null || partner.keyHash().isBlank()) {
                if (!jwtEnabled) {
                    problems.add(key + ".key-hash: required (the SHA-256 of its API key, 64 hex digits; make a key "
                            + "with 'java -jar citizen-hub.jar hash-api-key'), unless it signs in with JWTs");
                }
            } else if (!SHA256_HEX.matcher(partner.keyHash().trim()).matches()) {
                problems.add(key + ".key-hash: must be the SHA-256 of the API key as 64 hex digits");
            } else if (partnersByKeyHash.put(partner.keyHash().trim().toLowerCase(Locale.ROOT), policy) != null) {
                problems.add(key + ".key-hash: another partner has the same key");
            }
        }
    }

    private static RateLimit limit(HubSecurityProperties.RateLimit configured, String key, RateLimit fallback,
                                   List<String> problems) {
        if (configured == null || (configured.requestsPerMinute() == null && configured.burst() == null)) {
            return fallback;
        }
        try {
            int perMinute = configured.requestsPerMinute() == null
                    ? (int) Math.round(fallback.perSecond() * 60) : configured.requestsPerMinute();
            int burst = configured.burst() == null ? fallback.burst() : configured.burst();
            return RateLimit.perMinute(perMinute, burst);
        } catch (IllegalArgumentException e) {
            problems.add(key + ": " + e.getMessage());
            return fallback;
        }
    }
}
