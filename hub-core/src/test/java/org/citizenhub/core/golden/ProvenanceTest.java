package org.citizenhub.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.core.golden.Records.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static final List<SourceRecord> RECORDS = List.of(
            record("tax", "T1", "2024-01-01").name(PersonName.of("ANN", "LEE")).dateOfBirth(PartialDate.parse("1980-05"))
                    .sex(Sex.FEMALE).nationalId("AB 12 34 56 C").phone("01632 960029").email("ann@example.org")
                    .address(Address.current(List.of("1 High St"), "Leeds", "LS1 1AA"))
                    .identifier(new Identifier("NHS", "9434765919")).build(),
            record("health", "H1", null).name(PersonName.of("Ann", "Lee")).otherName(PersonName.of("Ann", "Jones"))
                    .dateOfBirth(PartialDate.parse("1980-05-12")).sex(Sex.MALE).nationalId("999999999")
                    .phone("+44 1632 960029").email("ANN@example.org")
                    .address(Address.current(List.of("1 High Street"), "Leeds", "LS1 1AA")).build(),
            record("benefits", "B7", "2023-03-03").name(PersonName.of("Anne", "Lee")).nationalId("ZX654321A")
                    .dateOfBirth(PartialDate.parse("1980-05-21")).build());

    private record Sighting(String field, String sourceId, String recordId, Instant updatedAt, Object value) {
    }

    @Test
    void everyInputValueIsVisibleWithItsSourceRecordAndDate() {
        GoldenRecord golden = new GoldenRecordBuilder().build("C1", RECORDS, SurvivorshipRules.defaults());

        List<Sighting> expected = new ArrayList<>();
        for (SourceRecord r : RECORDS) {
            Map<String, List<?>> fields = Map.of(
                    "name", List.of(r.name()), "otherNames", r.otherNames(),
                    "dateOfBirth", r.dateOfBirth() == null ? List.of() : List.of(r.dateOfBirth()),
                    "sex", List.of(r.sex()), "nationalId", r.nationalId() == null ? List.of() : List.of(r.nationalId()),
                    "identifiers", r.identifiers(), "addresses", r.addresses(), "phones", r.phones(), "emails", r.emails());
            fields.forEach((field, values) -> values.forEach(v -> expected.add(
                    new Sighting(field, r.key().sourceId(), r.key().recordId(), r.updatedAt(), v))));
        }

        assertThat(sightings(golden)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<Sighting> sightings(GoldenRecord golden) {
        List<Sighting> all = new ArrayList<>();
        add(all, "name", golden.name());
        add(all, "otherNames", golden.otherNames());
        add(all, "dateOfBirth", golden.dateOfBirth());
        add(all, "sex", golden.sex());
        add(all, "nationalId", golden.nationalId());
        add(all, "identifiers", golden.identifiers());
        add(all, "addresses", golden.addresses());
        add(all, "phones", golden.phones());
        add(all, "emails", golden.emails());
        return all;
    }

    private static void add(List<Sighting> all, String field, FieldValues<?> values) {
        for (SourcedValue<?> value : values.values()) {
            assertThat(value.agreeingRecords()).isEqualTo(value.provenance().size());
            for (Provenance<?> p : value.provenance()) {
                all.add(new Sighting(field, p.sourceId(), p.recordId(), p.updatedAt(), p.asWritten()));
            }
        }
    }
}
