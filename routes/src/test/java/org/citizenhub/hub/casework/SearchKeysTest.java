package org.citizenhub.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;

/** Search keys: each field on its own, names by sound and nickname, so partial and misspelt input finds records. */
class SearchKeysTest {

    private final SearchKeys keys = new SearchKeys("GB");

    @Test
    void aNicknameAndItsFullNameShareAKey() {
        assertThat(shared(name("Bill", "Hartley"), name("William", "Hartley"))).anyMatch(k -> k.startsWith("gn:"));
    }

    @Test
    void aMisspeltFamilyNameSharesItsSoundKey() {
        assertThat(shared(name(null, "Smyth"), name(null, "Smith"))).anyMatch(k -> k.startsWith("fp:"));
        assertThat(shared(name(null, "Kowalsky"), name(null, "Kowalski"))).anyMatch(k -> k.startsWith("fp:"));
    }

    @Test
    void eachPartOfADoubleBarrelledNameIsAKeyToo() {
        assertThat(shared(name(null, "Smith-Jones"), name(null, "Jones"))).isNotEmpty();
    }

    @Test
    void identifiersAndContactsAreKeyedInCanonicalForm() {
        SourceRecord written = SourceRecord.builder("a", "1")
                .dateOfBirth(PartialDate.parse("1980-01-02"))
                .nationalId("ab 12 34 56 c")
                .address(Address.current(List.of("1 High St"), "Leeds", "ls2 7ab"))
                .phone("01632 960029")
                .email("Ann.Lee@Example.org")
                .build();
        SourceRecord typed = SourceRecord.builder("b", "1")
                .dateOfBirth(PartialDate.parse("1980-01-02"))
                .nationalId("AB123456C")
                .address(Address.current(List.of(), null, "LS27AB"))
                .phone("+44 1632 960029")
                .email("ann.lee@example.org")
                .build();

        assertThat(shared(written, typed)).extracting(k -> k.substring(0, 3))
                .containsExactlyInAnyOrder("dob", "ni:", "pc:", "ph:", "em:");
    }

    @Test
    void namesArePairedWithEachOtherAndWithTheDateOfBirthAndPostcode() {
        SourceRecord stored = SourceRecord.builder("a", "1").name(PersonName.of("William", "Hartley"))
                .dateOfBirth(PartialDate.parse("1980-01-02")).address(Address.current(List.of(), null, "LS2 7AB")).build();
        SourceRecord typed = SourceRecord.builder("b", "1").name(PersonName.of("Bill", "Hartly"))
                .dateOfBirth(PartialDate.parse("1980-01-02")).address(Address.current(List.of(), null, "ls27ab")).build();

        assertThat(shared(stored, typed)).extracting(k -> k.substring(0, 3)).contains("fg:", "fd:", "gd:", "fc:");
    }

    @Test
    void aTypoThatChangesTheFamilyNamesSoundStillSharesTheGivenNameAndDateOfBirthPair() {
        SourceRecord stored = SourceRecord.builder("a", "1").name(PersonName.of("Anna", "Kowalski"))
                .dateOfBirth(PartialDate.parse("1980-01-02")).build();
        SourceRecord typed = SourceRecord.builder("b", "1").name(PersonName.of("Anna", "Howalski"))
                .dateOfBirth(PartialDate.parse("1980-01-02")).build();

        assertThat(shared(stored, typed)).anyMatch(k -> k.startsWith("gd:")).noneMatch(k -> k.startsWith("fd:"));
    }

    @Test
    void identifiersComeBeforePairsAndPairsBeforeSingleNames() {
        List<String> keys = new java.util.ArrayList<>(List.of("fp:1", "dob:1980-01-02", "fd:1|1980", "ni:AB123456C"));

        keys.sort(SearchKeys.MOST_SELECTIVE_FIRST);

        assertThat(keys).containsExactly("ni:AB123456C", "fd:1|1980", "dob:1980-01-02", "fp:1");
    }

    @Test
    void differentPeopleShareNoKey() {
        assertThat(shared(name("Ann", "Lee"), name("Bob", "Ray"))).isEmpty();
    }

    @Test
    void aVeryLongEmailIsStoredAsAHashThatFitsTheColumn() {
        SourceRecord record = SourceRecord.builder("a", "1").email("x".repeat(200) + "@example.org").build();

        assertThat(keys.of(record)).singleElement().satisfies(k -> {
            assertThat(k).startsWith("em:sha256:");
            assertThat(k.length()).isLessThanOrEqualTo(SearchKeys.MAX_KEY_LENGTH);
        });
    }

    private Set<String> shared(SourceRecord a, SourceRecord b) {
        Set<String> common = new java.util.HashSet<>(keys.of(a));
        common.retainAll(keys.of(b));
        return common;
    }

    private static SourceRecord name(String given, String family) {
        return SourceRecord.builder("s", given + family).name(PersonName.of(given, family)).build();
    }
}
