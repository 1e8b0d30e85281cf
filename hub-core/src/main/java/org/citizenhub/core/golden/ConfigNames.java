package org.citizenhub.core.golden;

import java.util.Locale;

/** Compares names in configuration forgivingly: "date-of-birth", "date_of_birth" and "dateOfBirth" are one name. */
final class ConfigNames {

    private ConfigNames() {
    }

    static String squash(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
