package org.citizenhub.bench.population;

/**
 * The synthetic nation's national id: ten digits, the last a mod-11 check digit over the first nine
 * with weights 10 down to 2 (the scheme of the UK's NHS number). {@code check = 11 - (sum mod 11)};
 * 11 becomes 0 and a base whose check would be 10 is never issued. Any single wrong digit and any swap
 * of two adjacent digits makes the id invalid, which is what lets an engine treat a mistyped id as missing.
 */
public final class NationalIdScheme {

    private static final long SPACE = 1_000_000_000L;
    /** Coprime with 10, so multiplying by it permutes the nine-digit bases: issued ids never collide. */
    private static final long SCRAMBLE = 738_289_451L;
    private static final long OFFSET = 123_456_789L;
    private static final int TRIES_PER_SERIAL = 16;

    private NationalIdScheme() {
    }

    /** The id issued to the {@code serial}-th person: unique per serial, random-looking, always valid. */
    public static String issue(int serial) {
        for (int k = 0; k < TRIES_PER_SERIAL; k++) {
            long base = Math.floorMod((serial * (long) TRIES_PER_SERIAL + k) * SCRAMBLE + OFFSET, SPACE);
            String digits = String.format("%09d", base);
            int check = checkDigit(digits);
            if (check >= 0) {
                return digits + check;
            }
        }
        throw new IllegalStateException("no valid id for serial " + serial);
    }

    /** The check digit of a nine-digit base, or -1 when the base cannot carry one. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /** True for ten digits (separators ignored) whose last digit is the right check digit. */
    public static boolean isValid(String id) {
        if (id == null) {
            return false;
        }
        String digits = id.replaceAll("[\\s\\-]", "");
        if (digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }
}
