package org.citizenhub.core.normalise;

/**
 * An address in comparable parts, each folded, any of them null when unknown: flat (or unit), house
 * number (or house name), street with its type spelled out ("mill road"), town, and postcode in
 * canonical form (upper case, no spaces).
 */
public record ParsedAddress(String flat, String house, String street, String town, String postcode) {

    public boolean isEmpty() {
        return flat == null && house == null && street == null && town == null && postcode == null;
    }
}
