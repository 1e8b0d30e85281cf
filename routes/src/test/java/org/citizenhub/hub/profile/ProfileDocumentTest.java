package org.citizenhub.hub.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenhub.core.golden.FieldRules;
import org.citizenhub.core.golden.SurvivorshipRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The profile document built from the database: preferred values, provenance, agreement and conflicts. */
class ProfileDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private ProfileFixtures.Fixture fixture;

    @BeforeEach
    void store() {
        fixture = ProfileFixtures.open("profile-document");
    }

    @Test
    void twoSourcesDisagreeingOnTheDateOfBirthAreFlaggedWithEveryValueAndItsSource() throws Exception {
        // given: one national id (written two ways), two dates of birth
        String id = fixture.store().sink().ingest(ProfileFixtures.person("tax", "T1", "AB123456C", "Ann", "Lee", "1980-01-02")).citizenId();
        fixture.store().sink().ingest(ProfileFixtures.person("health", "H1", "ab 12 34 56 c", "Anne", "Lee", "1980-02-01"));

        JsonNode profile = JSON.readTree(fixture.assembler().entry(id).orElseThrow().json());

        assertThat(profile.path("id").asText()).isEqualTo(id);
        assertThat(profile.path("hasConflicts").asBoolean()).isTrue();
        assertThat(profile.path("conflicts").get(0).path("field").asText()).isEqualTo("dateOfBirth");
        JsonNode dob = profile.path("fields").path("dateOfBirth");
        assertThat(dob.path("conflict").asBoolean()).isTrue();
        assertThat(dob.path("conflictReason").asText()).isEqualTo("sources give 2 different dates of birth").doesNotContain("1980");
        assertThat(dob.path("values")).hasSize(2);
        assertThat(dob.path("values")).extracting(v -> v.path("provenance").get(0).path("source").asText())
                .containsExactlyInAnyOrder("tax", "health");
        assertThat(dob.path("preferred").asText()).isIn("1980-01-02", "1980-02-01");
        JsonNode nationalId = profile.path("fields").path("nationalId");
        assertThat(nationalId.path("conflict").asBoolean()).isFalse();
        assertThat(nationalId.path("values")).singleElement().satisfies(value -> {
            assertThat(value.path("agreeing").asInt()).isEqualTo(2);
            assertThat(value.path("provenance")).extracting(p -> p.path("source").asText() + "/" + p.path("recordId").asText())
                    .containsExactlyInAnyOrder("tax/T1", "health/H1");
            // each record's own spelling stays visible: the shown one, and the other as asWritten
            assertThat(value.path("provenance")).extracting(p -> p.path("asWritten").asText(value.path("value").asText()))
                    .containsExactlyInAnyOrder("AB123456C", "ab 12 34 56 c");
            assertThat(value.path("provenance")).allSatisfy(p -> assertThat(p.path("updatedAt").asText()).isEqualTo("2024-03-01T10:00:00Z"));
        });
        assertThat(profile.path("fields").path("name").path("values")).hasSize(2);
        assertThat(profile.path("records")).extracting(r -> r.path("source").asText() + ":" + r.path("state").asText() + ":" + r.path("origin").asText())
                .containsExactly("health:MATCH:AUTO", "tax:MATCH:AUTO");
        assertThat(profile.path("records").get(0).path("score").asDouble()).isEqualTo(1.0);
    }

    @Test
    void configuredRulesDecideThePreferredValue() throws Exception {
        String id = fixture.store().sink().ingest(ProfileFixtures.person("tax", "T1", "AB123456C", "Ann", "Lee", "1980-01-02")).citizenId();
        fixture.store().sink().ingest(ProfileFixtures.person("health", "H1", "AB123456C", "Anne", "Lee", "1980-02-01"));
        SurvivorshipRules healthFirst = SurvivorshipRules.defaults()
                .withField("dateOfBirth", FieldRules.chain("MOST_TRUSTED_SOURCE").withTrust("health", "tax"));
        SurvivorshipRules taxFirst = SurvivorshipRules.defaults()
                .withField("dateOfBirth", FieldRules.chain("MOST_TRUSTED_SOURCE").withTrust("tax", "health"));

        assertThat(preferredDob(healthFirst, id)).isEqualTo("1980-02-01");
        assertThat(preferredDob(taxFirst, id)).isEqualTo("1980-01-02");
    }

    @Test
    void aMergedIdIsARedirectAndAnUnknownIdIsNothing() {
        String first = fixture.store().sink().ingest(ProfileFixtures.person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        String second = fixture.store().sink().ingest(ProfileFixtures.person("health", "B", null, "Ann", "Jones", "1980-01-02")).citizenId();
        fixture.store().sink().ingest(ProfileFixtures.person("benefits", "C", "AB123456C", "Ann", "Jones", "1980-01-02"));

        ProfileEntry absorbed = fixture.assembler().entry(second).orElseThrow();

        assertThat(absorbed.isRedirect()).isTrue();
        assertThat(absorbed.mergedInto()).isEqualTo(first);
        assertThat(fixture.assembler().entry("C-NOBODY")).isEmpty();
    }

    private String preferredDob(SurvivorshipRules rules, String id) throws Exception {
        ProfileAssembler assembler = ProfileFixtures.assembler(fixture.store(), fixture.dataSource(), rules);
        return JSON.readTree(assembler.entry(id).orElseThrow().json()).path("fields").path("dateOfBirth").path("preferred").asText();
    }
}
