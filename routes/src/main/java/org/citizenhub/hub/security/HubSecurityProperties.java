package org.citizenhub.hub.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hub.security.*}: the users who sign in (bcrypt hashes), the partner systems (SHA-256 hashes of their
 * API keys, scopes, sources, rate limits) and the optional JWT resource-server setting. Nothing here has a
 * default: a hub with no users and no partners serves nothing but its health. Real deployments provide these
 * by environment or an external file ({@code spring.config.import=optional:file:/etc/hub/security.yml}).
 * Checked at start-up by {@link SecuritySettings}.
 */
@ConfigurationProperties("hub.security")
public record HubSecurityProperties(List<User> users, List<Partner> partners, Jwt jwt, RateLimit defaultRateLimit) {

    public HubSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        partners = partners == null ? List.of() : List.copyOf(partners);
        jwt = jwt == null ? new Jwt(null, null, null, null) : jwt;
        defaultRateLimit = defaultRateLimit == null ? new RateLimit(null, null) : defaultRateLimit;
    }

    /** A person who signs in: {@code password-hash} is a bcrypt hash ({@code hash-password} prints one). */
    public record User(String username, String passwordHash, List<String> roles) {
    }

    /**
     * A partner system. {@code key-hash}: the SHA-256 (hex) of its API key ({@code hash-api-key} makes a key
     * and its hash). {@code scopes}: profile field sets it may receive. {@code sources}: connector ids whose
     * record ids it may look up by. {@code rate-limit}: its own limit, else the default.
     */
    public record Partner(String id, String keyHash, List<String> scopes, List<String> sources, RateLimit rateLimit) {
    }

    /** Requests per minute and the burst allowed at once; left out: 60 a minute, burst 20. */
    public record RateLimit(Integer requestsPerMinute, Integer burst) {
    }

    /**
     * JWTs from an OIDC provider: {@code issuer-uri} (discovery) or {@code jwk-set-uri}; roles come from the
     * claim {@code roles-claim} (default {@code roles}: a list or a space-separated string, e.g. CASEWORKER).
     * A token with role PARTNER is a partner whose id is the claim {@code partner-claim} (default {@code azp},
     * else the subject) and must be one of {@code partners} (its key hash may then be left out).
     */
    public record Jwt(String issuerUri, String jwkSetUri, String rolesClaim, String partnerClaim) {

        public boolean enabled() {
            return has(issuerUri) || has(jwkSetUri);
        }

        public String rolesClaimOrDefault() {
            return has(rolesClaim) ? rolesClaim : "roles";
        }

        public String partnerClaimOrDefault() {
            return has(partnerClaim) ? partnerClaim : "azp";
        }

        private static boolean has(String value) {
            return value != null && !value.isBlank();
        }
    }
}
