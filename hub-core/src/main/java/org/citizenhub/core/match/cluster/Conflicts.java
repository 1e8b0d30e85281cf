package org.citizenhub.core.match.cluster;

import org.citizenhub.core.match.compare.AddressComparator;
import org.citizenhub.core.match.compare.BirthDateComparator;
import org.citizenhub.core.match.compare.EmailComparator;
import org.citizenhub.core.match.compare.FamilyNameComparator;
import org.citizenhub.core.match.compare.Field;
import org.citizenhub.core.match.compare.FieldComparators;
import org.citizenhub.core.match.compare.GivenNameComparator;
import org.citizenhub.core.match.compare.NationalIdComparator;
import org.citizenhub.core.match.compare.PhoneComparator;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.normalise.NameTokens.Generation;

/**
 * Finds {@link Conflict}s between two records: two different valid national ids; a junior and a senior;
 * or two members of one household, who share a family name and a home (dwelling, phone or email) but
 * whose given names differ outright (not a nickname, typo or initial) or whose dates of birth differ
 * outright (not a swap, typo or year off by one). A cluster never holds a conflicting pair.
 */
public final class Conflicts {

    private static final Generation[] GENERATIONS = Generation.values();

    private final FieldComparators comparators;

    public Conflicts(FieldComparators comparators) {
        this.comparators = comparators;
    }

    public Conflict between(PreparedRecord a, PreparedRecord b) {
        if (comparators.compare(Field.NATIONAL_ID, a, b) == NationalIdComparator.DIFFERENT) {
            return Conflict.DIFFERENT_NATIONAL_IDS;
        }
        if (GENERATIONS[a.generation()].conflictsWith(GENERATIONS[b.generation()])) {
            return Conflict.GENERATION;
        }
        if (!sameFamily(a, b) || !sameHome(a, b)) {
            return Conflict.NONE;
        }
        if (comparators.compare(Field.GIVEN_NAME, a, b) == GivenNameComparator.DIFFERENT) {
            return Conflict.HOUSEHOLD_GIVEN_NAME;
        }
        if (comparators.compare(Field.DATE_OF_BIRTH, a, b) == BirthDateComparator.DIFFERENT) {
            return Conflict.HOUSEHOLD_BIRTH_DATE;
        }
        return Conflict.NONE;
    }

    private boolean sameFamily(PreparedRecord a, PreparedRecord b) {
        int level = comparators.compare(Field.FAMILY_NAME, a, b);
        return level == FamilyNameComparator.EXACT || level == FamilyNameComparator.OTHER_NAME
                || level == FamilyNameComparator.PHONETIC;
    }

    private boolean sameHome(PreparedRecord a, PreparedRecord b) {
        int address = comparators.compare(Field.ADDRESS, a, b);
        return address == AddressComparator.EXACT || address == AddressComparator.POSTCODE_HOUSE
                || comparators.compare(Field.PHONE, a, b) == PhoneComparator.EXACT
                || comparators.compare(Field.EMAIL, a, b) == EmailComparator.EXACT;
    }
}
