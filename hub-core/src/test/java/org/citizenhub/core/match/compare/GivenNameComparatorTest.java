package org.citizenhub.core.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.core.match.TestRecords;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name pairs and the level they reach, in the manner of HAPI FHIR's StringMatcherR4Test. */
class GivenNameComparatorTest {

    private final GivenNameComparator comparator = new GivenNameComparator(TestRecords.LEXICONS.names());

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            José      | Jose      | exact
            José      | JosÃ©     | exact
            Jose      | Jos?      | exact
            JOSÉ      | jos?      | exact
            William   | Bill      | alias
            William   | Liam      | alias
            Bill      | Liam      | alias
            Stephen   | Steven    | alias
            Mohammed  | Muhammad  | alias
            Catherine | Kathryn   | alias
            Jon       | John      | alias
            Geoff     | Jeff      | alias
            Jhon      | John      | phonetic
            Sarah     | Sara      | alias
            Aleksandr | Alexsandr | phonetic
            Marianne  | Marianna  | phonetic
            Annr      | Anne      | jw85
            Freya     | Frwya     | phonetic
            Any       | Amy       | jw85
            J         | John      | initial
            J.        | Jane      | initial
            J         | Mary      | different
            Mary      | Susan     | different
            John      | -         | missing
            """)
    void levelOfTwoGivenNames(String a, String b, String level) {
        PreparedRecord x = TestRecords.draft().name(a, "Okafor").prepared();
        PreparedRecord y = TestRecords.draft().name(b, "Okafor").prepared();

        assertThat(Field.GIVEN_NAME.level(comparator.compare(x, y))).isEqualTo(level);
        assertThat(Field.GIVEN_NAME.level(comparator.compare(y, x))).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} {1} / {2} {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Smith  | John   | John   | Smith  | exact
            Smyth  | John   | Jon    | Smith  | phonetic
            Thomas | Edward | Edward | Thomas | exact
            """)
    void givenAndFamilySwappedAgree(String givenA, String familyA, String givenB, String familyB, String level) {
        PreparedRecord x = TestRecords.draft().name(givenA, familyA).prepared();
        PreparedRecord y = TestRecords.draft().name(givenB, familyB).prepared();

        assertThat(Field.GIVEN_NAME.level(comparator.compare(x, y))).isEqualTo(level);
    }

    @org.junit.jupiter.api.Test
    void aMiddleNameUsedAsTheFirstNameIsAnAlias() {
        PreparedRecord full = TestRecords.draft().name("Thomas Edward", "Hargreave").prepared();
        PreparedRecord known = TestRecords.draft().name("Edward", "Hargreave").prepared();

        assertThat(comparator.compare(full, known)).isEqualTo(GivenNameComparator.ALIAS);
    }

    @org.junit.jupiter.api.Test
    void sharingOnlyAMiddleNameIsNoAlias() {
        PreparedRecord oliver = TestRecords.draft().name("Oliver James", "Saxon").prepared();
        PreparedRecord john = TestRecords.draft().name("John James", "Saxon").prepared();

        assertThat(comparator.compare(oliver, john)).isEqualTo(GivenNameComparator.DIFFERENT);
    }
}
