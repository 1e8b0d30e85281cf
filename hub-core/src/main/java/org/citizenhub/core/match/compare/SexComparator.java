package org.citizenhub.core.match.compare;

import org.citizenhub.core.match.prepare.PreparedRecord;

/** Sex: same, different, missing (unknown or other on either side). */
public final class SexComparator implements FieldComparator {

    public static final int SAME = 0;
    public static final int DIFFERENT = 1;
    public static final int MISSING = 2;

    @Override
    public int compare(PreparedRecord a, PreparedRecord b) {
        if (a.sex() == 0 || b.sex() == 0) {
            return MISSING;
        }
        return a.sex() == b.sex() ? SAME : DIFFERENT;
    }
}
