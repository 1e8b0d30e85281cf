package org.citizenhub.core.match.compare;

import org.citizenhub.core.match.prepare.PreparedRecord;

/** Emails (folded): exact when any address of one is an address of the other, different, generic, missing. */
public final class EmailComparator implements FieldComparator {

    public static final int EXACT = 0;
    public static final int DIFFERENT = 1;
    public static final int GENERIC = 2;
    public static final int MISSING = 3;

    @Override
    public int compare(PreparedRecord a, PreparedRecord b) {
        return ValueLists.compare(a.emails(), b.emails(),
                a.hadGeneric(PreparedRecord.GENERIC_EMAIL) || b.hadGeneric(PreparedRecord.GENERIC_EMAIL));
    }
}
