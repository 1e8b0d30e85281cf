package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.citizenhub.hub.api.HostileHttp.Raw;
import org.citizenhub.hub.security.TestSecurity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile headers and a partner's hostile calls: the stated purpose oversized or carrying an injection or an
 * expression (kept as the text it is: the audit entry holds it unexpanded), hostile record ids and sources in a
 * partner's look-up, and odd {@code Accept} and {@code Content-Type} headers on the profile. A partner is the JWT
 * partner (scope contact, source tax), whose rate limit no other test spends much of; few calls are made.
 */
class HostileHeadersTest extends HostileApiTestSupport {

    private String citizenId;

    @BeforeAll
    void findTheCitizen() {
        citizenId = get("/api/v1/citizens/by-record/tax/T2").body().path("id").asText();
    }

    @Test
    void anOversizedPurposeIsRefusedByName() {
        Raw answer = partner("/api/v1/citizens/by-record/tax/T2", "p".repeat(501));

        HostileHttp.assertProblem(answer, 400, "'X-Purpose'");
        assertThat(answer.body()).doesNotContain("ppppp");
    }

    @Test
    void aPurposeWithInjectionsAndExpressionsIsAuditedAsWrittenAndExpandsNothing() {
        // no digits: the audit log masks digit runs in a stated purpose (they could be ids)
        String purpose = "x'); DELETE FROM audit_event; -- ${env:HOME} ${jndi:ldap://localhost/x} #{seven*seven} <b>q</b> "
                + "=cmd|'/C calc'!A " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");

        assertThat(partner("/api/v1/citizens/by-record/tax/T2", purpose).status()).isEqualTo(200);

        JsonNode entries = HostileHttp.send(port, "GET", "/api/v1/audit?actor=" + TestSecurity.JWT_PARTNER + "&size=500",
                admin(), (String) null).json().path("entries");
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.path("purpose").asText()).isEqualTo(purpose);
            assertThat(entry.path("citizenId").asText()).isEqualTo(citizenId);
        });
    }

    static Stream<Arguments> partnerLookUps() {
        return Stream.of(
                Arguments.of("quote injection in the record id", "/api/v1/citizens/by-record/tax/" + HostileHttp.encode("' OR '1'='1"), 404, "no record"),
                Arguments.of("statement in the record id (an encoded ';' the firewall refuses)",
                        "/api/v1/citizens/by-record/tax/" + HostileHttp.encode("x'; DROP TABLE citizen; --"), 400, "malformed"),
                Arguments.of("union in the record id", "/api/v1/citizens/by-record/tax/" + HostileHttp.encode("x' UNION SELECT id FROM citizen --"), 404, "no record"),
                Arguments.of("2 kB record id", "/api/v1/citizens/by-record/tax/" + "r".repeat(2_000), 400, "'recordId'"),
                Arguments.of("null byte in the record id (the firewall refuses)", "/api/v1/citizens/by-record/tax/T2%00x", 400, "malformed"),
                Arguments.of("a source the partner may not use", "/api/v1/citizens/by-record/health/H2", 403, "may not look up"),
                Arguments.of("injection as the source", "/api/v1/citizens/by-record/" + HostileHttp.encode("tax' OR '1'='1") + "/T2", 403, "may not look up"),
                Arguments.of("traversal in the citizen id", "/api/v1/citizens/..%2F..%2Fadmin", 400, ""),
                Arguments.of("injection as the citizen id", "/api/v1/citizens/" + HostileHttp.encode("C1' OR '1'='1"), 400, "'id'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerLookUps")
    void aPartnersHostileLookUpIsA4xxProblem(String kind, String path, int expected, String detail) {
        HostileHttp.assertProblem(partner(path, "hostile input test"), expected, detail);
    }

    static Stream<Arguments> oddAccepts() {
        return Stream.of(
                Arguments.of("garbage", "\u00ff\u00fe/;;;q=="),
                Arguments.of("bad quality", "application/fhir+json;q=abc, */*;q=-1"),
                Arguments.of("4 kB", "application/" + "x".repeat(4_000)),
                Arguments.of("nothing acceptable", "image/png"),
                Arguments.of("many types", "text/a, ".repeat(300) + "application/json"));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @MethodSource("oddAccepts")
    void anOddAcceptHeaderNeverBreaksTheProfile(String kind, String accept) {
        Map<String, String> headers = new HashMap<>(caseworker());
        headers.put("Accept", accept);
        Raw answer = HostileHttp.send(port, "GET", "/api/v1/citizens/" + citizenId, headers, (String) null);

        if (answer.status() == 200) {
            assertThat(answer.json().path("id").asText()).isEqualTo(citizenId);
        } else {
            HostileHttp.assertSafeProblem(answer);
        }
    }

    @Test
    void aContentTypeThatIsNotJsonOnAGetIsIgnored() {
        Map<String, String> headers = new HashMap<>(caseworker());
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        Raw answer = HostileHttp.send(port, "GET", "/api/v1/citizens/" + citizenId + "?x=%27%3B--", headers, (String) null);

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void aFormBodyWithHostileFieldsOnADecisionIsRefused() {
        Map<String, String> headers = new HashMap<>(caseworker());
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        Raw answer = HostileHttp.send(port, "POST", "/api/v1/review/987654321/reject", headers,
                "reason=%27%3B+DROP+TABLE+citizen%3B--&x=" + "%zz");

        HostileHttp.assertSafeProblem(answer);
        assertThat(answer.status()).isEqualTo(400);
    }

    private Raw partner(String path, String purpose) {
        return HostileHttp.send(port, "GET", path, Map.of(AUTHORIZATION,
                TestSecurity.bearer("svc-hostile", TestSecurity.JWT_PARTNER, "PARTNER"), "X-Purpose", purpose), (String) null);
    }

    private static Map<String, String> caseworker() {
        return Map.of(AUTHORIZATION, TestSecurity.basic(TestSecurity.CASEWORKER));
    }

    private static Map<String, String> admin() {
        return Map.of(AUTHORIZATION, TestSecurity.basic(TestSecurity.ADMIN));
    }
}
