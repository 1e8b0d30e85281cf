package org.citizenhub.core.normalise;

import java.util.Locale;
import java.util.Optional;

/**
 * National ids as evidence. Separators and case are ignored; an id that is a placeholder
 * (one repeated digit, a counting sequence, too short) is treated as missing, never as agreement.
 */
public final class NationalIds {

    private static final int MIN_LENGTH = 6;

    private NationalIds() {
    }

    /** The id in canonical form, or empty when it is missing or cannot be a real id. */
    public static Optional<String> valid(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String id = raw.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
        if (id.length() < MIN_LENGTH || !id.chars().allMatch(Character::isLetterOrDigit)
                || isOneRepeatedCharacter(id) || isCountingSequence(id)) {
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private static boolean isOneRepeatedCharacter(String id) {
        return id.chars().distinct().count() == 1;
    }

    private static boolean isCountingSequence(String id) {
        String digits = id.replaceAll("\\D", "");
        return digits.length() >= MIN_LENGTH && ("01234567890123456789".contains(digits) || "98765432109876543210".contains(digits));
    }
}
