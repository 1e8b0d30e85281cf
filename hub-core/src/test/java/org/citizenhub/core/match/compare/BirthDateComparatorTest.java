package org.citizenhub.core.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.core.match.TestRecords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthDateComparatorTest {

    private final BirthDateComparator comparator = new BirthDateComparator();

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1985-03-02 | 1985-03-02 | exact
            1985-03-02 | 1985-02-03 | dayMonthSwapped
            1985-03-02 | 1985-03-07 | oneDigitOff
            1985-03-12 | 1985-03-21 | oneDigitOff
            1985-03-02 | 1958-03-02 | oneDigitOff
            1985-03-02 | 1986-03-02 | oneDigitOff
            1979-03-02 | 1980-03-02 | yearOffByOne
            1985-03-02 | 1985       | partial
            1985-03-02 | 1985-03    | partial
            1985       | 1985-07    | partial
            1985       | 1985       | partial
            1985-03-02 | 1985-04    | different
            1985-03-02 | 1991-07-23 | different
            1985-03-02 | 1986       | different
            1985-03-02 | -          | missing
            """)
    void levelOfTwoDates(String a, String b, String level) {
        var x = TestRecords.draft().dob(a).prepared();
        var y = TestRecords.draft().dob(b).prepared();

        assertThat(Field.DATE_OF_BIRTH.level(comparator.compare(x, y))).isEqualTo(level);
        assertThat(Field.DATE_OF_BIRTH.level(comparator.compare(y, x))).isEqualTo(level);
    }
}
