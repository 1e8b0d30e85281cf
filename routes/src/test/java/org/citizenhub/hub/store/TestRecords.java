package org.citizenhub.hub.store;

import java.time.Instant;
import java.util.List;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.NameUse;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.core.record.Sex;

/** Made-up people for store tests. */
final class TestRecords {

    private TestRecords() {
    }

    static SourceRecord person(String source, String recordId, String nationalId, String given, String family, String dob) {
        return SourceRecord.builder(source, recordId)
                .name(PersonName.of(given, family))
                .nationalId(nationalId)
                .dateOfBirth(dob == null ? null : PartialDate.parse(dob))
                .sex(Sex.FEMALE)
                .rawPayload("{\"id\":\"" + recordId + "\"}")
                .build();
    }

    /** A record with every field set, to prove the canonical JSON keeps them all. */
    static SourceRecord full() {
        return SourceRecord.builder("tax", "T-1")
                .name(new PersonName("Dr", "Ann", List.of("Marie", "Jo"), "O'Neil-Smith", "Jr", NameUse.OFFICIAL))
                .otherName(new PersonName(null, "Annie", List.of(), "Smith", null, NameUse.MAIDEN))
                .dateOfBirth(PartialDate.ofYearMonth(1980, 5))
                .sex(Sex.FEMALE)
                .nationalId("AB123456C")
                .identifier(new Identifier("urn:health", "H-99"))
                .address(new Address(List.of("1 High St", "Flat 2"), "Springfield", "SP1 2AB", Address.AddressUse.PAST,
                        java.time.LocalDate.of(2001, 2, 3), java.time.LocalDate.of(2010, 4, 5)))
                .address(Address.current(List.of("9 Low Rd"), "Shelbyville", null))
                .phone("+44 20 7946 0000")
                .email("ann@example.org")
                .createdAt(Instant.parse("2020-01-02T03:04:05Z"))
                .updatedAt(Instant.parse("2024-06-07T08:09:10.123Z"))
                .rawPayload("{\"native\":true}")
                .build();
    }
}
