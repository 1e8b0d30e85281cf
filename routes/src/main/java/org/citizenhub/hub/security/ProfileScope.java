package org.citizenhub.hub.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A named set of profile fields a partner may receive ({@code fields} keys of the profile document). Fields
 * that no scope of a partner names are left out of its answers, JSON and FHIR alike.
 */
public enum ProfileScope {
    /** Who the person is: names, date of birth, sex, national id, other identifiers and the linked record ids. */
    IDENTITY("identity", List.of("name", "otherNames", "dateOfBirth", "sex", "nationalId", "identifiers")),
    /** How to reach the person. */
    CONTACT("contact", List.of("addresses", "phones", "emails"));

    private final String configName;
    private final List<String> fields;

    ProfileScope(String configName, List<String> fields) {
        this.configName = configName;
        this.fields = fields;
    }

    public String configName() {
        return configName;
    }

    public List<String> fields() {
        return fields;
    }

    public static Optional<ProfileScope> byName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.configName.equals(wanted)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ProfileScope::configName).toList());
    }
}
