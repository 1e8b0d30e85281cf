package org.citizenhub.core.golden;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How one field's values are ranked; a field lists several, each breaking the ties of the one before. */
public enum SurvivorshipRule {
    /** The value from the source highest in the field's trust list; unlisted sources rank last. */
    MOST_TRUSTED_SOURCE,
    /** The value from the most recently updated record; a record without an update time ranks last. */
    MOST_RECENT,
    /** The value the most records agree on. */
    MOST_FREQUENT;

    /** The rule a configuration value names, ignoring case, '-', '_' and spaces; empty when none does. */
    public static Optional<SurvivorshipRule> fromConfigName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String squashed = ConfigNames.squash(name);
        return Arrays.stream(values()).filter(r -> ConfigNames.squash(r.name()).equals(squashed)).findFirst();
    }

    /** "MOST_TRUSTED_SOURCE, MOST_RECENT, MOST_FREQUENT" for error messages. */
    public static String configNames() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
