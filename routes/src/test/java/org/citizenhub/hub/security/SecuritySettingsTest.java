package org.citizenhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citizenhub.hub.security.cli.HashCommands;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Security configuration is checked at start: every problem names its key and never the secret. */
class SecuritySettingsTest {

    private static final String HASH = "$2a$04$EZyCowl/UcP566vmRLjKDO4WhLtnDwRHFCUJnNSnYfULbGa7t3rBS";

    @Test
    void noUsersAndNoPartnersIsValidAndGivesNobodyAccess() {
        SecuritySettings settings = new SecuritySettings(new HubSecurityProperties(null, null, null, null));
        assertThat(settings.users()).isEmpty();
        assertThat(settings.partner("anyone")).isEmpty();
        assertThat(settings.jwt().enabled()).isFalse();
    }

    @Test
    void badEntriesAreNamedByKey() {
        HubSecurityProperties properties = new HubSecurityProperties(
                List.of(new HubSecurityProperties.User("alice", "plain-text-password", List.of("CASEWORKER")),
                        new HubSecurityProperties.User("bob", HASH, List.of("BOSS"))),
                List.of(new HubSecurityProperties.Partner("p1", "abc", List.of("everything"), List.of("tax"), null),
                        new HubSecurityProperties.Partner("p2", null, List.of("contact"), List.of(), 
                                new HubSecurityProperties.RateLimit(0, 5))),
                null, null);

        assertThatThrownBy(() -> new SecuritySettings(properties))
                .hasMessageContaining("hub.security.users[0].password-hash: must be a bcrypt hash")
                .hasMessageContaining("hub.security.users[1].roles[0]: 'BOSS' is not a user role")
                .hasMessageContaining("hub.security.partners[0].scopes[0]: 'everything' is not a scope (identity, contact)")
                .hasMessageContaining("hub.security.partners[0].key-hash: must be the SHA-256")
                .hasMessageContaining("hub.security.partners[1].key-hash: required")
                .hasMessageContaining("hub.security.partners[1].rate-limit:")
                .message().doesNotContain("plain-text-password");
    }

    @Test
    void partnersAreFoundByTheHashOfTheirKey() {
        SecuritySettings settings = new SecuritySettings(new HubSecurityProperties(List.of(),
                List.of(new HubSecurityProperties.Partner("p1", ApiKeys.sha256Hex("k-1").toUpperCase(),
                        List.of("identity", "Contact"), List.of("tax"), new HubSecurityProperties.RateLimit(30, 5))),
                null, null));

        PartnerPolicy partner = settings.partnerByKeyHash(ApiKeys.sha256Hex("k-1")).orElseThrow();
        assertThat(partner.id()).isEqualTo("p1");
        assertThat(partner.scopes()).containsExactlyInAnyOrder(ProfileScope.IDENTITY, ProfileScope.CONTACT);
        assertThat(partner.rateLimit().burst()).isEqualTo(5);
        assertThat(settings.partnerByKeyHash(ApiKeys.sha256Hex("k-2"))).isEmpty();
    }

    @Test
    void hashPasswordPrintsABcryptHashOfTheLineItReads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = HashCommands.hashPassword(new ByteArrayInputStream("a long enough password\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(new BCryptPasswordEncoder().matches("a long enough password", hash)).isTrue();
        assertThat(HashCommands.hashPassword(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 12 characters").doesNotContain("short");
    }

    @Test
    void hashApiKeyPrintsAKeyAndItsSha256() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(HashCommands.hashApiKey(new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        String key = lines[0].replace("api-key:", "").strip();
        assertThat(lines[1].replace("key-hash:", "").strip()).isEqualTo(ApiKeys.sha256Hex(key));
        assertThat(key).hasSizeGreaterThanOrEqualTo(40);
    }
}
