package org.citizenhub.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.citizenhub.core.golden.Records.record;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConflictsTest {

    private final GoldenRecordBuilder builder = new GoldenRecordBuilder();

    /** Trusts "trusted" most, so that it wins whatever it holds unless a value may never be preferred. */
    private static final SurvivorshipRules TRUST_FIRST = new SurvivorshipRules(
            List.of("MOST_TRUSTED_SOURCE", "MOST_FREQUENT"), List.of("trusted"), Map.of());

    @ParameterizedTest(name = "{0} -> shown first {1}, conflict {2}")
    @CsvSource({
            // dates of birth, the first from the trusted source | shown first | conflict
            "1980-05-12 1980-05-21,        1980-05-12, true",
            "1980-05 1980-05-12,           1980-05-12, false",
            "1980 1980-05 1980-05-12,      1980-05-12, false",
            "1980-05-12 1980-05-12,        1980-05-12, false",
            "1980 1981-02-03,              1980,       true",
            "1980-05 1980-05-12 1980-05-21, 1980-05-12, true",
    })
    void datesOfBirthConflictOnlyWhenTheyCannotBeTheSameDay(String dates, String shownFirst, boolean conflict) {
        String[] each = dates.split(" ");
        List<SourceRecord> records = IntStream.range(0, each.length)
                .mapToObj(i -> record(i == 0 ? "trusted" : "other" + i, "R" + i, "2024-01-01")
                        .dateOfBirth(PartialDate.parse(each[i])).build())
                .toList();

        FieldValues<PartialDate> dob = builder.build("C1", records, TRUST_FIRST).dateOfBirth();

        assertThat(dob.preferredValue()).hasToString(shownFirst);
        assertThat(dob.conflict()).isEqualTo(conflict);
        assertThat(dob.values()).hasSize((int) Arrays.stream(each).distinct().count());
        if (conflict) {
            assertThat(dob.conflictReason()).matches("sources give \\d different dates of birth");
        } else {
            assertThat(dob.conflictReason()).isNull();
        }
    }

    @Test
    void aNationalIdWrittenTwoWaysIsOneValueWithTwoProvenances() {
        List<SourceRecord> records = List.of(
                record("tax", "T1", "2024-01-01").nationalId("AB 12 34 56 C").build(),
                record("health", "H1", "2024-02-01").nationalId("ab123456c").build());

        FieldValues<String> nationalId = builder.build("C1", records, SurvivorshipRules.defaults()).nationalId();

        assertThat(nationalId.values()).hasSize(1);
        assertThat(nationalId.conflict()).isFalse();
        assertThat(nationalId.preferred().agreeingRecords()).isEqualTo(2);
        assertThat(nationalId.preferred().provenance())
                .extracting(Provenance::sourceId, Provenance::recordId, Provenance::asWritten)
                .containsExactly(tuple("health", "H1", "ab123456c"), tuple("tax", "T1", "AB 12 34 56 C"));
    }

    @Test
    void aPlaceholderNationalIdIsNeverPreferredOverAValidOneAndConflictsWithNothing() {
        List<SourceRecord> records = List.of(
                record("trusted", "T1", "2024-06-01").nationalId("999999999").build(),
                record("trusted", "T2", "2024-06-01").nationalId("999-999-999").build(),
                record("other", "O1", "2024-06-01").nationalId("123456789").build(),
                record("other", "O2", "2020-01-01").nationalId("AB123456C").build());

        FieldValues<String> nationalId = builder.build("C1", records, TRUST_FIRST).nationalId();

        assertThat(nationalId.preferredValue()).isEqualTo("AB123456C");
        assertThat(nationalId.values()).extracting(SourcedValue::value)
                .containsExactly("AB123456C", "999999999", "123456789");
        assertThat(nationalId.conflict()).isFalse();
    }

    @Test
    void twoDifferentValidNationalIdsAreFlagged() {
        List<SourceRecord> records = List.of(
                record("tax", "T1", null).nationalId("AB123456C").build(),
                record("health", "H1", null).nationalId("ZX654321A").build());

        FieldValues<String> nationalId = builder.build("C1", records, SurvivorshipRules.defaults()).nationalId();

        assertThat(nationalId.conflict()).isTrue();
        assertThat(nationalId.conflictReason()).isEqualTo("sources give 2 different valid national ids");
    }

    @Test
    void differentSexesAreFlaggedButUnknownIsNeitherPreferredNorAConflict() {
        List<SourceRecord> unknownFromTrusted = List.of(
                record("trusted", "T1", null).sex(Sex.UNKNOWN).build(),
                record("other", "O1", null).sex(Sex.FEMALE).build());
        List<SourceRecord> disagreeing = List.of(
                record("trusted", "T1", null).sex(Sex.MALE).build(),
                record("other", "O1", null).sex(Sex.FEMALE).build());

        FieldValues<Sex> unknown = builder.build("C1", unknownFromTrusted, TRUST_FIRST).sex();
        FieldValues<Sex> different = builder.build("C1", disagreeing, TRUST_FIRST).sex();

        assertThat(unknown.preferredValue()).isEqualTo(Sex.FEMALE);
        assertThat(unknown.values()).extracting(SourcedValue::value).containsExactly(Sex.FEMALE, Sex.UNKNOWN);
        assertThat(unknown.conflict()).isFalse();
        assertThat(different.preferredValue()).isEqualTo(Sex.MALE);
        assertThat(different.conflictReason()).isEqualTo("sources give 2 different sexes");
    }

    @Test
    void namesWrittenInDifferentCaseAreOneValue() {
        List<SourceRecord> records = List.of(
                record("tax", "T1", "2024-01-01").name(PersonName.of("JOHN", "SMITH")).build(),
                record("health", "H1", "2024-02-01").name(PersonName.of("John", "Smith")).build());

        FieldValues<PersonName> name = builder.build("C1", records, SurvivorshipRules.defaults()).name();

        assertThat(name.values()).hasSize(1);
        assertThat(name.preferred().agreeingRecords()).isEqualTo(2);
        assertThat(name.conflict()).isFalse();
    }
}
