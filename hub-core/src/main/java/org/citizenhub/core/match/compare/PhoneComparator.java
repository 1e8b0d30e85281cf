package org.citizenhub.core.match.compare;

import org.citizenhub.core.match.prepare.PreparedRecord;

/** Phones (E.164): exact when any number of one is a number of the other, different, generic, missing. */
public final class PhoneComparator implements FieldComparator {

    public static final int EXACT = 0;
    public static final int DIFFERENT = 1;
    public static final int GENERIC = 2;
    public static final int MISSING = 3;

    @Override
    public int compare(PreparedRecord a, PreparedRecord b) {
        return ValueLists.compare(a.phones(), b.phones(),
                a.hadGeneric(PreparedRecord.GENERIC_PHONE) || b.hadGeneric(PreparedRecord.GENERIC_PHONE));
    }
}
