package org.citizenhub.core.match.compare;

import org.citizenhub.core.match.prepare.PreparedRecord;

/**
 * Dates of birth: exact, day and month swapped (US-style entry), one digit off (a typo or two adjacent
 * digits transposed), year off by one with the same day and month, partial (one date known only to the
 * year or month, and agreeing as far as both are known), different, missing.
 */
public final class BirthDateComparator implements FieldComparator {

    public static final int EXACT = 0;
    public static final int SWAPPED = 1;
    public static final int ONE_DIGIT = 2;
    public static final int YEAR_OFF_BY_ONE = 3;
    public static final int PARTIAL = 4;
    public static final int DIFFERENT = 5;
    public static final int MISSING = 6;

    @Override
    public int compare(PreparedRecord a, PreparedRecord b) {
        int x = a.dob();
        int y = b.dob();
        if (x == 0 || y == 0) {
            return MISSING;
        }
        if (x == y) {
            return a.hasFullDob() ? EXACT : PARTIAL;
        }
        int yearA = x / 10000;
        int yearB = y / 10000;
        int monthA = x / 100 % 100;
        int monthB = y / 100 % 100;
        int dayA = x % 100;
        int dayB = y % 100;
        if (dayA == 0 || dayB == 0) {
            boolean monthsAgree = monthA == 0 || monthB == 0 || monthA == monthB;
            return yearA == yearB && monthsAgree ? PARTIAL : DIFFERENT;
        }
        if (yearA == yearB && monthA == dayB && dayA == monthB) {
            return SWAPPED;
        }
        if (oneDigitOff(x, y)) {
            return ONE_DIGIT;
        }
        if (Math.abs(yearA - yearB) == 1 && monthA == monthB && dayA == dayB) {
            return YEAR_OFF_BY_ONE;
        }
        return DIFFERENT;
    }

    /**
     * The digits of two numbers (eight for yyyymmdd, four for a year) differ in one place, or in two
     * adjacent places swapped. Allocation-free.
     */
    public static boolean oneDigitOff(int x, int y) {
        int differences = 0;
        int firstPos = -1;
        int firstX = 0;
        int firstY = 0;
        for (int pos = 0; pos < 8; pos++, x /= 10, y /= 10) {
            int dx = x % 10;
            int dy = y % 10;
            if (dx == dy) {
                continue;
            }
            differences++;
            if (differences == 1) {
                firstPos = pos;
                firstX = dx;
                firstY = dy;
            } else if (differences == 2) {
                if (pos != firstPos + 1 || dx != firstY || dy != firstX) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return differences == 1 || differences == 2;
    }
}
