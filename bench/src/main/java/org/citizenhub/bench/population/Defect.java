package org.citizenhub.bench.population;

/**
 * The kinds of defect agency records carry. Each is applied per opportunity at a rate the source sets
 * (a day/month swap needs a day of 12 or less, a maiden name needs a woman who took her spouse's name).
 */
public enum Defect {
    GIVEN_TYPO,
    FAMILY_TYPO,
    GIVEN_NICKNAME,
    GIVEN_ALT_SPELLING,
    FAMILY_ALT_SPELLING,
    GIVEN_INITIAL_ONLY,
    MIDDLE_NAMES_DROPPED,
    DIACRITICS_FOLDED,
    DIACRITICS_QUESTION_MARK,
    DIACRITICS_MOJIBAKE,
    NAME_ORDER_SWAPPED,
    DOUBLE_SURNAME_FIRST_ONLY,
    DOUBLE_SURNAME_HYPHENATED,
    MAIDEN_NAME_USED,
    PREVIOUS_NAME_RECORDED,
    SUFFIX_RECORDED,
    DOB_MISSING,
    DOB_YEAR_ONLY,
    DOB_YEAR_MONTH_ONLY,
    DOB_DAY_MONTH_SWAPPED,
    DOB_DIGIT_OFF,
    DOB_PLACEHOLDER,
    NID_MISSING,
    NID_DIGIT_OFF,
    NID_TRANSPOSED,
    NID_PLACEHOLDER,
    NID_OF_ANOTHER_PERSON,
    ADDRESS_STALE,
    STREET_TYPO,
    POSTCODE_TYPO,
    PHONE_DIGIT_OFF,
    PHONE_PLACEHOLDER,
    PHONE_SWITCHBOARD,
    EMAIL_TYPO,
    SEX_UNKNOWN,
    DUPLICATE_REGISTRATION
}
