package org.citizenhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The copy a partner gets of a profile document, per scope, checked on the document's JSON. */
class ProfileFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROFILE = """
            {"id":"C1","hasConflicts":true,"updatedAt":"2026-01-02T03:04:05Z",
             "fields":{"name":{"preferred":{"value":"Ann Lee"}},"dateOfBirth":{"preferred":{"value":"1980-02-03"}},
                       "addresses":{"preferred":{"value":{"postcode":"AB1 2CD"}}},"phones":{"values":[]}},
             "conflicts":[{"field":"dateOfBirth","values":["1980-02-03","1980-03-02"]},
                          {"field":"addresses","values":[{"postcode":"AB1 2CD"},{"postcode":"ZZ9 9ZZ"}]}],
             "records":[{"source":"tax","recordId":"T1","state":"LINKED","score":12.5,"fields":{"name":"Ann Lee"}},
                        {"source":"health","recordId":"H\\"7","state":"REVIEW","fields":{"nationalId":"X"}}],
             "merged":["C9"]}""";

    @Test
    void identityKeepsIdentityFieldsTheirConflictsAndTheRecordIdsOnly() {
        JsonNode doc = filtered(Set.of(ProfileScope.IDENTITY));

        assertThat(names(doc.get("fields"))).containsExactlyInAnyOrder("name", "dateOfBirth");
        assertThat(doc.get("conflicts")).hasSize(1);
        assertThat(doc.get("conflicts").get(0).get("field").asText()).isEqualTo("dateOfBirth");
        assertThat(doc.get("hasConflicts").asBoolean()).isTrue();
        assertThat(doc.get("records")).hasSize(2);
        assertThat(names(doc.get("records").get(0))).containsExactlyInAnyOrder("source", "recordId", "state");
        assertThat(doc.get("records").get(1).get("recordId").asText()).isEqualTo("H\"7");
        // the document's own ids and dates stay as they were
        assertThat(doc.get("id").asText()).isEqualTo("C1");
        assertThat(doc.get("updatedAt").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(doc.get("merged").get(0).asText()).isEqualTo("C9");
    }

    @Test
    void contactAloneKeepsContactFieldsAndNoRecords() {
        JsonNode doc = filtered(Set.of(ProfileScope.CONTACT));

        assertThat(names(doc.get("fields"))).containsExactlyInAnyOrder("addresses", "phones");
        assertThat(doc.get("conflicts")).hasSize(1);
        assertThat(doc.get("conflicts").get(0).get("values").get(1).get("postcode").asText()).isEqualTo("ZZ9 9ZZ");
        assertThat(doc.get("records")).isEmpty();
        assertThat(doc.toString()).doesNotContain("Ann Lee", "1980", "T1");
    }

    @Test
    void noConflictLeftMeansHasConflictsIsFalse() {
        String noContactConflict = PROFILE.replace("\"field\":\"addresses\"", "\"field\":\"nationalId\"");
        JsonNode doc = parse(ProfileFilter.forScopes(bytes(noContactConflict), Set.of(ProfileScope.CONTACT)));

        assertThat(doc.get("conflicts")).isEmpty();
        assertThat(doc.get("hasConflicts").asBoolean()).isFalse();
    }

    @Test
    void aDocumentWithoutConflictsOrRecordsGetsEmptyOnes() {
        JsonNode doc = parse(ProfileFilter.forScopes(bytes("{\"id\":\"C2\",\"fields\":{\"name\":1,\"emails\":2}}"),
                Set.of(ProfileScope.IDENTITY, ProfileScope.CONTACT)));

        assertThat(names(doc.get("fields"))).containsExactlyInAnyOrder("name", "emails");
        assertThat(doc.get("conflicts")).isEmpty();
        assertThat(doc.get("hasConflicts").asBoolean()).isFalse();
        assertThat(doc.get("records")).isEmpty();
    }

    @Test
    void somethingOtherThanAnObjectIsRefused() {
        assertThatThrownBy(() -> ProfileFilter.forScopes(bytes("[1,2]"), Set.of(ProfileScope.IDENTITY)))
                .isInstanceOf(UncheckedIOException.class);
    }

    private static JsonNode filtered(Set<ProfileScope> scopes) {
        return parse(ProfileFilter.forScopes(bytes(PROFILE), scopes));
    }

    private static Iterable<String> names(JsonNode object) {
        return () -> object.fieldNames();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
