package org.citizenhub.core.match.block;

/**
 * The blocking rules: two records are compared when they agree on the key of ANY rule, so one wrong
 * field (a typo in the surname, a swapped date, a new address) does not hide a match. Earlier rules
 * are the stronger ones; a pair is compared once, under the first rule that holds it.
 */
public enum BlockingRule {
    /** The same valid, non-generic national id. */
    NATIONAL_ID,
    /** Full date of birth and the phonetic code of any family name (current, maiden, previous, part). */
    DOB_FAMILY,
    /** Full date of birth and the phonetic code of the given name's nickname head (or of a middle name). */
    DOB_GIVEN,
    /** Birth year, the exact family name and the given initial. */
    YEAR_FAMILY_INITIAL,
    /** A postcode and the given name's phonetic head. */
    POSTCODE_GIVEN,
    /** A non-generic phone. */
    PHONE,
    /** A non-generic email. */
    EMAIL,
    /** Birth year and both names' phonetic codes in either order (given and family swapped). */
    NAMES_YEAR,
    /** Full date of birth and a postcode (a new surname and a nickname at the same address). */
    DOB_POSTCODE;

    private static final BlockingRule[] ALL = values();

    public static BlockingRule[] all() {
        return ALL;
    }
}
