package org.citizenhub.core.record;

import java.util.Locale;

/** Administrative sex as agencies record it. Unknown is a value, not a missing field. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN;

    /**
     * Reads the common spellings (F/M, female/male, W for German "weiblich", ISO 5218 codes 1 and 2).
     * Agencies with other codes map them in their connector file; anything else is UNKNOWN.
     */
    public static Sex parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "f", "female", "w", "woman", "2", "girl" -> FEMALE;
            case "m", "male", "man", "1", "boy" -> MALE;
            case "o", "x", "other", "9", "indeterminate", "non-binary" -> OTHER;
            default -> UNKNOWN;
        };
    }
}
