package org.citizenhub.hub.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The test applications' security configuration: users with a cheap bcrypt hash (cost 4: tests sign in on
 * every request), partners with known keys, and for the shared API context a JWT issuer: an RSA key made here
 * and its JWK set served by a WireMock server on loopback.
 */
public final class TestSecurity {

    public static final String PASSWORD = "test-password-1";
    private static final String HASH = "$2a$04$EZyCowl/UcP566vmRLjKDO4WhLtnDwRHFCUJnNSnYfULbGa7t3rBS";
    /** CASEWORKER and ADMIN: what the functional API tests sign in as. */
    public static final String TESTER = "tester";
    public static final String CASEWORKER = "casey";
    public static final String ADMIN = "ada";

    /** Scope identity, may use tax record ids. */
    public static final String IDENTITY_PARTNER = "identity-partner";
    public static final String IDENTITY_KEY = "test-partner-key-identity";
    /** Scope contact, may use tax record ids. */
    public static final String CONTACT_PARTNER = "contact-partner";
    public static final String CONTACT_KEY = "test-partner-key-contact";
    /** Scope identity, a burst of 3 and then 1 a minute. */
    public static final String BURST_PARTNER = "burst-partner";
    public static final String BURST_KEY = "test-partner-key-burst";
    /** A partner that signs in with JWTs only (client id jwt-partner), scope contact. */
    public static final String JWT_PARTNER = "jwt-partner";

    public static final String ISSUER = "https://idp.test/realms/hub";

    private static RSAKey signingKey;
    private static WireMockServer jwks;

    private TestSecurity() {
    }

    /** Users only (the casework context). */
    public static void users(DynamicPropertyRegistry registry) {
        user(registry, 0, TESTER, "CASEWORKER", "ADMIN");
        user(registry, 1, CASEWORKER, "CASEWORKER");
        user(registry, 2, ADMIN, "ADMIN");
    }

    /** Users, partners and the JWT issuer (the shared API context). */
    public static void everything(DynamicPropertyRegistry registry) {
        users(registry);
        partner(registry, 0, IDENTITY_PARTNER, IDENTITY_KEY, "identity");
        partner(registry, 1, CONTACT_PARTNER, CONTACT_KEY, "contact");
        partner(registry, 2, BURST_PARTNER, BURST_KEY, "identity");
        registry.add("hub.security.partners[2].rate-limit.requests-per-minute", () -> "1");
        registry.add("hub.security.partners[2].rate-limit.burst", () -> "3");
        registry.add("hub.security.partners[3].id", () -> JWT_PARTNER);
        registry.add("hub.security.partners[3].scopes[0]", () -> "contact");
        registry.add("hub.security.partners[3].sources[0]", () -> "tax");
        registry.add("hub.security.jwt.issuer-uri", () -> ISSUER);
        registry.add("hub.security.jwt.jwk-set-uri", () -> jwkSetServer().baseUrl() + "/jwks.json");
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A bearer token signed by the test issuer with the given roles claim. */
    public static String bearer(String subject, String clientId, String... roles) {
        return "Bearer " + sign(key(), new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject)
                .claim("azp", clientId).claim("roles", List.of(roles))
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
    }

    /** A token with a key the issuer never published. */
    public static String forgedBearer(String subject, String... roles) {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID("forged").generate();
            return "Bearer " + sign(other, new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject)
                    .claim("roles", List.of(roles)).expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized RSAKey key() {
        if (signingKey == null) {
            try {
                signingKey = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("test-key").generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return signingKey;
    }

    private static synchronized WireMockServer jwkSetServer() {
        if (jwks == null) {
            jwks = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
            jwks.start();
            jwks.stubFor(get(urlEqualTo("/jwks.json")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                    .withBody(new JWKSet(key().toPublicJWK()).toString())));
        }
        return jwks;
    }

    private static void user(DynamicPropertyRegistry registry, int i, String name, String... roles) {
        registry.add("hub.security.users[" + i + "].username", () -> name);
        registry.add("hub.security.users[" + i + "].password-hash", () -> HASH);
        for (int r = 0; r < roles.length; r++) {
            String role = roles[r];
            registry.add("hub.security.users[" + i + "].roles[" + r + "]", () -> role);
        }
    }

    private static void partner(DynamicPropertyRegistry registry, int i, String id, String key, String scope) {
        registry.add("hub.security.partners[" + i + "].id", () -> id);
        registry.add("hub.security.partners[" + i + "].key-hash", () -> ApiKeys.sha256Hex(key));
        registry.add("hub.security.partners[" + i + "].scopes[0]", () -> scope);
        registry.add("hub.security.partners[" + i + "].sources[0]", () -> "tax");
    }
}
