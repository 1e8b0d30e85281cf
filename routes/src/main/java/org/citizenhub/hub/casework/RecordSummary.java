package org.citizenhub.hub.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.SourceRecord;

/**
 * What a caseworker needs to recognise a record at a glance: where it comes from, the name, date of birth,
 * postcode and national id as the source holds them, and the citizen it is linked to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordSummary(String source, String recordId, String citizenId, String name, String dateOfBirth,
                            String postcode, String nationalId) {

    public static RecordSummary of(SourceRecord record, String citizenId) {
        String name = record.name().fullName();
        return new RecordSummary(record.key().sourceId(), record.key().recordId(), citizenId,
                name.isEmpty() ? null : name,
                record.dateOfBirth() == null ? null : record.dateOfBirth().toIso(),
                postcode(record), record.nationalId());
    }

    /** The current address's postcode, else the first one known. */
    private static String postcode(SourceRecord record) {
        String first = null;
        for (Address address : record.addresses()) {
            if (address.postcode() == null) {
                continue;
            }
            if (address.use() == Address.AddressUse.CURRENT) {
                return address.postcode();
            }
            first = first == null ? address.postcode() : first;
        }
        return first;
    }
}
