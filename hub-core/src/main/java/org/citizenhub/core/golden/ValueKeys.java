package org.citizenhub.core.golden;

import java.util.Locale;
import org.citizenhub.core.normalise.EmailNormaliser;
import org.citizenhub.core.normalise.NationalIds;
import org.citizenhub.core.normalise.PhoneNormaliser;
import org.citizenhub.core.normalise.TextNormaliser;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.PersonName;

/**
 * Grouping keys: two values with one key are the same value written differently ("SMITH" and "Smith",
 * "AB 12 34 56 C" and "ab123456c"). A value that cannot be real (a placeholder national id, a phone too short)
 * gets a key marked {@link #UNUSABLE}, so it never merges with a usable one and ranks after them.
 */
final class ValueKeys {

    static final String UNUSABLE = "~";

    private final PhoneNormaliser phones;

    ValueKeys(PhoneNormaliser phones) {
        this.phones = phones;
    }

    static boolean usable(String key) {
        return !key.startsWith(UNUSABLE);
    }

    String name(PersonName name) {
        return TextNormaliser.fold(name.given()) + '|' + TextNormaliser.fold(String.join(" ", name.middle())) + '|'
                + TextNormaliser.fold(name.family());
    }

    String address(Address address) {
        return TextNormaliser.fold(String.join(" ", address.lines())) + '|' + TextNormaliser.fold(address.town()) + '|'
                + lettersAndDigits(address.postcode());
    }

    String identifier(Identifier identifier) {
        return TextNormaliser.fold(identifier.system()) + '|' + lettersAndDigits(identifier.value());
    }

    String nationalId(String raw) {
        return NationalIds.valid(raw).orElseGet(() -> UNUSABLE + lettersAndDigits(raw));
    }

    String phone(String raw) {
        long canonical = phones.canonical(raw);
        return canonical != 0 ? PhoneNormaliser.format(canonical) : UNUSABLE + lettersAndDigits(raw);
    }

    String email(String raw) {
        String folded = EmailNormaliser.fold(raw);
        return folded != null ? folded : UNUSABLE + raw.trim().toLowerCase(Locale.ROOT);
    }

    private static String lettersAndDigits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }
}
