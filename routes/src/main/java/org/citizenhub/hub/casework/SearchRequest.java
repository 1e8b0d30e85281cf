package org.citizenhub.hub.casework;

import org.citizenhub.core.record.PartialDate;

/**
 * A caseworker's search, already checked: any of the fields may be null, at least one is not. {@code page}
 * counts from 1.
 */
public record SearchRequest(String name, PartialDate dateOfBirth, String postcode, String nationalId, String phone,
                            String email, int page, int size) {

    public boolean isEmpty() {
        return name == null && dateOfBirth == null && postcode == null && nationalId == null && phone == null
                && email == null;
    }
}
