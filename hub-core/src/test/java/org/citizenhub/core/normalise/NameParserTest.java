package org.citizenhub.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citizenhub.core.normalise.NameParser.Order;
import org.citizenhub.core.record.PersonName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameParserTest {

    /** Columns: input | order | title | given | middle names (space-separated) | family | suffix. */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            SMITH, John Paul              | FAMILY_FIRST | -        | John  | Paul        | SMITH          | -
            SMITH, John                   | FAMILY_FIRST | -        | John  | -           | SMITH          | -
            SMITH JR, Dr John             | FAMILY_FIRST | Dr       | John  | -           | SMITH          | JR
            Smith, John, Jr.              | FAMILY_FIRST | -        | John  | -           | Smith          | Jr.
            SMITH John Paul               | FAMILY_FIRST | -        | John  | Paul        | SMITH          | -
            VAN DYKE Anna Maria           | FAMILY_FIRST | -        | Anna  | Maria       | VAN DYKE       | -
            Mrs SMITH Jane                | FAMILY_FIRST | Mrs      | Jane  | -           | SMITH          | -
            John Paul Smith               | GIVEN_FIRST  | -        | John  | Paul        | Smith          | -
            Dr. John Paul George Smith    | GIVEN_FIRST  | Dr.      | John  | Paul George | Smith          | -
            Rev Dr Jane Doe PhD           | GIVEN_FIRST  | Rev Dr   | Jane  | -           | Doe            | PhD
            John Smith, Jr                | GIVEN_FIRST  | -        | John  | -           | Smith          | Jr
            Robert Smith III              | GIVEN_FIRST  | -        | Robert| -           | Smith          | III
            Ludwig van Beethoven          | GIVEN_FIRST  | -        | Ludwig| -           | van Beethoven  | -
            Maria de la Cruz              | GIVEN_FIRST  | -        | Maria | -           | de la Cruz     | -
            Jean-Luc O'Neil-Smith         | GIVEN_FIRST  | -        | Jean-Luc | -        | O'Neil-Smith   | -
            Smith                         | GIVEN_FIRST  | -        | -     | -           | Smith          | -
            Mr Smith                      | GIVEN_FIRST  | Mr       | -     | -           | Smith          | -
            SMITH, John                   | GIVEN_FIRST  | -        | John  | -           | SMITH          | -
            SMITH, John Paul              | AUTO         | -        | John  | Paul        | SMITH          | -
            John Paul Smith               | AUTO         | -        | John  | Paul        | Smith          | -
            '  John    Smith  '           | AUTO         | -        | John  | -           | Smith          | -
            """)
    void parsesFullNames(String input, Order order, String title, String given, String middle, String family, String suffix) {
        PersonName name = NameParser.parseFull(input, order);

        assertThat(name.title()).isEqualTo(title);
        assertThat(name.given()).isEqualTo(given);
        assertThat(name.middle()).isEqualTo(middle == null ? List.of() : List.of(middle.split(" ")));
        assertThat(name.family()).isEqualTo(family);
        assertThat(name.suffix()).isEqualTo(suffix);
    }

    @Test
    void blankFullNameIsEmpty() {
        assertThat(NameParser.parseFull("  ", Order.AUTO).isEmpty()).isTrue();
        assertThat(NameParser.parseFull(null, Order.GIVEN_FIRST).isEmpty()).isTrue();
    }

    @Test
    void severalForenamesInTheGivenFieldBecomeMiddleNames() {
        PersonName name = NameParser.fromParts(null, "John Paul", List.of("George"), "Smith", null);

        assertThat(name.given()).isEqualTo("John");
        assertThat(name.middle()).containsExactly("Paul", "George");
        assertThat(name.family()).isEqualTo("Smith");
    }

    @Test
    void titlesAndSuffixesAreTakenOffTheGivenAndFamilyFields() {
        PersonName name = NameParser.fromParts(null, "Dr John", List.of(), "Smith Jnr", null);

        assertThat(name.title()).isEqualTo("Dr");
        assertThat(name.given()).isEqualTo("John");
        assertThat(name.family()).isEqualTo("Smith");
        assertThat(name.suffix()).isEqualTo("Jnr");
    }

    @Test
    void aTitleAlreadyGivenIsNotRepeated() {
        PersonName name = NameParser.fromParts("Mr", "Mr John", List.of(), "Smith", null);

        assertThat(name.title()).isEqualTo("Mr");
        assertThat(name.given()).isEqualTo("John");
    }

    @Test
    void aNameThatIsOnlyATitleWordIsKept() {
        // A family name spelt like a title is still the family name when nothing else is left.
        PersonName name = NameParser.fromParts(null, "Anna", List.of(), "Major", null);
        PersonName onlyFamily = NameParser.fromParts(null, null, List.of(), "Miss", null);

        assertThat(name.family()).isEqualTo("Major");
        assertThat(onlyFamily.family()).isEqualTo("Miss");
        assertThat(onlyFamily.title()).isNull();
    }

    @Test
    void aTitleAloneInTheGivenFieldIsATitleWhenThereIsAFamilyName() {
        PersonName name = NameParser.fromParts(null, "Mrs", List.of(), "Smith", null);

        assertThat(name.title()).isEqualTo("Mrs");
        assertThat(name.given()).isNull();
        assertThat(name.family()).isEqualTo("Smith");
    }
}
