package org.citizenhub.core.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.core.match.TestRecords;
import org.citizenhub.core.match.prepare.GenericValues;
import org.citizenhub.core.match.prepare.LongSet;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.match.prepare.RecordPreparer;
import org.citizenhub.core.normalise.NationalIds;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;
import org.citizenhub.core.record.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactComparatorsTest {

    @ParameterizedTest(name = "{0} / {1} ({2}): {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            389 524 463 | 389-524-463 | NONE | exact
            389524463   | 389524464   | NONE | close
            389524463   | 389524464   | LUHN | missing
            389524463   | 440359966   | LUHN | different
            389524463   | 000000000   | NONE | missing
            389524463   | -           | NONE | missing
            """)
    void nationalIds(String a, String b, CheckScheme scheme, String level) {
        RecordPreparer preparer = new RecordPreparer(TestRecords.LEXICONS,
                new org.citizenhub.core.normalise.PhoneNormaliser("GB"), scheme, GenericValues.none());
        PreparedRecord x = preparer.prepare(TestRecords.draft().nationalId(a).build());
        PreparedRecord y = preparer.prepare(TestRecords.draft().nationalId(b).build());

        assertThat(Field.NATIONAL_ID.level(new NationalIdComparator(scheme).compare(x, y))).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            01632 960029  | +44 1632 960029 | exact
            01632 960029  | 07700 900017    | different
            01632 960029  | -               | missing
            """)
    void phones(String a, String b, String level) {
        PreparedRecord x = TestRecords.draft().phone(a).prepared();
        PreparedRecord y = TestRecords.draft().phone(b).prepared();

        assertThat(Field.PHONE.level(new PhoneComparator().compare(x, y))).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Ann@Example.org | ann@example.org  | exact
            ann@example.org | bob@example.org  | different
            ann@example.org | -                | missing
            """)
    void emails(String a, String b, String level) {
        PreparedRecord x = TestRecords.draft().email(a).prepared();
        PreparedRecord y = TestRecords.draft().email(b).prepared();

        assertThat(Field.EMAIL.level(new EmailComparator().compare(x, y))).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            FEMALE | FEMALE  | same
            FEMALE | MALE    | different
            FEMALE | UNKNOWN | missing
            OTHER  | MALE    | missing
            """)
    void sexes(Sex a, Sex b, String level) {
        PreparedRecord x = TestRecords.draft().sex(a).prepared();
        PreparedRecord y = TestRecords.draft().sex(b).prepared();

        assertThat(Field.SEX.level(new SexComparator().compare(x, y))).isEqualTo(level);
    }

    @Test
    void aGenericPhoneIsNoEvidence() {
        long switchboard = new org.citizenhub.core.normalise.PhoneNormaliser("GB").canonical("01632 960000");
        GenericValues generic = new GenericValues(LongSet.empty(), LongSet.of(switchboard), LongSet.empty(), LongSet.empty(),
                LongSet.empty());
        RecordPreparer preparer = TestRecords.PREPARER.withGeneric(generic);
        PreparedRecord x = preparer.prepare(TestRecords.draft().phone("01632 960000").build());
        PreparedRecord y = preparer.prepare(TestRecords.draft().phone("01632 960000").build());

        assertThat(new PhoneComparator().compare(x, y)).isEqualTo(PhoneComparator.GENERIC);
        assertThat(x.phones()).isEmpty();
    }

    @Test
    void packedIdsSurviveTheRoundTrip() {
        assertThat(NationalIds.unpack(TestRecords.draft().nationalId("389 524 463").prepared().nationalId()))
                .isEqualTo("389524463");
    }
}
