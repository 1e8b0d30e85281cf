package org.citizenhub.core.match.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.citizenhub.core.match.TestRecords;
import org.citizenhub.core.normalise.PhoneNormaliser;
import org.junit.jupiter.api.Test;

class GenericValueDetectorTest {

    private static final String[] GIVEN = {"Ann", "Bob", "Cai", "Dee", "Eve", "Fay", "Gus", "Hal", "Ida", "Jon", "Kit", "Lev"};
    private static final String[] FAMILY = {"Okafor", "Smith", "Haddad", "Quayle", "Brennick", "Lindqvist"};

    @Test
    void aPhoneSharedByManyDifferentPeopleIsGeneric() {
        List<PreparedRecord> records = new ArrayList<>();
        for (int i = 0; i < 12; i++) { // a care home switchboard
            records.add(TestRecords.draft().name(GIVEN[i], FAMILY[i % 6]).dob((1930 + i) + "-02-03")
                    .phone("01632 960000").prepared());
        }
        for (int i = 0; i < 4; i++) { // one household's phone
            records.add(TestRecords.draft().name(GIVEN[i], "Whitlock").dob((1970 + i * 5) + "-02-03")
                    .phone("01632 960111").prepared());
        }
        for (int i = 0; i < 10; i++) { // one person registered ten times
            records.add(TestRecords.draft().name("Zoe", "Whitlock").dob("2001-06-18").phone("07700 900119").prepared());
        }

        GenericValues generic = new GenericValueDetector(GenericValueDetector.Bounds.standard()).detect(records);

        PhoneNormaliser phones = new PhoneNormaliser("GB");
        assertThat(generic.phones().contains(phones.canonical("01632 960000"))).isTrue();
        assertThat(generic.phones().contains(phones.canonical("01632 960111"))).isFalse();
        assertThat(generic.phones().contains(phones.canonical("07700 900119"))).isFalse();
        assertThat(generic.phones().size()).isEqualTo(1);
    }

    @Test
    void aPlaceholderDateOfBirthIsGeneric() {
        List<PreparedRecord> records = new ArrayList<>();
        for (int i = 0; i < 400; i++) { // 40 different people on the placeholder date, the others spread out
            records.add(TestRecords.draft().name(GIVEN[i % 12], FAMILY[i / 12 % 6])
                    .dob(i < 40 ? "1900-01-01" : (1940 + i % 60) + "-0" + (1 + i % 9) + "-1" + (i % 9)).prepared());
        }

        GenericValues generic = new GenericValueDetector(GenericValueDetector.Bounds.standard()).detect(records);

        assertThat(generic.birthDates().toArray()).containsExactly(19000101L);
        PreparedRecord placeholder = RecordPreparer.withoutGeneric(records.get(0), generic);
        assertThat(placeholder.dob()).isZero();
        assertThat(placeholder.hadGeneric(PreparedRecord.GENERIC_DOB)).isTrue();
    }

    @Test
    void anIdSharedByFourPeopleIsAPlaceholder() {
        List<PreparedRecord> records = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            records.add(TestRecords.draft().name(GIVEN[i], FAMILY[i]).dob((1950 + i) + "-01-01").nationalId("AB123456C")
                    .prepared());
        }
        records.add(TestRecords.draft().name("Ann", "Okafor").nationalId("XY654321A").prepared());

        GenericValues generic = new GenericValueDetector(GenericValueDetector.Bounds.standard()).detect(records);

        assertThat(generic.nationalIds().size()).isEqualTo(1);
        assertThat(RecordPreparer.withoutGeneric(records.get(0), generic).nationalId()).isZero();
    }
}
