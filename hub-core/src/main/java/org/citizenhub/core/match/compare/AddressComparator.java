package org.citizenhub.core.match.compare;

import static org.citizenhub.core.match.prepare.PreparedRecord.FLAT;
import static org.citizenhub.core.match.prepare.PreparedRecord.HOUSE;
import static org.citizenhub.core.match.prepare.PreparedRecord.POSTCODE;
import static org.citizenhub.core.match.prepare.PreparedRecord.STREET;
import static org.citizenhub.core.match.prepare.PreparedRecord.TOWN;

import org.citizenhub.core.match.prepare.Lexicon;
import org.citizenhub.core.match.prepare.PreparedRecord;

/**
 * Addresses, the best agreement over every current and past address of both records: exact (same
 * dwelling), same postcode and house number (or same street, house and town with a postcode typo),
 * same postcode, same street and town, different, generic (a dwelling shared by many people), missing.
 */
public final class AddressComparator implements FieldComparator {

    public static final int EXACT = 0;
    public static final int POSTCODE_HOUSE = 1;
    public static final int POSTCODE_ONLY = 2;
    public static final int STREET_TOWN = 3;
    public static final int DIFFERENT = 4;
    public static final int GENERIC = 5;
    public static final int MISSING = 6;

    private static final int NONE = Lexicon.NONE;

    @Override
    public int compare(PreparedRecord a, PreparedRecord b) {
        int na = a.addressCount();
        int nb = b.addressCount();
        if (na == 0 || nb == 0) {
            boolean generic = a.hadGeneric(PreparedRecord.GENERIC_ADDRESS) || b.hadGeneric(PreparedRecord.GENERIC_ADDRESS);
            return generic ? GENERIC : MISSING;
        }
        int best = DIFFERENT;
        for (int i = 0; i < na && best > EXACT; i++) {
            for (int j = 0; j < nb && best > EXACT; j++) {
                best = Math.min(best, compareOne(a, i, b, j));
            }
        }
        return best;
    }

    private static int compareOne(PreparedRecord a, int i, PreparedRecord b, int j) {
        int postcodeA = a.address(i, POSTCODE);
        int postcodeB = b.address(j, POSTCODE);
        boolean samePostcode = postcodeA != NONE && postcodeA == postcodeB;
        boolean sameHouse = same(a.address(i, HOUSE), b.address(j, HOUSE));
        int streetA = a.address(i, STREET);
        int streetB = b.address(j, STREET);
        boolean sameStreet = same(streetA, streetB);
        boolean streetAgrees = streetA == NONE || streetB == NONE || sameStreet;
        int flatA = a.address(i, FLAT);
        int flatB = b.address(j, FLAT);
        boolean flatAgrees = flatA == NONE || flatB == NONE || flatA == flatB;
        if (samePostcode && sameHouse) {
            return streetAgrees && flatAgrees ? EXACT : POSTCODE_HOUSE;
        }
        boolean sameTown = same(a.address(i, TOWN), b.address(j, TOWN));
        if (sameStreet && sameHouse && sameTown) {
            boolean postcodeUnknown = postcodeA == NONE || postcodeB == NONE;
            return postcodeUnknown && flatAgrees ? EXACT : POSTCODE_HOUSE;
        }
        if (samePostcode) {
            return POSTCODE_ONLY;
        }
        return sameStreet && sameTown ? STREET_TOWN : DIFFERENT;
    }

    private static boolean same(int x, int y) {
        return x != NONE && x == y;
    }
}
