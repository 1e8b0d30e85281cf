package org.citizenhub.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citizenhub.core.record.Address;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressParserTest {

    /** Columns: lines (separated by "~") | town | postcode | flat | house | street | town | postcode. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            14 Quarry Lane                                    | Brindlemoor | 4821     | -  | 14   | quarry lane        | brindlemoor | 4821
            Flat 5, 53 Chapel Walk, Elmstead Cross, AB1 2CD   | -           | -        | 5  | 53   | chapel walk        | elmstead cross | AB12CD
            53 Chapel Walk~Flat 5                             | Elmstead    | -        | 5  | 53   | chapel walk        | elmstead    | -
            5/53 Chapel Wk                                    | -           | ab1 2cd  | 5  | 53   | chapel walk        | -           | AB12CD
            12a Mill Rd                                       | Dunmere     | -        | -  | 12a  | mill road          | dunmere     | -
            12-14 St John's Ave                               | -           | -        | -  | 12   | saint johns avenue | -           | -
            7 High St, Carrow Bay 5310                        | -           | -        | -  | 7    | high street        | carrow bay  | 5310
            Rose Cottage, Mill Ln                             | Dunmere     | -        | -  | rose cottage | mill lane  | dunmere     | -
            Harbour Road                                      | Dunmere     | -        | -  | -    | harbour road       | dunmere     | -
            """)
    void parsesLinesIntoParts(String lines, String town, String postcode, String flat, String house, String street,
                              String parsedTown, String parsedPostcode) {
        ParsedAddress parsed = AddressParser.parse(Address.current(List.of(lines.split("~")), town, postcode));

        assertThat(parsed).isEqualTo(new ParsedAddress(flat, house, street, parsedTown, parsedPostcode));
    }
}
