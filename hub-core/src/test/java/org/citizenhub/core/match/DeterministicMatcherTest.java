package org.citizenhub.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;

class DeterministicMatcherTest {

    private final DeterministicMatcher matcher = new DeterministicMatcher();

    private static SourceRecord person(String source, String id, String given, String family, String dob, String nationalId) {
        return SourceRecord.builder(source, id).name(PersonName.of(given, family))
                .dateOfBirth(dob == null ? null : PartialDate.parse(dob)).nationalId(nationalId).build();
    }

    @Test
    void theSameValidNationalIdMatchesWhateverTheNames() {
        MatchResult result = matcher.compare(person("tax", "1", "Jo", "Bloggs", null, "AB 123456 C"),
                person("health", "9", "Joanne", "Smith", "1980-01-01", "ab123456c"));
        assertThat(result.state()).isEqualTo(LinkState.MATCH);
        assertThat(result.fields()).extracting(FieldComparison::level).containsExactly("exact");
    }

    @Test
    void twoDifferentValidNationalIdsAreTwoPeopleEvenWithTheSameNameAndBirthDate() {
        MatchResult result = matcher.compare(person("tax", "1", "John", "Smith", "1980-01-01", "AB123456C"),
                person("tax", "2", "John", "Smith", "1980-01-01", "ZZ654321A"));
        assertThat(result.state()).isEqualTo(LinkState.NO_MATCH);
    }

    @Test
    void normalisedNameAndFullBirthDateMatchWhenAnIdIsMissingOrAPlaceholder() {
        MatchResult result = matcher.compare(person("tax", "1", "José", "O'Neil", "1975-03-02", "999999999"),
                person("health", "7", "JOSE", "ONEIL", "1975-03-02", null));
        assertThat(result.state()).isEqualTo(LinkState.MATCH);
    }

    @Test
    void aPartialBirthDateIsNotEnough() {
        MatchResult result = matcher.compare(person("tax", "1", "Ann", "Lee", "1975-03", null),
                person("health", "7", "Ann", "Lee", "1975-03", null));
        assertThat(result.state()).isEqualTo(LinkState.NO_MATCH);
        assertThat(matcher.blockingKeys(person("tax", "1", "Ann", "Lee", "1975-03", null))).isEmpty();
    }

    @Test
    void blockingKeysCoverBothRules() {
        assertThat(matcher.blockingKeys(person("tax", "1", "Ann", "Lee", "1975-03-02", "AB123456C")))
                .containsExactly("nid:AB123456C", "nd:ann|lee|1975-03-02");
    }
}
