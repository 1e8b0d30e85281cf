package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citizenhub.hub.fhir.FhirMediaType;
import org.citizenhub.hub.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What partners receive and what is kept of every access: fields outside a partner's scopes are left out of
 * JSON and FHIR alike; reads, searches and refusals are in the audit log, which an admin queries by citizen
 * and verifies; a partner past its burst gets 429 with Retry-After.
 */
class PartnerAccessTest extends HubApplicationTestSupport {

    private static final List<String> IDENTITY = List.of("name", "otherNames", "dateOfBirth", "sex", "nationalId", "identifiers");
    private static final List<String> CONTACT = List.of("addresses", "phones", "emails");

    private String citizenId;

    @BeforeEach
    void citizen() {
        awaitStartupRuns();
        citizenId = get("/api/v1/citizens/by-record/tax/T1").body().path("id").asText();
    }

    @Test
    void anIdentityPartnerGetsIdentityFieldsOnlyInJsonAndFhir() {
        JsonNode full = get("/api/v1/citizens/" + citizenId).body();
        assertThat(names(full.path("fields"))).containsAll(IDENTITY).containsAll(CONTACT);

        JsonNode json = partner(TestSecurity.IDENTITY_KEY, "application/json").json();
        assertThat(json.path("id").asText()).isEqualTo(citizenId);
        assertThat(names(json.path("fields"))).containsExactlyInAnyOrderElementsOf(IDENTITY);
        assertThat(json.path("records")).isNotEmpty().allSatisfy(r ->
                assertThat(names(r)).containsExactlyInAnyOrder("source", "recordId", "state"));

        JsonNode fhir = partner(TestSecurity.IDENTITY_KEY, FhirMediaType.FHIR_JSON).json();
        assertThat(fhir.path("resourceType").asText()).isEqualTo("Patient");
        assertThat(fhir.has("name")).isTrue();
        assertThat(fhir.has("birthDate")).isTrue();
        assertThat(fhir.has("address")).isFalse();
        assertThat(fhir.has("telecom")).isFalse();
    }

    @Test
    void aContactPartnerGetsContactFieldsOnlyInJsonAndFhir() {
        JsonNode json = partner(TestSecurity.CONTACT_KEY, "application/json").json();
        assertThat(names(json.path("fields"))).containsExactlyInAnyOrderElementsOf(CONTACT);
        assertThat(json.path("records")).isEmpty();
        assertThat(json.toString()).doesNotContain("AB123456C", "1980-01-02");

        JsonNode fhir = partner(TestSecurity.CONTACT_KEY, FhirMediaType.FHIR_JSON).json();
        assertThat(fhir.path("resourceType").asText()).isEqualTo("Patient");
        assertThat(fhir.has("name")).isFalse();
        assertThat(fhir.has("birthDate")).isFalse();
        assertThat(fhir.has("gender")).isFalse();
        assertThat(fhir.has("identifier")).isFalse();
        assertThat(fhir.toString()).doesNotContain("AB123456C");
    }

