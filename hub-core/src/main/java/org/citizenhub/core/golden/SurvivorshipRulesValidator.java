package org.citizenhub.core.golden;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks survivorship rules and turns them into a {@link SurvivorshipPolicy}. The first problem found
 * is thrown as a {@link SurvivorshipRulesException} naming the configuration key and the reason, so a bad
 * file fails at start-up rather than while building a profile.
 */
public final class SurvivorshipRulesValidator {

    private static final String TRUSTED = SurvivorshipRule.MOST_TRUSTED_SOURCE.name();

    public SurvivorshipPolicy validate(SurvivorshipRules rules) {
        if (rules == null) {
            throw new SurvivorshipRulesException("survivorship", "no rules given");
        }
        List<SurvivorshipRule> defaultChain = chain("defaultRules",
                rules.defaultRules() == null ? SurvivorshipRules.BUILT_IN_RULES : rules.defaultRules());
        List<String> defaultTrust = rules.defaultTrust() == null ? List.of() : trust("defaultTrust", rules.defaultTrust(), true);

        Map<ProfileField, FieldPolicy> policies = new EnumMap<>(ProfileField.class);
        Map<ProfileField, String> configuredAs = new EnumMap<>(ProfileField.class);
        boolean defaultTrustUsed = false;
        // Sorted, so that the same file always reports the same first problem.
        for (Map.Entry<String, FieldRules> entry : sortedByKey(rules.fields()).entrySet()) {
            String name = entry.getKey();
            String key = "fields." + name;
            ProfileField field = ProfileField.fromConfigName(name).orElseThrow(() -> new SurvivorshipRulesException(key,
                    "unknown field '" + name + "'; the fields are " + ProfileField.configNames()));
            String earlier = configuredAs.putIfAbsent(field, name);
            if (earlier != null) {
                throw new SurvivorshipRulesException(key, "field " + field.configName() + " is already configured as '"
                        + earlier + "'");
            }
            FieldRules given = entry.getValue();
            List<SurvivorshipRule> chain = given == null || given.rules() == null ? defaultChain : chain(key + ".rules", given.rules());
            List<String> ownTrust = given == null || given.trust() == null ? null : trust(key + ".trust", given.trust(), false);
            boolean usesTrust = chain.contains(SurvivorshipRule.MOST_TRUSTED_SOURCE);
            if (ownTrust != null && !usesTrust) {
                throw new SurvivorshipRulesException(key + ".trust",
                        "a trust list is given but the field's rules do not include " + TRUSTED);
            }
            if (usesTrust && ownTrust == null && defaultTrust.isEmpty()) {
                throw new SurvivorshipRulesException(key + ".trust", TRUSTED + " needs a trust list (source ids, most "
                        + "trusted first); give " + key + ".trust or defaultTrust");
            }
            defaultTrustUsed |= usesTrust && ownTrust == null;
            policies.put(field, new FieldPolicy(chain, ownTrust == null ? defaultTrust : ownTrust));
        }

        List<String> unconfigured = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            if (!policies.containsKey(field)) {
                unconfigured.add(field.configName());
                policies.put(field, new FieldPolicy(defaultChain, defaultTrust));
            }
        }
        boolean defaultChainTrusts = defaultChain.contains(SurvivorshipRule.MOST_TRUSTED_SOURCE) && !unconfigured.isEmpty();
        if (defaultChainTrusts && defaultTrust.isEmpty()) {
            throw new SurvivorshipRulesException("defaultTrust", TRUSTED + " in defaultRules needs a trust list (source "
                    + "ids, most trusted first) for the fields " + String.join(", ", unconfigured));
        }
        if (!defaultTrust.isEmpty() && !defaultTrustUsed && !defaultChainTrusts) {
            throw new SurvivorshipRulesException("defaultTrust",
                    "a trust list is given but no field without its own trust list uses " + TRUSTED);
        }
        return new SurvivorshipPolicy(policies);
    }

    private static List<SurvivorshipRule> chain(String key, List<String> names) {
        if (names.isEmpty()) {
            throw new SurvivorshipRulesException(key, "the rule list is empty; list one or more of "
                    + SurvivorshipRule.configNames() + ", or leave it out to use the default");
        }
        List<SurvivorshipRule> chain = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String at = key + "[" + i + "]";
            if (name == null || name.isBlank()) {
                throw new SurvivorshipRulesException(at, "rule is blank; the rules are " + SurvivorshipRule.configNames());
            }
            SurvivorshipRule rule = SurvivorshipRule.fromConfigName(name).orElseThrow(() -> new SurvivorshipRulesException(at,
                    "unknown rule '" + name.trim() + "'; the rules are " + SurvivorshipRule.configNames()));
            if (chain.contains(rule)) {
                throw new SurvivorshipRulesException(at, "rule " + rule + " is listed twice");
            }
            chain.add(rule);
        }
        return chain;
    }

    private static List<String> trust(String key, List<String> sourceIds, boolean mayBeEmpty) {
        if (sourceIds.isEmpty() && !mayBeEmpty) {
            throw new SurvivorshipRulesException(key,
                    "the trust list is empty; list source ids, most trusted first, or leave it out to use defaultTrust");
        }
        List<String> trust = new ArrayList<>(sourceIds.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sourceIds.size(); i++) {
            String sourceId = sourceIds.get(i);
            String at = key + "[" + i + "]";
            if (sourceId == null || sourceId.isBlank()) {
                throw new SurvivorshipRulesException(at, "source id is blank");
            }
            if (!seen.add(sourceId.trim())) {
                throw new SurvivorshipRulesException(at, "source '" + sourceId.trim() + "' is listed twice");
            }
            trust.add(sourceId.trim());
        }
        return trust;
    }

    private static Map<String, FieldRules> sortedByKey(Map<String, FieldRules> fields) {
        Map<String, FieldRules> sorted = new TreeMap<>();
        fields.forEach((name, rules) -> sorted.put(name == null ? "" : name, rules));
        return sorted;
    }
}
