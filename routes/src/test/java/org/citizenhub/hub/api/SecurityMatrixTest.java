package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.citizenhub.hub.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Role × endpoint: every endpoint asked by every kind of caller, with the exact status. Denied API answers
 * are problem+json; a page asked without sign-in leads to the sign-in form. Callers: nobody, a caseworker and
 * an admin by HTTP basic, a partner by API key with and without a purpose, a caseworker and a partner by JWT.
 */
class SecurityMatrixTest extends HubApplicationTestSupport {

    enum Caller {
        ANONYMOUS, CASEWORKER, ADMIN, PARTNER, PARTNER_NO_PURPOSE, CASEWORKER_JWT, PARTNER_JWT;

        Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            switch (this) {
                case ANONYMOUS -> { }
                case CASEWORKER -> headers.put(AUTHORIZATION, TestSecurity.basic(TestSecurity.CASEWORKER));
                case ADMIN -> headers.put(AUTHORIZATION, TestSecurity.basic(TestSecurity.ADMIN));
                case PARTNER -> {
                    headers.put("X-Api-Key", TestSecurity.IDENTITY_KEY);
                    headers.put("X-Purpose", "eligibility check");
                }
                case PARTNER_NO_PURPOSE -> headers.put("X-Api-Key", TestSecurity.IDENTITY_KEY);
                case CASEWORKER_JWT -> headers.put(AUTHORIZATION, TestSecurity.bearer("u-17", "hub-pages", "CASEWORKER"));
                case PARTNER_JWT -> {
                    headers.put(AUTHORIZATION, TestSecurity.bearer("svc-1", TestSecurity.JWT_PARTNER, "PARTNER"));
                    headers.put("X-Purpose", "contact update");
                }
            }
            return headers;
        }
    }

    private static final String CITIZEN = "{citizen}";

    /** method, path, JSON body or null, then the status per caller in {@link Caller} order. */
    private static final Object[][] MATRIX = {
            {"GET", "/api/v1/citizens/" + CITIZEN, null, 401, 200, 403, 200, 400, 200, 200},
            {"GET", "/api/v1/citizens/by-record/tax/T1", null, 401, 200, 403, 200, 400, 200, 200},
            {"GET", "/api/v1/citizens/by-record/health/H1", null, 401, 200, 403, 403, 400, 200, 403},
            {"GET", "/api/v1/citizens/C00000000000000000000", null, 401, 404, 403, 404, 400, 404, 404},
            {"GET", "/api/v1/citizens?name=Ann%20Lee", null, 401, 200, 403, 403, 403, 200, 403},
            {"GET", "/api/v1/citizens/" + CITIZEN + "/explain", null, 401, 200, 403, 403, 403, 200, 403},
            {"POST", "/api/v1/citizens/" + CITIZEN + "/link", "{}", 401, 400, 403, 403, 403, 400, 403},
            {"POST", "/api/v1/citizens/" + CITIZEN + "/unlink", "{}", 401, 400, 403, 403, 403, 400, 403},
            {"GET", "/api/v1/review", null, 401, 200, 403, 403, 403, 200, 403},
            {"POST", "/api/v1/review/999999/accept", "{\"reason\":\"r\"}", 401, 404, 403, 403, 403, 404, 403},
            {"POST", "/api/v1/review/999999/reject", "{\"reason\":\"r\"}", 401, 404, 403, 403, 403, 404, 403},
            {"GET", "/api/v1/connectors", null, 401, 403, 200, 403, 403, 403, 403},
            {"POST", "/api/v1/connectors/no-such-connector/run", null, 401, 403, 404, 403, 403, 403, 403},
            {"GET", "/api/v1/dead-letters", null, 401, 403, 200, 403, 403, 403, 403},
            {"POST", "/api/v1/dead-letters/999999/replay", null, 401, 403, 404, 403, 403, 403, 403},
            {"GET", "/api/v1/audit", null, 401, 403, 200, 403, 403, 403, 403},
            {"GET", "/api/v1/audit/verify", null, 401, 403, 200, 403, 403, 403, 403},
            {"GET", "/api/v1/admin/match-model", null, 401, 403, 200, 403, 403, 403, 403},
            {"GET", "/api/v1/stats", null, 401, 200, 200, 403, 403, 200, 403},
            {"GET", "/api/v1/me", null, 401, 200, 200, 403, 403, 200, 403},
            {"GET", "/api/api-doc", null, 401, 200, 200, 403, 403, 200, 403},
            {"GET", "/api/v1/no-such-endpoint", null, 401, 403, 403, 403, 403, 403, 403},
            {"DELETE", "/api/v1/citizens/" + CITIZEN, null, 401, 403, 403, 403, 403, 403, 403},
            {"GET", "/actuator/health", null, 200, 200, 200, 200, 200, 200, 200},
            {"GET", "/actuator/env", null, 302, 403, 403, 403, 403, 403, 403},
            {"GET", "/index.html", null, 302, 200, 200, 403, 403, 200, 403},
            {"GET", "/js/api.js", null, 302, 200, 200, 403, 403, 200, 403},
            {"GET", "/login", null, 200, 200, 200, 200, 200, 200, 200},
    };

    private static String citizenId;

    @BeforeEach
    void citizen() {
        if (citizenId == null) {
            awaitStartupRuns();
            citizenId = get("/api/v1/citizens/by-record/tax/T1").body().path("id").asText();
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : MATRIX) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(caller, row[0], row[1], row[2], row[3 + caller.ordinal()]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {4}")
    @MethodSource("matrix")
    void eachCallerGetsExactlyItsStatus(Caller caller, String method, String path, String body, int expected) {
        Full answer = request(method, path.replace(CITIZEN, citizenId), caller.headers(), body);

        assertThat(answer.status()).as("%s %s as %s: %s", method, path, caller, answer.text()).isEqualTo(expected);
        if (path.startsWith("/api/") && expected >= 400) {
            assertThat(answer.contentType()).startsWith(Problem.MEDIA_TYPE);
            assertThat(answer.json().path("status").asInt()).isEqualTo(expected);
            assertThat(answer.text()).doesNotContain("Exception", "org.springframework", "at org.");
        }
        if (expected == 302) {
            assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/login");
        }
    }

    @Test
    void unknownOrForgedCredentialsAre401Problems() {
        List<Map<String, String>> bad = List.of(
                Map.of("X-Api-Key", "not-a-key", "X-Purpose", "p"),
                Map.of("X-Api-Key", "", "X-Purpose", "p"),
                Map.of(AUTHORIZATION, "Basic " + java.util.Base64.getEncoder().encodeToString("casey:wrong".getBytes())),
                Map.of(AUTHORIZATION, TestSecurity.forgedBearer("u-17", "CASEWORKER")),
                Map.of(AUTHORIZATION, "Bearer not.a.jwt"));
        for (Map<String, String> headers : bad) {
            Full answer = request("GET", "/api/v1/citizens/by-record/tax/T1", headers, null);
            assertThat(answer.status()).as("%s: %s", headers.keySet(), answer.text()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith(Problem.MEDIA_TYPE);
            assertThat(answer.text()).doesNotContain("not-a-key", "wrong", "Exception");
        }
    }

    @Test
    void aJwtPartnerThatIsNotConfiguredHasNoRole() {
        Full answer = request("GET", "/api/v1/citizens/by-record/tax/T1",
                Map.of(AUTHORIZATION, TestSecurity.bearer("svc-9", "unknown-partner", "PARTNER"), "X-Purpose", "p"), null);
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void aSessionWithoutItsCsrfTokenCannotDecide() {
        // a caseworker signs in with the form; a decision with the session cookie but no CSRF token is refused
        Full loginPage = request("GET", "/login", Map.of(), null);
        String cookie = cookies(loginPage);
        String csrf = loginPage.text().replaceAll("(?s).*name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\".*", "$1");
        Full login = form("/login", Map.of("Cookie", cookie),
                "username=casey&password=" + TestSecurity.PASSWORD + "&_csrf=" + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(login.status()).as(login.text()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = cookies(login);

        assertThat(request("GET", "/api/v1/me", Map.of("Cookie", session), null).json().path("name").asText()).isEqualTo("casey");
        Full forged = request("POST", "/api/v1/citizens/" + citizenId + "/link", Map.of("Cookie", session),
                "{\"otherCitizenId\":\"C1\",\"reason\":\"r\"}");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().path("detail").asText()).contains("CSRF");
    }

    @Test
    void aPartnerGetsNoCsrfCookieWhileTheSignInPageDoes() {
        Full read = request("GET", "/api/v1/citizens/by-record/tax/T1", Caller.PARTNER.headers(), null);
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        assertThat(read.headers().allValues("Set-Cookie")).isEmpty();

        // the pages' scripts still get the token they send back
        assertThat(cookies(request("GET", "/login", Map.of(), null))).contains("XSRF-TOKEN=");
    }

    private static String cookies(Full answer) {
        return String.join("; ", answer.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
    }
}
