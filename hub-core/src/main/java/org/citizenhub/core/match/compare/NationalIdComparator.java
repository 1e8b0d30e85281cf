package org.citizenhub.core.match.compare;

import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.normalise.NationalIds;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;

/**
 * National ids (valid ones only; an invalid or placeholder id is missing): exact, close (one character
 * off; only where ids carry no check digit, since a check digit turns such a typo into an invalid id),
 * different (strong evidence of two people), generic, missing.
 */
public final class NationalIdComparator implements FieldComparator {

    public static final int EXACT = 0;
    public static final int CLOSE = 1;
    public static final int DIFFERENT = 2;
    public static final int GENERIC = 3;
    public static final int MISSING = 4;

    private final CheckScheme scheme;

    public NationalIdComparator(CheckScheme scheme) {
        this.scheme = scheme;
    }

    @Override
    public int compare(PreparedRecord a, PreparedRecord b) {
        long x = a.nationalId();
        long y = b.nationalId();
        if (x == 0 || y == 0) {
            return a.hadGeneric(PreparedRecord.GENERIC_ID) || b.hadGeneric(PreparedRecord.GENERIC_ID) ? GENERIC : MISSING;
        }
        if (x == y) {
            return EXACT;
        }
        return scheme == CheckScheme.NONE && NationalIds.oneEditApart(x, y) ? CLOSE : DIFFERENT;
    }
}
