package org.citizenhub.core.golden;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Survivorship configuration as plain data, bound from YAML or JSON by the application and checked by
 * {@link SurvivorshipRulesValidator}. Rule and field names are read forgivingly ("most-recent", "date_of_birth").
 * <pre>
 * default-rules: [MOST_TRUSTED_SOURCE, MOST_RECENT, MOST_FREQUENT]
 * default-trust: [civil-registry, tax, health]
 * fields:
 *   dateOfBirth: { rules: [MOST_TRUSTED_SOURCE, MOST_FREQUENT], trust: [civil-registry, health] }
 *   addresses:   { rules: [MOST_RECENT] }
 * </pre>
 * {@code defaultRules} applies to every field not listed in {@code fields} (and to a listed field without its
 * own {@code rules}); left out, it is {@link #BUILT_IN_RULES}. {@code defaultTrust} likewise serves every field
 * without its own {@code trust}. Given rules replace {@link #defaults()} entirely; they do not merge with it.
 */
public record SurvivorshipRules(List<String> defaultRules, List<String> defaultTrust, Map<String, FieldRules> fields) {

    /** The chain used when {@code defaultRules} is left out. */
    public static final List<String> BUILT_IN_RULES = List.of("MOST_RECENT", "MOST_FREQUENT");

    public SurvivorshipRules {
        defaultRules = FieldRules.copyKeepingNulls(defaultRules);
        defaultTrust = FieldRules.copyKeepingNulls(defaultTrust);
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * Rules that need no knowledge of the sources: identity fields (name, date of birth, sex, national id)
     * go to the value most records agree on, then the most recent; contact fields and addresses to the most
     * recent, then the most frequent.
     */
    public static SurvivorshipRules defaults() {
        FieldRules agreementFirst = FieldRules.chain("MOST_FREQUENT", "MOST_RECENT");
        Map<String, FieldRules> fields = new LinkedHashMap<>();
        fields.put(ProfileField.NAME.configName(), agreementFirst);
        fields.put(ProfileField.DATE_OF_BIRTH.configName(), agreementFirst);
        fields.put(ProfileField.SEX.configName(), agreementFirst);
        fields.put(ProfileField.NATIONAL_ID.configName(), agreementFirst);
        return new SurvivorshipRules(BUILT_IN_RULES, List.of(), fields);
    }

    /** A copy with one field's rules replaced (or added). */
    public SurvivorshipRules withField(String fieldName, FieldRules rules) {
        Map<String, FieldRules> copy = new LinkedHashMap<>(fields);
        copy.put(fieldName, rules);
        return new SurvivorshipRules(defaultRules, defaultTrust, copy);
    }
}
