package org.citizenhub.core.match.compare;

/** Level of two lists of exact values (phones, emails): 0 exact, 1 different, 2 generic, 3 missing. */
final class ValueLists {

    private ValueLists() {
    }

    static int compare(long[] a, long[] b, boolean hadGeneric) {
        if (a.length == 0 || b.length == 0) {
            return hadGeneric ? 2 : 3;
        }
        for (long x : a) {
            for (long y : b) {
                if (x == y) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
