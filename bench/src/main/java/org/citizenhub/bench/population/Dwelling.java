package org.citizenhub.bench.population;

/**
 * One postal address of the synthetic nation. {@code flat} is null for a whole house. {@code landline} is
 * the household's fixed line, or null. Street type comes in full ("Road") and abbreviated ("Rd") forms.
 */
public record Dwelling(int id, String flat, String number, String streetName, String streetType, String streetTypeShort,
        String town, String postcode, String landline) {

    /** "12 Mill Road" (full street type) or "12 Mill Rd". */
    public String streetLine(boolean abbreviated) {
        return number + " " + streetName + " " + (abbreviated ? streetTypeShort : streetType);
    }

    public Dwelling withLandline(String phone) {
        return new Dwelling(id, flat, number, streetName, streetType, streetTypeShort, town, postcode, phone);
    }
}
