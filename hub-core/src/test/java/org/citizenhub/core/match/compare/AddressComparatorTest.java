package org.citizenhub.core.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.core.match.TestRecords;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressComparatorTest {

    private final AddressComparator comparator = new AddressComparator();

    /** Columns: line A | town A | postcode A | line B | town B | postcode B | level. */
    @ParameterizedTest(name = "{0} / {3}: {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            14 Quarry Lane  | Brindlemoor | AB1 2CD | 14 Quarry Ln                       | -           | ab12cd  | exact
            14 Quarry Lane  | Brindlemoor | AB1 2CD | 14 QUARRY LANE, BRINDLEMOOR, AB1 2CD | -         | -       | exact
            Flat 1, 5 Mill Rd | Dunmere   | DN1 1AA | Flat 2, 5 Mill Road                | Dunmere     | DN1 1AA | postcodeAndHouse
            14 Quarry Lane  | Brindlemoor | AB1 2CD | 14 Quarry Lane                     | Brindlemoor | AB1 2CE | postcodeAndHouse
            14 Quarry Lane  | Brindlemoor | AB1 2CD | 16 Quarry Lane                     | Brindlemoor | AB1 2CD | postcode
            14 Quarry Lane  | Brindlemoor | -       | 16 Quarry Lane                     | Brindlemoor | -       | streetAndTown
            14 Quarry Lane  | Brindlemoor | AB1 2CD | 3 Harbour Road                     | Dunmere     | DN1 1AA | different
            14 Quarry Lane  | Brindlemoor | AB1 2CD | -                                  | -           | -       | missing
            """)
    void levelOfTwoAddresses(String lineA, String townA, String postcodeA, String lineB, String townB, String postcodeB,
                             String level) {
        PreparedRecord x = TestRecords.draft().address(lineA, townA, postcodeA).prepared();
        PreparedRecord y = TestRecords.draft().address(lineB, townB, postcodeB).prepared();

        assertThat(Field.ADDRESS.level(comparator.compare(x, y))).isEqualTo(level);
        assertThat(Field.ADDRESS.level(comparator.compare(y, x))).isEqualTo(level);
    }

    @Test
    void anyOfSeveralAddressesMayAgree() {
        PreparedRecord moved = TestRecords.draft().address("3 Harbour Road", "Dunmere", "DN1 1AA")
                .address("14 Quarry Lane", "Brindlemoor", "AB1 2CD").prepared();
        PreparedRecord old = TestRecords.draft().address("14 Quarry Lane", "Brindlemoor", "AB1 2CD").prepared();

        assertThat(comparator.compare(moved, old)).isEqualTo(AddressComparator.EXACT);
    }
}
