package org.citizenhub.core.normalise;

import java.util.Locale;

/** Emails to one form: trimmed, "mailto:" dropped, lower case. Text that is not an address is missing (null). */
public final class EmailNormaliser {

    private EmailNormaliser() {
    }

    public static String fold(String raw) {
        if (raw == null) {
            return null;
        }
        String email = raw.trim().toLowerCase(Locale.ROOT);
        if (email.startsWith("mailto:")) {
            email = email.substring("mailto:".length()).trim();
        }
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || email.indexOf('.', at) < 0 || email.endsWith(".")
                || email.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        return email;
    }
}
