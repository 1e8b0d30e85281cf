package org.citizenhub.hub.casework;

import java.util.List;
import org.citizenhub.core.normalise.NameParser;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.NameUse;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.SourceRecord;

/**
 * A search as a source record, so that the matcher compares it with stored records like any other. A name
 * is read as "Given Family" or "Family, Given"; a single word is taken as the family name.
 */
final class SearchProbe {

    static final String SOURCE = "search";

    private SearchProbe() {
    }

    static SourceRecord of(SearchRequest request) {
        SourceRecord.Builder probe = SourceRecord.builder(SOURCE, "probe");
        if (request.name() != null) {
            probe.name(name(request.name()));
        }
        probe.dateOfBirth(request.dateOfBirth());
        if (request.postcode() != null) {
            probe.address(Address.current(List.of(), null, request.postcode()));
        }
        probe.nationalId(request.nationalId());
        probe.phone(request.phone());
        probe.email(request.email());
        return probe.build();
    }

    private static PersonName name(String text) {
        String trimmed = text.trim();
        if (!trimmed.contains(",") && !trimmed.contains(" ")) {
            return new PersonName(null, null, List.of(), trimmed, null, NameUse.OFFICIAL);
        }
        return NameParser.parseFull(trimmed, NameParser.Order.AUTO);
    }
}
