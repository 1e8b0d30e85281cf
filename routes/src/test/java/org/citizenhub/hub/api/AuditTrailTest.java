package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizenhub.hub.security.ApiKeys;
import org.citizenhub.hub.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the audit log holds and how an admin finds it, over real HTTP: every mix of query criteria gives pages
 * and a total that agree; connector file changes are on record (at start as "system", on a reload as the
 * admin whose run took the change in); refused credentials and anonymous API calls are AUTH_FAILUREs that
 * name the path, the kind of credentials, the address and no secret; signed-in callers refused by role are
 * DENIED entries. Refused requests come from their own loopback address ({@link LoopbackClient}), which the
 * log records and the flood guard counts per source.
 */
class AuditTrailTest extends HubApplicationTestSupport {

    private static final Map<String, String> ADMIN = Map.of(AUTHORIZATION, TestSecurity.basic(TestSecurity.ADMIN));
    private static final Map<String, String> CASEWORKER = Map.of(AUTHORIZATION, TestSecurity.basic(TestSecurity.CASEWORKER));

    private String citizenId;

    @BeforeEach
    void citizen() {
        awaitStartupRuns();
        citizenId = get("/api/v1/citizens/by-record/tax/T1").body().path("id").asText();
    }

    @Test
    void everyMixOfCriteriaWithACitizenGivesATotalThatCountsTheEntriesItPages() {
        Instant before = Instant.now().minusSeconds(1);
        for (String purpose : List.of("first look", "second look")) {
            assertThat(request("GET", "/api/v1/citizens/" + citizenId, withPurpose(CASEWORKER, purpose), null).status()).isEqualTo(200);
        }
        assertThat(request("POST", "/api/v1/citizens/" + citizenId + "/link", CASEWORKER,
                "{\"otherCitizenId\":\"CNOBODY\",\"reason\":\"test\"}").status()).isEqualTo(404);
        assertThat(get("/api/v1/citizens/" + citizenId).status()).isEqualTo(200); // as tester

        Instant cut = Instant.now(); // before any audit query (each is an AUDIT_READ entry about the citizen)

        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("actor", TestSecurity.CASEWORKER);
        criteria.put("action", "PROFILE_READ");
        criteria.put("outcome", "ALLOWED");
        criteria.put("from", before.toString());
        criteria.put("to", cut.toString());
        List<String> names = List.copyOf(criteria.keySet());
        for (int mask = 0; mask < 1 << names.size(); mask++) {
            StringBuilder query = new StringBuilder("/api/v1/audit?citizenId=" + citizenId);
            for (int i = 0; i < names.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    query.append('&').append(names.get(i)).append('=').append(criteria.get(names.get(i)));
                }
            }
            JsonNode first = auditQuery(query + "&size=1");
            JsonNode all = auditQuery(query + "&size=500");
            assertThat(all.path("total").asLong()).as(query.toString()).isEqualTo(all.path("entries").size());
            assertThat(first.path("hasMore").asBoolean()).as(query.toString()).isEqualTo(first.path("total").asLong() > 1);
            // the first query's own AUDIT_READ entry counts for the second unless actor, action or time leave it out
            boolean excludesAuditReads = (mask & (1 | 2 | 16)) != 0;
            assertThat(all.path("total").asLong()).as(query.toString())
                    .isEqualTo(first.path("total").asLong() + (excludesAuditReads ? 0 : 1));
            int m = mask;
            assertThat(all.path("entries")).as(query.toString()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.path("citizenId").asText()).isEqualTo(citizenId);
                for (int i = 0; i < names.size(); i++) {
                    if ((m & 1 << i) != 0 && !names.get(i).equals("from") && !names.get(i).equals("to")) {
                        assertThat(e.path(names.get(i)).asText()).isEqualTo(criteria.get(names.get(i)));
                    }
                }
                if ((m & 8) != 0) {
                    assertThat(Instant.parse(e.path("at").asText())).isAfterOrEqualTo(before);
                }
                if ((m & 16) != 0) {
                    assertThat(Instant.parse(e.path("at").asText())).isBefore(cut);
                }
            });
        }
        JsonNode mine = auditQuery("/api/v1/audit?citizenId=" + citizenId + "&actor=casey&action=PROFILE_READ&from=" + before);
        assertThat(mine.path("total").asLong()).isEqualTo(2);
        assertThat(mine.path("entries")).extracting(e -> e.path("purpose").asText()).containsExactly("first look", "second look");
        JsonNode refusedLinks = auditQuery("/api/v1/audit?citizenId=" + citizenId + "&action=LINK&outcome=NOT_FOUND&from=" + before);
        assertThat(refusedLinks.path("total").asLong()).isEqualTo(1);
    }

    @Test
    void theConnectorFileTakenInAtStartIsOnRecordAsSystem() throws Exception {
        JsonNode atStart = auditQuery("/api/v1/audit?action=CONNECTOR_CHANGE&actor=system&size=1").path("entries").get(0);

        assertThat(atStart.path("actorRole").asText()).isEqualTo("SYSTEM");
        assertThat(atStart.path("detail").asText()).matches("connector file sha256=[0-9a-f]{64}; added=\\[archive, health, tax]; "
                + "removed=\\[]; changed=\\[]; connectors=\\[archive:[0-9a-f]{12}, health:[0-9a-f]{12}, tax:[0-9a-f]{12}]");
    }

    @Test
    void anAdminsRunThatTakesInAnEditedConnectorFileRecordsTheChangeAsThatAdmin() throws Exception {
        String original = Files.readString(HubTestAgencies.connectorFile());
        String edited = original.replace("description: an export that is not there", "description: an export still not there")
                + """
                  - id: pension
                    kind: file
                    file:
                      path: pension/missing.csv
                    mapping:
                      recordId: ref
                """;
        long before = auditQuery("/api/v1/audit?action=CONNECTOR_CHANGE&size=1").path("total").asLong();
        try {
            Files.writeString(HubTestAgencies.connectorFile(), edited);
            // archive's source is missing, so its run reads nothing (and fails) but takes the file in first
            assertThat(request("POST", "/api/v1/connectors/archive/run", ADMIN, null).status()).isEqualTo(200);
        } finally {
            Files.writeString(HubTestAgencies.connectorFile(), original);
            assertThat(request("POST", "/api/v1/connectors/archive/run", ADMIN, null).status()).isEqualTo(200);
        }

        JsonNode changes = auditQuery("/api/v1/audit?action=CONNECTOR_CHANGE&actor=ada&size=500").path("entries");
        assertThat(auditQuery("/api/v1/audit?action=CONNECTOR_CHANGE&size=1").path("total").asLong()).isEqualTo(before + 2);
        JsonNode taken = changes.get(changes.size() - 2);
        JsonNode restored = changes.get(changes.size() - 1);
        assertThat(taken.path("actorRole").asText()).isEqualTo("ADMIN");
        assertThat(taken.path("detail").asText()).contains("; added=[pension]; removed=[]; changed=[archive]; ")
                .contains("sha256=" + ApiKeys.sha256Hex(edited));
        assertThat(restored.path("detail").asText()).contains("; added=[]; removed=[pension]; changed=[archive]; ")
                .contains("sha256=" + ApiKeys.sha256Hex(original));
        // each change is recorded just before the run whose request took it in
        JsonNode runs = auditQuery("/api/v1/audit?actor=ada&action=CONNECTOR_RUN&from=" + taken.path("at").asText() + "&size=500")
                .path("entries");
        assertThat(runs).extracting(e -> e.path("seq").asLong())
                .containsExactly(taken.path("seq").asLong() + 1, restored.path("seq").asLong() + 1);
        assertThat(runs).extracting(e -> e.path("detail").asText()).containsExactly("connector archive", "connector archive");
    }

    @Test
    void anAdminsRunReplayAndTrainingAreOnRecordWithTheirOutcome() {
        Instant before = Instant.now().minusSeconds(1);

        assertThat(request("POST", "/api/v1/connectors/archive/run", ADMIN, null).status()).isEqualTo(200);
        assertThat(request("POST", "/api/v1/dead-letters/987654321/replay", ADMIN, null).status()).isEqualTo(404);
        // the test agencies hold far fewer records than training needs: 409
        assertThat(request("POST", "/api/v1/admin/match-model/train", ADMIN, null).status()).isEqualTo(409);

        List<String> seen = new ArrayList<>();
        auditQuery("/api/v1/audit?actor=ada&from=" + before + "&size=500").path("entries").forEach(e -> {
            if (!e.path("action").asText().equals("AUDIT_READ")) {
                seen.add(e.path("action").asText() + " " + e.path("outcome").asText() + " " + e.path("detail").asText(""));
            }
        });
        assertThat(seen).containsExactly("CONNECTOR_RUN ALLOWED connector archive",
                "DEAD_LETTER_REPLAY NOT_FOUND dead letter 987654321", "MATCH_MODEL_TRAIN ERROR ");
    }

    @Test
    void refusedCredentialsAreRecordedWithPathKindClaimAndAddressButNoSecret() {
        String key = "not-a-key-" + System.nanoTime();
        String wrongPassword = "wrong-password-" + System.nanoTime();
        String typedPassword = "Passw0rd-in-the-user-field-" + System.nanoTime();
        String path = "/api/v1/citizens/" + citizenId;

        LoopbackClient byKey = refused("GET", path + "?name=Ann", Map.of("X-Api-Key", key, "X-Purpose", "p"));
        LoopbackClient byBasic = refused("GET", path, Map.of(AUTHORIZATION, basic(TestSecurity.CASEWORKER, wrongPassword)));
        LoopbackClient byUnknownUser = refused("GET", path, Map.of(AUTHORIZATION, basic(typedPassword, "x")));
        LoopbackClient byToken = refused("GET", path, Map.of(AUTHORIZATION, TestSecurity.forgedBearer("u-17", "CASEWORKER")));
        LoopbackClient anonymous = refused("GET", path + "?name=Ann&dateOfBirth=1980-01-02", Map.of());

        assertThat(failureFrom(byKey)).isEqualTo("GET " + path + "; via=api-key; claimed=api key sha256:"
                + ApiKeys.sha256Hex(key).substring(0, 6) + "; from=" + byKey.address() + "; reason=bad credentials");
        assertThat(failureFrom(byBasic)).isEqualTo("GET " + path + "; via=basic; claimed=user casey; from="
                + byBasic.address() + "; reason=bad credentials");
        assertThat(failureFrom(byUnknownUser)).isEqualTo("GET " + path + "; via=basic; claimed=unknown user sha256:"
                + ApiKeys.sha256Hex(typedPassword).substring(0, 6) + "; from=" + byUnknownUser.address() + "; reason=bad credentials");
        assertThat(failureFrom(byToken)).startsWith("GET " + path + "; via=bearer; claimed=token sha256:")
                .endsWith("; from=" + byToken.address() + "; reason=invalid bearer token");
        assertThat(failureFrom(anonymous)).isEqualTo("GET " + path + "; via=none; from=" + anonymous.address() + "; reason=no credentials");

        JsonNode failures = auditQuery("/api/v1/audit?action=AUTH_FAILURE&outcome=DENIED&citizenId=" + citizenId + "&size=500");
        List<String> details = new ArrayList<>();
        assertThat(failures.path("entries")).allSatisfy(e -> {
            assertThat(e.path("actor").asText()).isEqualTo("anonymous");
            assertThat(e.path("actorRole").asText()).isEqualTo("NONE");
            details.add(e.path("detail").asText());
        });
        assertThat(String.join("\n", details)).doesNotContain(key, wrongPassword, typedPassword, "Ann", "1980-01-02", "?");
        // the subject access request shows the attempts on this citizen too
        assertThat(auditQuery("/api/v1/audit?citizenId=" + citizenId + "&size=500").toString())
                .contains("from=" + byKey.address(), "from=" + anonymous.address());
    }

    @Test
    void aFailedSignInFormIsRecordedAsTheClaimedUser() {
        LoopbackClient browser = LoopbackClient.fresh(port);
        Full page = browser.send("GET", "/login", Map.of(), null, null);
        String cookies = cookies(page);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", cookies);
        String csrf = hiddenCsrf(page.text());
        String form = "username=" + TestSecurity.CASEWORKER + "&password=not-the-password";
        if (csrf != null) {
            form += "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        } else {
            headers.put("X-XSRF-TOKEN", cookie(cookies, "XSRF-TOKEN"));
        }

        Full signIn = browser.send("POST", "/login", headers, form, "application/x-www-form-urlencoded");

        assertThat(signIn.status()).as(signIn.text()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).contains("error");
        assertThat(failureFrom(browser)).isEqualTo("POST /login; via=form; claimed=user casey; from=" + browser.address()
                + "; reason=bad credentials");
        assertThat(auditQuery("/api/v1/audit?action=AUTH_FAILURE&size=500").toString()).doesNotContain("not-the-password");
    }

    @Test
    void aFloodFromOneAddressIsRecordedOneByOneOnlyUpToItsBudget() {
        LoopbackClient script = LoopbackClient.fresh(port);
        for (int i = 0; i < 15; i++) {
            assertThat(script.send("GET", "/api/v1/stats", Map.of("X-Api-Key", "guess-" + i), null, null).status()).isEqualTo(401);
        }

        assertThat(failuresFrom(script)).hasSize(10);
        // another kind of credentials from the same address has a budget of its own
        assertThat(script.send("GET", "/api/v1/stats", Map.of(), null, null).status()).isEqualTo(401);
        assertThat(failuresFrom(script)).hasSize(11);
    }

    @Test
    void signedInCallersRefusedByRoleAreDeniedEntries() {
        Instant before = Instant.now().minusSeconds(1);

        assertThat(request("GET", "/api/v1/audit?citizenId=" + citizenId, CASEWORKER, null).status()).isEqualTo(403);
        assertThat(request("POST", "/api/v1/connectors/tax/run", CASEWORKER, null).status()).isEqualTo(403);
        assertThat(request("GET", "/api/v1/no-such-endpoint", CASEWORKER, null).status()).isEqualTo(403);

        JsonNode denied = auditQuery("/api/v1/audit?actor=casey&outcome=DENIED&from=" + before + "&size=500");
        List<String> seen = new ArrayList<>();
        denied.path("entries").forEach(e -> seen.add(e.path("action").asText() + " " + e.path("detail").asText()));
        assertThat(seen).containsExactly(
                "AUDIT_READ GET /api/v1/audit (role)",
                "CONNECTOR_RUN POST /api/v1/connectors/tax/run (role)",
                "OTHER GET /api/v1/no-such-endpoint (role)");
        JsonNode verified = request("GET", "/api/v1/audit/verify", ADMIN, null).json();
        assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
    }

    private LoopbackClient refused(String method, String path, Map<String, String> headers) {
        LoopbackClient client = LoopbackClient.fresh(port);
        Full answer = client.send(method, path, headers, null, null);
        assertThat(answer.status()).as("%s %s: %s", method, path, answer.text()).isEqualTo(401);
        return client;
    }

    /** The detail of the one AUTH_FAILURE entry from this client's address. */
    private String failureFrom(LoopbackClient client) {
        List<String> details = failuresFrom(client);
        assertThat(details).hasSize(1);
        return details.get(0);
    }

    private List<String> failuresFrom(LoopbackClient client) {
        List<String> details = new ArrayList<>();
        auditQuery("/api/v1/audit?action=AUTH_FAILURE&size=500&page=0").path("entries").forEach(e -> {
            if (e.path("detail").asText().contains("; from=" + client.address() + ";")) {
                details.add(e.path("detail").asText());
            }
        });
        long total = auditQuery("/api/v1/audit?action=AUTH_FAILURE&size=1").path("total").asLong();
        for (int page = 1; page * 500L < total; page++) {
            auditQuery("/api/v1/audit?action=AUTH_FAILURE&size=500&page=" + page).path("entries").forEach(e -> {
                if (e.path("detail").asText().contains("; from=" + client.address() + ";")) {
                    details.add(e.path("detail").asText());
                }
            });
        }
        return details;
    }

    private JsonNode auditQuery(String pathAndQuery) {
        Full answer = request("GET", pathAndQuery, ADMIN, null);
        assertThat(answer.status()).as("%s: %s", pathAndQuery, answer.text()).isEqualTo(200);
        return answer.json();
    }

    private static Map<String, String> withPurpose(Map<String, String> headers, String purpose) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("X-Purpose", purpose);
        return all;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String cookies(Full answer) {
        return String.join("; ", answer.headers().allValues("set-cookie").stream().map(c -> c.split(";", 2)[0]).toList());
    }

    private static String cookie(String cookies, String name) {
        for (String pair : cookies.split(";\\s*")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return "";
    }

    /** The sign-in page's hidden CSRF field, whatever the order of its attributes; null without one. */
    private static String hiddenCsrf(String html) {
        Matcher input = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>").matcher(html);
        if (!input.find()) {
            return null;
        }
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : null;
    }
}
