package org.citizenhub.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.citizenhub.core.golden.Records.record;

import java.time.LocalDate;
import java.util.List;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Address.AddressUse;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.NameUse;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;

class MultiValuedFieldsTest {

    private final GoldenRecordBuilder builder = new GoldenRecordBuilder();

    private static Address address(String line, String postcode, AddressUse use) {
        return new Address(List.of(line), "Leeds", postcode, use, null, use == AddressUse.PAST ? LocalDate.of(2020, 1, 1) : null);
    }

    @Test
    void theCurrentAddressOfTheMostRecentRecordComesFirstAndPastOnesLast() {
        List<SourceRecord> records = List.of(
                record("tax", "T1", "2022-01-01").address(address("1 Old Road", "LS1 1AA", AddressUse.CURRENT)).build(),
                record("health", "H1", "2024-01-01").address(address("9 New Street", "LS2 2BB", AddressUse.CURRENT))
                        .address(address("1 Old Road", "LS1 1AA", AddressUse.PAST)).build(),
                record("benefits", "B1", "2023-01-01").address(address("5 Mid Lane", "LS3 3CC", AddressUse.PAST)).build());

        FieldValues<Address> addresses = builder.build("C1", records, SurvivorshipRules.defaults()).addresses();

        // "1 Old Road": the newest record (health) calls it past, so it ranks with the past addresses.
        assertThat(addresses.values()).extracting(v -> v.value().lines().get(0), v -> v.value().use())
                .containsExactly(
                        tuple("9 New Street", AddressUse.CURRENT),
                        tuple("1 Old Road", AddressUse.PAST),
                        tuple("5 Mid Lane", AddressUse.PAST));
        assertThat(addresses.values().get(1).agreeingRecords()).isEqualTo(2);
    }

    @Test
    void phonesAndEmailsWrittenDifferentlyAreOneValueAndUnusableOnesComeLast() {
        List<SourceRecord> records = List.of(
                record("tax", "T1", "2024-05-01").phone("000").phone("01632 960029").email("Ann.Lee@Example.org").build(),
                record("health", "H1", "2024-01-01").phone("+44 1632 960029").phone("01632 960111")
                        .email("mailto:ann.lee@example.org").email("not an email").build());

        GoldenRecord golden = builder.build("C1", records, SurvivorshipRules.defaults());

        assertThat(golden.phones().values()).extracting(SourcedValue::value, SourcedValue::agreeingRecords)
                .containsExactly(
                        tuple("01632 960029", 2),
                        tuple("01632 960111", 1),
                        tuple("000", 1));
        assertThat(golden.emails().values()).extracting(SourcedValue::value)
                .containsExactly("Ann.Lee@Example.org", "not an email");
    }

    @Test
    void everyDistinctIdentifierAndOtherNameIsKept() {
        List<SourceRecord> records = List.of(
                record("tax", "T1", "2024-01-01").identifier(new Identifier("NHS", "943 476 5919"))
                        .otherName(PersonName.of("Ann", "Jones").withUse(NameUse.MAIDEN)).build(),
                record("health", "H1", "2023-01-01").identifier(new Identifier("nhs", "9434765919"))
                        .identifier(new Identifier("passport", "P1234567"))
                        .otherName(PersonName.of("Annie", "Lee").withUse(NameUse.ALIAS)).build());

        GoldenRecord golden = builder.build("C1", records, SurvivorshipRules.defaults());

        assertThat(golden.identifiers().values()).extracting(v -> v.value().system(), SourcedValue::agreeingRecords)
                .containsExactly(
                        tuple("NHS", 2),
                        tuple("passport", 1));
        assertThat(golden.otherNames().values()).extracting(v -> v.value().family())
                .containsExactly("Jones", "Lee");
    }
}
