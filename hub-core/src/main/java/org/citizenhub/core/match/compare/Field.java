package org.citizenhub.core.match.compare;

import java.util.List;

/**
 * The fields the engine compares, each with its comparison levels from strongest agreement to
 * disagreement. "missing" (and "generic") levels are no evidence: their weight is always 0.
 */
public enum Field {
    NATIONAL_ID("nationalId", "national ids", List.of("exact", "close", "different", "generic", "missing")),
    GIVEN_NAME("givenName", "given names",
            List.of("exact", "alias", "phonetic", "jw92", "jw85", "initial", "different", "missing")),
    FAMILY_NAME("familyName", "family names",
            List.of("exact", "otherName", "phonetic", "jw92", "jw85", "different", "missing")),
    DATE_OF_BIRTH("dateOfBirth", "dates of birth",
            List.of("exact", "dayMonthSwapped", "oneDigitOff", "yearOffByOne", "partial", "different", "missing")),
    SEX("sex", "sexes", List.of("same", "different", "missing")),
    ADDRESS("address", "addresses",
            List.of("exact", "postcodeAndHouse", "postcode", "streetAndTown", "different", "generic", "missing")),
    PHONE("phone", "phones", List.of("exact", "different", "generic", "missing")),
    EMAIL("email", "emails", List.of("exact", "different", "generic", "missing"));

    private static final Field[] ALL = values();

    private final String key;
    private final String plural;
    private final List<String> levels;

    Field(String key, String plural, List<String> levels) {
        this.key = key;
        this.plural = plural;
        this.levels = levels;
    }

    public static Field[] all() {
        return ALL;
    }

    public static int count() {
        return ALL.length;
    }

    /** The name used in {@code FieldComparison.field} and in the model file. */
    public String key() {
        return key;
    }

    /** Words for sentences: "Family names agree exactly". */
    public String plural() {
        return plural;
    }

    public List<String> levels() {
        return levels;
    }

    public int levelCount() {
        return levels.size();
    }

    public String level(int index) {
        return levels.get(index);
    }

    public int levelIndex(String name) {
        int index = levels.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("field " + key + " has no level '" + name + "'; levels are " + levels);
        }
        return index;
    }

    /** Whether a level carries no evidence (missing or generic): weight 0, not learnt. */
    public boolean isNeutral(int level) {
        String name = levels.get(level);
        return name.equals("missing") || name.equals("generic");
    }

    /** The "different" level, the one that counts against a match. */
    public int differentLevel() {
        return levels.indexOf("different");
    }

    public static Field byKey(String key) {
        for (Field field : ALL) {
            if (field.key.equals(key)) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown field '" + key + "'");
    }
}
