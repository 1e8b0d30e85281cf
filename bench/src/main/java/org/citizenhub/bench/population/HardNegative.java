package org.citizenhub.bench.population;

/**
 * Pairs of different people that look alike on purpose: an engine that merges them shows one person's
 * data to another. Each tag is set on the person of the pair that was made to look like the other.
 */
public enum HardNegative {
    /** Same family name, date of birth and address as a sibling; a different given name. */
    TWIN,
    /** A son with his father's given and middle names, at his father's address ("Jr"). */
    NAMED_AFTER_FATHER,
    /** An unrelated person with the same given name, family name and date of birth as someone else. */
    NAME_AND_BIRTH_DOUBLE,
    /** A resident of a care home: one address and one phone shared by 30 or more people. */
    CARE_HOME_RESIDENT
}
