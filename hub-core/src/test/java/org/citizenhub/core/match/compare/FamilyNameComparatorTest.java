package org.citizenhub.core.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.core.match.TestRecords;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FamilyNameComparatorTest {

    private final FamilyNameComparator comparator = new FamilyNameComparator(TestRecords.LEXICONS.names());

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            McDonald     | MacDonald    | exact
            O'Brien      | OBrien       | exact
            O'Brien      | O Brien      | exact
            van der Berg | Vanderberg   | exact
            Müller       | MÃ¼ller      | exact
            Smith-Jones  | Jones        | otherName
            Smith-Jones  | Smith Jones  | exact
            Smith-Jones  | Jones-Brown  | otherName
            van der Berg | Berg         | otherName
            Smith        | Smyth        | phonetic
            Smith        | Schmidt      | phonetic
            Thompson     | Thomson      | jw92
            Kowalczyk    | Kowalcyk     | phonetic
            Okafor       | Okafro       | phonetic
            Ng           | Ny           | different
            Smith        | Jones        | different
            Smith        | -            | missing
            """)
    void levelOfTwoFamilyNames(String a, String b, String level) {
        PreparedRecord x = TestRecords.draft().name("Ann", a).prepared();
        PreparedRecord y = TestRecords.draft().name("Ann", b).prepared();

        assertThat(Field.FAMILY_NAME.level(comparator.compare(x, y))).isEqualTo(level);
        assertThat(Field.FAMILY_NAME.level(comparator.compare(y, x))).isEqualTo(level);
    }

    @Test
    void aMaidenNameAgreesWithTheOtherRecordsFamilyName() {
        PreparedRecord married = TestRecords.draft().name("Grace", "Mbeki").maiden("Jones").prepared();
        PreparedRecord maiden = TestRecords.draft().name("Grace", "Jones").prepared();

        assertThat(comparator.compare(married, maiden)).isEqualTo(FamilyNameComparator.OTHER_NAME);
    }
}
