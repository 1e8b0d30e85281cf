package org.citizenhub.core.golden;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The survivorship configuration of one field, as bound from YAML or JSON. {@code rules} is the rule chain
 * (rule names, first decides, the next breaks its ties); {@code trust} the source ids for
 * {@code MOST_TRUSTED_SOURCE}, most trusted first. Either left out (null) falls back to the defaults.
 */
public record FieldRules(List<String> rules, List<String> trust) {

    public FieldRules {
        rules = copyKeepingNulls(rules);
        trust = copyKeepingNulls(trust);
    }

    /** A rule chain with the default trust list. */
    public static FieldRules chain(String... rules) {
        return new FieldRules(List.of(rules), null);
    }

    public FieldRules withTrust(String... sourceIds) {
        return new FieldRules(rules, List.of(sourceIds));
    }

    /** Unmodifiable, but null stays null and null entries stay, so the validator can name them. */
    static List<String> copyKeepingNulls(List<String> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
