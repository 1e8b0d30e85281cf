package org.citizenhub.hub.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.citizenhub.core.golden.SurvivorshipRules;
import org.citizenhub.core.golden.SurvivorshipRulesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Survivorship rules from configuration: defaults when absent, and every mistake named by key and reason. */
class SurvivorshipRulesLoaderTest {

    @TempDir
    Path dir;

    @Test
    void noRulesMeansTheDefaults() {
        assertThat(SurvivorshipRulesLoader.load(environment(Map.of()))).isEqualTo(SurvivorshipRules.defaults());
    }

    @Test
    void rulesBindFromRelaxedKeys() {
        SurvivorshipRules rules = SurvivorshipRulesLoader.load(environment(Map.of(
                "hub.survivorship.default-rules[0]", "most-recent",
                "hub.survivorship.fields.dateOfBirth.rules[0]", "MOST_TRUSTED_SOURCE",
                "hub.survivorship.fields.dateOfBirth.rules[1]", "MOST_FREQUENT",
                "hub.survivorship.fields.dateOfBirth.trust[0]", "civil-registry",
                "hub.survivorship.fields.dateOfBirth.trust[1]", "health")));

        assertThat(rules.defaultRules()).containsExactly("most-recent");
        assertThat(rules.fields()).hasSize(1);
        assertThat(rules.fields().values().iterator().next().trust()).containsExactly("civil-registry", "health");
    }

    @Test
    void anUnknownRuleStopsTheStartWithKeyAndReason() {
        assertThatThrownBy(() -> SurvivorshipRulesLoader.load(environment(Map.of(
                "hub.survivorship.fields.dateOfBirth.rules[0]", "NEWEST"))))
                .isInstanceOfSatisfying(SurvivorshipRulesException.class, e -> {
                    assertThat(e.field()).isEqualTo("hub.survivorship.fields.dateOfBirth.rules[0]");
                    assertThat(e.reason()).contains("unknown rule 'NEWEST'").contains("MOST_RECENT");
                });
    }

    @Test
    void trustedSourceRulesWithoutATrustListAreRefused() {
        assertThatThrownBy(() -> SurvivorshipRulesLoader.load(environment(Map.of(
                "hub.survivorship.fields.addresses.rules[0]", "MOST_TRUSTED_SOURCE"))))
                .isInstanceOfSatisfying(SurvivorshipRulesException.class, e -> {
                    assertThat(e.field()).isEqualTo("hub.survivorship.fields.addresses.trust");
                    assertThat(e.reason()).contains("needs a trust list");
                });
    }

    @Test
    void aMistypedKeyIsNotSilentlyIgnored() {
        assertThatThrownBy(() -> SurvivorshipRulesLoader.load(environment(Map.of(
                "hub.survivorship.feilds.dateOfBirth.rules[0]", "MOST_RECENT"))))
                .isInstanceOfSatisfying(SurvivorshipRulesException.class, e -> {
                    assertThat(e.field()).startsWith("hub.survivorship.feilds");
                    assertThat(e.reason()).contains("unknown key 'feilds'");
                });
        assertThatThrownBy(() -> SurvivorshipRulesLoader.load(environment(Map.of(
                "hub.survivorship.fields.dateOfBirth.rule[0]", "MOST_RECENT"))))
                .isInstanceOfSatisfying(SurvivorshipRulesException.class, e -> assertThat(e.reason()).contains("unknown key 'rule'"));
        assertThatThrownBy(() -> SurvivorshipRulesLoader.load(environment(Map.of(
                "hub.survivorship.fields.eyeColour.rules[0]", "MOST_RECENT"))))
                .isInstanceOfSatisfying(SurvivorshipRulesException.class, e -> {
                    assertThat(e.field()).isEqualTo("hub.survivorship.fields.eyeColour");
                    assertThat(e.reason()).contains("unknown field 'eyeColour'");
                });
    }

    @Test
    void rulesMayComeFromAFileOfTheirOwn() throws Exception {
        Path file = dir.resolve("survivorship.yml");
        Files.writeString(file, """
                default-rules: [MOST_TRUSTED_SOURCE, MOST_RECENT]
                default-trust: [civil-registry, tax]
                fields:
                  addresses: { rules: [MOST_RECENT] }
                """);

        SurvivorshipRules rules = SurvivorshipRulesLoader.load(environment(Map.of("hub.survivorship-file", file.toString())));

        assertThat(rules.defaultRules()).containsExactly("MOST_TRUSTED_SOURCE", "MOST_RECENT");
        assertThat(rules.defaultTrust()).containsExactly("civil-registry", "tax");
        assertThat(rules.fields()).containsOnlyKeys("addresses");
    }

    @Test
    void aBadFileIsNamedWithTheKey() throws Exception {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, "default-rules: [MOST_TRUSTED_SOURCE]\n");

        assertThatThrownBy(() -> SurvivorshipRulesLoader.load(environment(Map.of("hub.survivorship-file", file.toString()))))
                .isInstanceOfSatisfying(SurvivorshipRulesException.class, e -> {
                    assertThat(e.field()).contains(file.toString()).endsWith("defaultTrust");
                    assertThat(e.reason()).contains("needs a trust list");
                });
        assertThatThrownBy(() -> SurvivorshipRulesLoader.load(environment(Map.of("hub.survivorship-file", dir.resolve("none.yml").toString()))))
                .isInstanceOfSatisfying(SurvivorshipRulesException.class, e -> assertThat(e.reason()).contains("does not exist"));
    }

    @Test
    void theFailureAnalyzerReportsKeyAndReason() {
        var analysis = new SurvivorshipRulesFailureAnalyzer().analyze(new SurvivorshipRulesException("hub.survivorship.fields.x", "unknown field 'x'"));

        assertThat(analysis.getDescription()).contains("hub.survivorship.fields.x").contains("unknown field 'x'");
        assertThat(analysis.getAction()).isNotBlank();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new LinkedHashMap<>(properties)));
        return environment;
    }
}
