package org.citizenhub.core.normalise;

import java.util.Locale;
import java.util.Optional;

/**
 * National ids as evidence. Separators and case are ignored; an id that is a placeholder
 * (one repeated digit, a counting sequence, too short) is treated as missing, never as agreement.
 * Where the ids of a population carry a check digit ({@link CheckScheme}, found from the data), an id
 * failing it is a typo and also treated as missing.
 */
public final class NationalIds {

    private static final int MIN_LENGTH = 6;
    private static final int MAX_PACKED_LENGTH = 11;
    private static final String PACK_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** How an id's last digit checks the others. */
    public enum CheckScheme {
        /** No check digit known: any well-formed id counts. */
        NONE,
        /** Luhn (mod 10), as on payment cards and several national registers. */
        LUHN,
        /** Weighted mod 11 with weights n..2, as on the NHS number. */
        MOD11;

        public boolean accepts(String id) {
            return switch (this) {
                case NONE -> true;
                case LUHN -> passesLuhn(id);
                case MOD11 -> passesMod11(id);
            };
        }
    }

    private NationalIds() {
    }

    /** The id in canonical form, or empty when it is missing or cannot be a real id. */
    public static Optional<String> valid(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String id = canonical(raw);
        if (id.length() < MIN_LENGTH || !id.chars().allMatch(Character::isLetterOrDigit)
                || isOneRepeatedCharacter(id) || isCountingSequence(id)) {
            return Optional.empty();
        }
        return Optional.of(id);
    }

    /** {@link #valid(String)}, and passing the check digit of {@code scheme}. */
    public static Optional<String> valid(String raw, CheckScheme scheme) {
        return valid(raw).filter(scheme::accepts);
    }

    /**
     * The check scheme the population's ids follow: one that at least 95% of its all-digit ids pass
     * (random digits pass Luhn one time in ten), given enough ids to tell; otherwise {@link CheckScheme#NONE}.
     */
    public static CheckScheme detectScheme(Iterable<String> canonicalIds) {
        int digitIds = 0;
        int luhn = 0;
        int mod11 = 0;
        for (String id : canonicalIds) {
            if (id.length() >= 8 && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
                digitIds++;
                luhn += passesLuhn(id) ? 1 : 0;
                mod11 += passesMod11(id) ? 1 : 0;
            }
        }
        if (digitIds < 50) {
            return CheckScheme.NONE;
        }
        if (luhn >= 0.95 * digitIds) {
            return CheckScheme.LUHN;
        }
        return mod11 >= 0.95 * digitIds ? CheckScheme.MOD11 : CheckScheme.NONE;
    }

    public static boolean passesLuhn(String id) {
        if (!id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true; // the scheme speaks of digits only; letters are checked by format alone
        }
        int sum = 0;
        for (int i = 0; i < id.length(); i++) {
            int digit = id.charAt(id.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    public static boolean passesMod11(String id) {
        if (!id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        int n = id.length();
        int sum = 0;
        for (int i = 0; i < n - 1; i++) {
            sum += (id.charAt(i) - '0') * (n - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == id.charAt(n - 1) - '0';
    }

    /**
     * A canonical id as one long: ids of up to 11 letters and digits exactly (base 36 with a length
     * marker, so "0123" and "123" differ), longer ids as a hash with the top bit set. 0 means none.
     */
    public static long pack(String canonical) {
        if (canonical == null || canonical.isEmpty()) {
            return 0;
        }
        if (canonical.length() > MAX_PACKED_LENGTH) {
            long h = 1125899906842597L;
            for (int i = 0; i < canonical.length(); i++) {
                h = 31 * h + canonical.charAt(i);
            }
            return h | Long.MIN_VALUE;
        }
        long packed = 1; // leading marker digit keeps leading zeros
        for (int i = 0; i < canonical.length(); i++) {
            int index = PACK_ALPHABET.indexOf(canonical.charAt(i));
            packed = packed * 36 + (index < 0 ? 0 : index);
        }
        return packed;
    }

    /** The id a {@link #pack(String)} result holds, or null for a hashed long id. */
    public static String unpack(long packed) {
        if (packed <= 0) {
            return null;
        }
        StringBuilder out = new StringBuilder(MAX_PACKED_LENGTH);
        while (packed > 1) {
            out.append(PACK_ALPHABET.charAt((int) (packed % 36)));
            packed /= 36;
        }
        return out.reverse().toString();
    }

    /** Whether two packed ids differ by one character or by two adjacent characters swapped. */
    public static boolean oneEditApart(long a, long b) {
        String x = unpack(a);
        String y = unpack(b);
        if (x == null || y == null || x.length() != y.length()) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                if (differences++ == 0) {
                    first = i;
                }
            }
        }
        if (differences == 1) {
            return true;
        }
        return differences == 2 && first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1)
                && x.charAt(first + 1) == y.charAt(first);
    }

    private static String canonical(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '-' || c == '.' || c == '/' || Character.isWhitespace(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isOneRepeatedCharacter(String id) {
        return id.chars().distinct().count() == 1;
    }

    private static boolean isCountingSequence(String id) {
        // Only an all-digit id can be a counting placeholder; "AB123456C" is a real-looking id.
        return id.chars().allMatch(Character::isDigit)
                && ("01234567890123456789".contains(id) || "98765432109876543210".contains(id));
    }
}
