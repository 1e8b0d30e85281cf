package org.citizenhub.core.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A postal address as the source holds it. {@code lines} are the street lines (a one-line address
 * is a single line); {@code from} and {@code to} are the dates the person lived there, when known.
 */
public record Address(List<String> lines, String town, String postcode, AddressUse use, LocalDate from, LocalDate to) {

    public enum AddressUse { CURRENT, PAST }

    public Address {
        lines = lines == null ? List.of() : List.copyOf(lines);
        use = use == null ? AddressUse.CURRENT : use;
    }

    public static Address current(List<String> lines, String town, String postcode) {
        return new Address(lines, town, postcode, AddressUse.CURRENT, null, null);
    }

    public boolean isEmpty() {
        return lines.isEmpty() && (town == null || town.isBlank()) && (postcode == null || postcode.isBlank());
    }
}
