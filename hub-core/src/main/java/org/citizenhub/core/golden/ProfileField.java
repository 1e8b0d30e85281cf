package org.citizenhub.core.golden;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fields of a golden record, by the names survivorship rules use for them. */
public enum ProfileField {
    NAME("name"),
    OTHER_NAMES("otherNames"),
    DATE_OF_BIRTH("dateOfBirth"),
    SEX("sex"),
    NATIONAL_ID("nationalId"),
    IDENTIFIERS("identifiers"),
    ADDRESSES("addresses"),
    PHONES("phones"),
    EMAILS("emails");

    private final String configName;

    ProfileField(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** The field a configuration key names, ignoring case, '-', '_' and spaces; empty when none does. */
    public static Optional<ProfileField> fromConfigName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String squashed = ConfigNames.squash(name);
        return Arrays.stream(values()).filter(f -> ConfigNames.squash(f.configName).equals(squashed)).findFirst();
    }

    /** "name, otherNames, ..." for error messages. */
    public static String configNames() {
        return Arrays.stream(values()).map(ProfileField::configName).collect(Collectors.joining(", "));
    }
}
