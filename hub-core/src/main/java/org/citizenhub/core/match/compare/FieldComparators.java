package org.citizenhub.core.match.compare;

import org.citizenhub.core.match.prepare.Lexicons;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;

/** One comparator per {@link Field}, in field order; computes the level vector of a pair. */
public final class FieldComparators {

    private final FieldComparator[] comparators;

    public FieldComparators(Lexicons lexicons, CheckScheme idScheme) {
        comparators = new FieldComparator[Field.count()];
        comparators[Field.NATIONAL_ID.ordinal()] = new NationalIdComparator(idScheme);
        comparators[Field.GIVEN_NAME.ordinal()] = new GivenNameComparator(lexicons.names());
        comparators[Field.FAMILY_NAME.ordinal()] = new FamilyNameComparator(lexicons.names());
        comparators[Field.DATE_OF_BIRTH.ordinal()] = new BirthDateComparator();
        comparators[Field.SEX.ordinal()] = new SexComparator();
        comparators[Field.ADDRESS.ordinal()] = new AddressComparator();
        comparators[Field.PHONE.ordinal()] = new PhoneComparator();
        comparators[Field.EMAIL.ordinal()] = new EmailComparator();
    }

    public int compare(Field field, PreparedRecord a, PreparedRecord b) {
        return comparators[field.ordinal()].compare(a, b);
    }

    public int compare(int field, PreparedRecord a, PreparedRecord b) {
        return comparators[field].compare(a, b);
    }

    /** Writes the level of every field into {@code out} from {@code offset}. */
    public void levels(PreparedRecord a, PreparedRecord b, byte[] out, int offset) {
        for (int f = 0; f < comparators.length; f++) {
            out[offset + f] = (byte) comparators[f].compare(a, b);
        }
    }
}
