package org.citizenhub.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SurvivorshipRulesValidatorTest {

    private final SurvivorshipRulesValidator validator = new SurvivorshipRulesValidator();

    private static final List<String> TRUSTED = List.of("MOST_TRUSTED_SOURCE");

    static Stream<Arguments> badRules() {
        return Stream.of(
                bad("unknown field", fields("dob", FieldRules.chain("MOST_RECENT")),
                        "fields.dob", "unknown field 'dob'; the fields are name, otherNames, dateOfBirth, sex, nationalId, "
                                + "identifiers, addresses, phones, emails"),
                bad("one field configured twice", fields("dateOfBirth", FieldRules.chain("MOST_RECENT"),
                                "date_of_birth", FieldRules.chain("MOST_FREQUENT")),
                        "fields.date_of_birth", "field dateOfBirth is already configured as 'dateOfBirth'"),
                bad("unknown default rule", new SurvivorshipRules(List.of("MOST_RECENT", "NEWEST"), null, null),
                        "defaultRules[1]", "unknown rule 'NEWEST'; the rules are MOST_TRUSTED_SOURCE, MOST_RECENT, MOST_FREQUENT"),
                bad("unknown field rule", fields("phones", FieldRules.chain("LATEST")),
                        "fields.phones.rules[0]", "unknown rule 'LATEST'; the rules are MOST_TRUSTED_SOURCE, MOST_RECENT, "
                                + "MOST_FREQUENT"),
                bad("blank rule", new SurvivorshipRules(Arrays.asList("MOST_RECENT", null), null, null),
                        "defaultRules[1]", "rule is blank; the rules are MOST_TRUSTED_SOURCE, MOST_RECENT, MOST_FREQUENT"),
                bad("rule twice", fields("sex", FieldRules.chain("most-recent", "MOST_RECENT")),
                        "fields.sex.rules[1]", "rule MOST_RECENT is listed twice"),
                bad("empty rule list", fields("sex", FieldRules.chain()),
                        "fields.sex.rules", "the rule list is empty; list one or more of MOST_TRUSTED_SOURCE, MOST_RECENT, "
                                + "MOST_FREQUENT, or leave it out to use the default"),
                bad("empty field trust list", fields("name", FieldRules.chain("MOST_TRUSTED_SOURCE").withTrust()),
                        "fields.name.trust", "the trust list is empty; list source ids, most trusted first, or leave it out "
                                + "to use defaultTrust"),
                bad("trusted rule without any trust list", fields("name", FieldRules.chain("MOST_TRUSTED_SOURCE")),
                        "fields.name.trust", "MOST_TRUSTED_SOURCE needs a trust list (source ids, most trusted first); "
                                + "give fields.name.trust or defaultTrust"),
                bad("trusted default rule with an empty default trust list", new SurvivorshipRules(TRUSTED, List.of(), null),
                        "defaultTrust", "MOST_TRUSTED_SOURCE in defaultRules needs a trust list (source ids, most trusted "
                                + "first) for the fields name, otherNames, dateOfBirth, sex, nationalId, identifiers, "
                                + "addresses, phones, emails"),
                bad("blank source id", new SurvivorshipRules(TRUSTED, List.of("tax", " "), null),
                        "defaultTrust[1]", "source id is blank"),
                bad("source twice", fields("name", FieldRules.chain("MOST_TRUSTED_SOURCE").withTrust("tax", "health", "tax ")),
                        "fields.name.trust[2]", "source 'tax' is listed twice"),
                bad("trust list without the trusted rule", fields("name", FieldRules.chain("MOST_RECENT").withTrust("tax")),
                        "fields.name.trust", "a trust list is given but the field's rules do not include MOST_TRUSTED_SOURCE"),
                bad("default trust list nobody uses", new SurvivorshipRules(null, List.of("tax"), null),
                        "defaultTrust", "a trust list is given but no field without its own trust list uses MOST_TRUSTED_SOURCE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRules")
    void badRulesAreRejectedWithTheKeyAndTheReason(String what, SurvivorshipRules rules, String field, String reason) {
        SurvivorshipRulesException e = catchThrowableOfType(() -> validator.validate(rules), SurvivorshipRulesException.class);

        assertThat(e).as(what).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e).hasMessage("survivorship rules, " + field + ": " + reason);
    }

    @Test
    void theDefaultsAreValidAndPutAgreementFirstForIdentityFields() {
        SurvivorshipPolicy policy = validator.validate(SurvivorshipRules.defaults());

        assertThat(policy.of(ProfileField.DATE_OF_BIRTH).chain())
                .containsExactly(SurvivorshipRule.MOST_FREQUENT, SurvivorshipRule.MOST_RECENT);
        assertThat(policy.of(ProfileField.ADDRESSES).chain())
                .containsExactly(SurvivorshipRule.MOST_RECENT, SurvivorshipRule.MOST_FREQUENT);
    }

    @Test
    void namesAreReadForgivinglyAndFieldsFallBackToTheDefaults() {
        SurvivorshipRules rules = new SurvivorshipRules(List.of("most trusted source", "most-recent"), List.of("registry", "tax"),
                fieldMap("date-of-birth", new FieldRules(List.of("Most_Frequent"), null),
                        "PHONES", FieldRules.chain("mostTrustedSource").withTrust("health")));

        SurvivorshipPolicy policy = validator.validate(rules);

        assertThat(policy.of(ProfileField.DATE_OF_BIRTH)).isEqualTo(
                new FieldPolicy(List.of(SurvivorshipRule.MOST_FREQUENT), List.of("registry", "tax")));
        assertThat(policy.of(ProfileField.PHONES)).isEqualTo(
                new FieldPolicy(List.of(SurvivorshipRule.MOST_TRUSTED_SOURCE), List.of("health")));
        assertThat(policy.of(ProfileField.EMAILS)).isEqualTo(new FieldPolicy(
                List.of(SurvivorshipRule.MOST_TRUSTED_SOURCE, SurvivorshipRule.MOST_RECENT), List.of("registry", "tax")));
        assertThat(policy.of(ProfileField.EMAILS).trustRank("tax")).isEqualTo(1);
        assertThat(policy.of(ProfileField.EMAILS).trustRank("unlisted")).isEqualTo(2);
    }

    private static Arguments bad(String what, SurvivorshipRules rules, String field, String reason) {
        return Arguments.of(what, rules, field, reason);
    }

    private static SurvivorshipRules fields(Object... nameThenRules) {
        return new SurvivorshipRules(null, null, fieldMap(nameThenRules));
    }

    private static Map<String, FieldRules> fieldMap(Object... nameThenRules) {
        Map<String, FieldRules> fields = new HashMap<>();
        for (int i = 0; i < nameThenRules.length; i += 2) {
            fields.put((String) nameThenRules[i], (FieldRules) nameThenRules[i + 1]);
        }
        return fields;
    }
}
