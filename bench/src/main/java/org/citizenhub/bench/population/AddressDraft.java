package org.citizenhub.bench.population;

import java.util.ArrayList;
import java.util.List;

/**
 * An address as one agency holds it, after its defects: the street may carry a typo, the postcode a
 * wrong character, the street type may be abbreviated. Formats lay it out in lines or in one line.
 */
record AddressDraft(String flat, String number, String street, String streetType, String town, String postcode) {

    static AddressDraft of(Dwelling d, boolean abbreviated) {
        return new AddressDraft(d.flat(), d.number(), d.streetName(), abbreviated ? d.streetTypeShort() : d.streetType(),
                d.town(), d.postcode());
    }

    AddressDraft withStreet(String value) {
        return new AddressDraft(flat, number, value, streetType, town, postcode);
    }

    AddressDraft withPostcode(String value) {
        return new AddressDraft(flat, number, street, streetType, town, value);
    }

    String streetLine() {
        return number + " " + street + " " + streetType;
    }

    /** "Flat 3" and "12 Mill Road", or just the street line. */
    List<String> lines() {
        List<String> lines = new ArrayList<>(2);
        if (flat != null) {
            lines.add(flat);
        }
        lines.add(streetLine());
        return lines;
    }

    /** "Flat 3, 12 Mill Road, Kingsbridge, KB4 3QT". */
    String oneLine(boolean withTownAndPostcode) {
        List<String> parts = new ArrayList<>(lines());
        if (withTownAndPostcode) {
            parts.add(town);
            parts.add(postcode);
        }
        return String.join(", ", parts);
    }
}