    @Test
    void readsSearchesDecisionsAndRefusalsAreAuditedAndTheChainVerifies() {
        // letters only: the audit log masks digit runs in a stated purpose (they could be ids)
        String purpose = "audit test " + new java.util.Random().ints(12, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        assertThat(request("GET", "/api/v1/citizens/by-record/tax/T1",
                Map.of("X-Api-Key", TestSecurity.IDENTITY_KEY, "X-Purpose", purpose), null).status()).isEqualTo(200);
        assertThat(request("GET", "/api/v1/citizens/by-record/health/H1",
                Map.of("X-Api-Key", TestSecurity.IDENTITY_KEY, "X-Purpose", purpose), null).status()).isEqualTo(403);
        assertThat(request("GET", "/api/v1/citizens?name=Ann",
                Map.of("X-Api-Key", TestSecurity.IDENTITY_KEY, "X-Purpose", purpose), null).status()).isEqualTo(403);
        assertThat(request("GET", "/api/v1/citizens?name=Ann",
                Map.of(AUTHORIZATION, TestSecurity.basic(TestSecurity.CASEWORKER)), null).status()).isEqualTo(200);
        assertThat(request("POST", "/api/v1/citizens/" + citizenId + "/link",
                Map.of(AUTHORIZATION, TestSecurity.basic(TestSecurity.CASEWORKER)),
                "{\"otherCitizenId\":\"CNOBODY\",\"reason\":\"test\"}").status()).isEqualTo(404);

        Map<String, String> admin = Map.of(AUTHORIZATION, TestSecurity.basic(TestSecurity.ADMIN));
        JsonNode partnerEntries = request("GET", "/api/v1/audit?actor=" + TestSecurity.IDENTITY_PARTNER + "&size=500",
                admin, null).json().path("entries");
        List<String> mine = new ArrayList<>();
        partnerEntries.forEach(e -> {
            if (purpose.equals(e.path("purpose").asText())) {
                mine.add(e.path("action").asText() + " " + e.path("outcome").asText() + " " + e.path("actorRole").asText());
            }
        });
        assertThat(mine).containsExactly("PROFILE_READ ALLOWED PARTNER", "PROFILE_READ DENIED PARTNER", "SEARCH DENIED PARTNER");

        // the subject access request: every access to this citizen, the partner's read among them
        JsonNode forCitizen = request("GET", "/api/v1/audit?citizenId=" + citizenId + "&size=500", admin, null).json();
        assertThat(forCitizen.path("entries")).anySatisfy(e -> {
            assertThat(e.path("actor").asText()).isEqualTo(TestSecurity.IDENTITY_PARTNER);
            assertThat(e.path("purpose").asText()).isEqualTo(purpose);
        });
        assertThat(forCitizen.path("entries")).anySatisfy(e -> {
            assertThat(e.path("actor").asText()).isEqualTo(TestSecurity.CASEWORKER);
            assertThat(e.path("action").asText()).isEqualTo("LINK");
            assertThat(e.path("outcome").asText()).isEqualTo("NOT_FOUND");
        });
        JsonNode searches = request("GET", "/api/v1/audit?actor=casey&action=SEARCH&size=500", admin, null).json();
        assertThat(searches.path("entries")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.path("outcome").asText()).isEqualTo("ALLOWED");
            assertThat(e.toString()).doesNotContain("Ann");
        });

        JsonNode verified = request("GET", "/api/v1/audit/verify", admin, null).json();
        assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("headSeq").asLong()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aPartnerPastItsBurstGets429WithRetryAfter() {
        Map<String, String> burst = Map.of("X-Api-Key", TestSecurity.BURST_KEY, "X-Purpose", "rate test");
        for (int i = 1; i <= 3; i++) {
            assertThat(request("GET", "/api/v1/citizens/" + citizenId, burst, null).status()).as("call %d", i).isEqualTo(200);
        }
        Full refused = request("GET", "/api/v1/citizens/" + citizenId, burst, null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        // other partners keep their own buckets
        assertThat(partner(TestSecurity.IDENTITY_KEY, "application/json").status()).isEqualTo(200);
    }

    @Test
    void hostileSecurityInputsAreBadRequestsOrRefusalsThatLeakNothing() {
        Map<String, String> admin = Map.of(AUTHORIZATION, TestSecurity.basic(TestSecurity.ADMIN));
        List<String> badAuditQueries = List.of("?citizenId=" + "C".repeat(41), "?citizenId=%27%20OR%20%271%27=%271",
                "?action=DROP_TABLE", "?from=yesterday", "?to=2026-13-45T00:00:00Z", "?size=501", "?page=-1",
                "?actor=" + "a".repeat(201));
        for (String query : badAuditQueries) {
            Full answer = request("GET", "/api/v1/audit" + query, admin, null);
            assertThat(answer.status()).as("%s: %s", query, answer.text()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith(Problem.MEDIA_TYPE);
            assertThat(answer.text()).doesNotContain("SQL", "Exception", "at org.");
        }
        Full longPurpose = request("GET", "/api/v1/citizens/" + citizenId,
                Map.of("X-Api-Key", TestSecurity.IDENTITY_KEY, "X-Purpose", "p".repeat(501)), null);
        assertThat(longPurpose.status()).isEqualTo(400);
        Full longKey = request("GET", "/api/v1/citizens/" + citizenId,
                Map.of("X-Api-Key", "k".repeat(5_000), "X-Purpose", "p"), null);
        assertThat(longKey.status()).isEqualTo(401);
        Full foreignSource = request("GET", "/api/v1/citizens/by-record/" + "%27;DROP%20TABLE%20x;--" + "/T1",
                Map.of("X-Api-Key", TestSecurity.IDENTITY_KEY, "X-Purpose", "p"), null);
        assertThat(foreignSource.status()).isBetween(400, 403);
        assertThat(foreignSource.text()).doesNotContain("DROP");
    }

    private Full partner(String key, String accept) {
        Full answer = request("GET", "/api/v1/citizens/by-record/tax/T1",
                Map.of("X-Api-Key", key, "X-Purpose", "scope test", "Accept", accept), null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
