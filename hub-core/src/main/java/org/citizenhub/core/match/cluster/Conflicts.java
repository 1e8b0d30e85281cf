package org.citizenhub.core.match.cluster;

import org.citizenhub.core.match.compare.AddressComparator;
import org.citizenhub.core.match.compare.BirthDateComparator;
import org.citizenhub.core.match.compare.EmailComparator;
import org.citizenhub.core.match.compare.Field;
import org.citizenhub.core.match.compare.FieldComparators;
import org.citizenhub.core.match.compare.GivenNameComparator;
import org.citizenhub.core.match.compare.NationalIdComparator;
import org.citizenhub.core.match.compare.PhoneComparator;
import org.citizenhub.core.match.compare.SexComparator;
import org.citizenhub.core.match.prepare.Lexicon;
import org.citizenhub.core.match.prepare.Lexicons;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.normalise.NameTokens.Generation;

/**
 * Finds {@link Conflict}s between two records: two different valid national ids; a junior and a senior;
 * or two members of one household, who share a home (dwelling, phone or email) but whose given names
 * differ outright (not a nickname, typo or initial) or whose dates of birth differ outright (not a
 * swap, typo or year off by one): twins, a father and son, a mother and daughter of one name. Household
 * members share address and phone, so their scores overrate them: these rules stop what the score
 * cannot. A shared valid national id outweighs one such disagreement but not two. A cluster never
 * holds a conflicting pair.
 */
public final class Conflicts {

    private static final Generation[] GENERATIONS = Generation.values();

    private final FieldComparators comparators;
    private final Lexicon names;

    public Conflicts(FieldComparators comparators, Lexicons lexicons) {
        this.comparators = comparators;
        this.names = lexicons.names();
    }

    public Conflict between(PreparedRecord a, PreparedRecord b) {
        int id = comparators.compare(Field.NATIONAL_ID, a, b);
        if (id == NationalIdComparator.DIFFERENT) {
            return Conflict.DIFFERENT_NATIONAL_IDS;
        }
        boolean sameId = id == NationalIdComparator.EXACT;
        if (!sameId && GENERATIONS[a.generation()].conflictsWith(GENERATIONS[b.generation()])) {
            return Conflict.GENERATION;
        }
        if (!sameHome(a, b)) {
            return Conflict.NONE;
        }
        boolean givenConflict = givenNamesConflict(a, b);
        boolean dateConflict = birthDatesConflict(a, b);
        if (sameId) {
            // a shared valid id outweighs one disagreement, not two (an id copied from a relative)
            return givenConflict && dateConflict ? Conflict.HOUSEHOLD_BIRTH_DATE : Conflict.NONE;
        }
        if (givenConflict) {
            return Conflict.HOUSEHOLD_GIVEN_NAME;
        }
        return dateConflict ? Conflict.HOUSEHOLD_BIRTH_DATE : Conflict.NONE;
    }

    /**
     * Different given names (no alias, sound, spelling or typo link), and not merely a mangled spelling
     * of one name: they differ in their first three letters, or the records' sexes differ.
     */
    private boolean givenNamesConflict(PreparedRecord a, PreparedRecord b) {
        if (comparators.compare(Field.GIVEN_NAME, a, b) != GivenNameComparator.DIFFERENT) {
            return false;
        }
        if (comparators.compare(Field.SEX, a, b) == SexComparator.DIFFERENT) {
            return true;
        }
        String x = names.text(a.given());
        String y = names.text(b.given());
        return !x.regionMatches(0, y, 0, Math.min(3, Math.min(x.length(), y.length())));
    }

    /**
     * Full dates of birth that differ beyond a swap, a typo or a year off by one; or, where one date is
     * known only in part, years further apart than one and not one digit apart.
     */
    private boolean birthDatesConflict(PreparedRecord a, PreparedRecord b) {
        if (comparators.compare(Field.DATE_OF_BIRTH, a, b) != BirthDateComparator.DIFFERENT) {
            return false;
        }
        if (a.hasFullDob() && b.hasFullDob()) {
            return true;
        }
        int x = a.birthYear();
        int y = b.birthYear();
        return Math.abs(x - y) > 1 && !BirthDateComparator.oneDigitOff(x, y);
    }

    private boolean sameHome(PreparedRecord a, PreparedRecord b) {
        int address = comparators.compare(Field.ADDRESS, a, b);
        return address == AddressComparator.EXACT || address == AddressComparator.POSTCODE_HOUSE
                || comparators.compare(Field.PHONE, a, b) == PhoneComparator.EXACT
                || comparators.compare(Field.EMAIL, a, b) == EmailComparator.EXACT;
    }
}
