package org.citizenhub.connectors.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonPathTest {

    private static final JsonNode DOC = Mappings.json("""
            {"id": "p-1", "active": true, "age": 44, "nothing": null, "Upper": "u",
             "field with space": "s", "a.b": "dotted",
             "identifier": [{"system": "urn:x", "value": "X1"}, {"system": "urn:y", "value": "Y1"},
                            {"system": "urn:x", "value": "X2", "period": {"end": "2020"}}],
             "name": [{"given": ["John", "Paul"], "family": "Smith", "rank": 1},
                      {"given": ["Jack"], "family": "Smith", "rank": 2, "use": "nickname"}],
             "nested": {"deep": {"deeper": "d"}}}
            """);

    /** Columns: path | the selected values, joined by "," (objects and arrays as JSON). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            $.id                                            | p-1
            $.nested.deep.deeper                            | d
            $['nested']['deep']["deeper"]                   | d
            $['field with space']                           | s
            $['a.b']                                        | dotted
            $.upper                                         | u
            $.ID                                            | p-1
            $.missing                                       | ``
            $.nothing                                       | ``
            $.identifier[0].value                           | X1
            $.identifier[-1].value                          | X2
            $.identifier[5].value                           | ``
            $.identifier[*].value                           | X1,Y1,X2
            $.identifier.value                              | X1,Y1,X2
            $.name[*].given                                 | ["John","Paul"],["Jack"]
            $.name[*].given[*]                              | John,Paul,Jack
            $.name[0].given[1]                              | Paul
            $.identifier[?(@.system=='urn:x')].value        | X1,X2
            $.identifier[?(@.system == "urn:y")].value      | Y1
            $.identifier[?(@.system != 'urn:x')].value      | Y1
            $.identifier[?(@.period)].value                 | X2
            $.identifier[?(@.period.end == '2020')].value   | X2
            $.name[?(@.rank > 1)].given[0]                  | Jack
            $.name[?(@.rank <= 1 && @.family == 'Smith')].given[0] | John
            $.name[?(@.use != 'nickname')].family           | Smith
            $.nested[?(@.deep)].deep.deeper                 | d
            $.nested.*                                      | {"deeper":"d"}
            $.active                                        | true
            $.age                                           | 44
            $[?(@.age >= 44)].id                            | p-1
            """)
    void selects(String path, String expected) {
        List<JsonNode> selected = JsonPath.compile(path).select(DOC);

        String joined = String.join(",", selected.stream().map(n -> n.isValueNode() ? n.asText() : n.toString()).toList());
        assertThat(joined).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            id                                  | a JSON path starts with '$'
            $..id                               | recursive descent '..' is not supported
            $.identifier[?(@.system=='urn:x'].value | expected ')' but found ']'
            $.identifier[?(@.system='urn:x')]   | use '==' to compare
            $.identifier[                       | expected an index, '*', a quoted name or a filter
            $.identifier[0                      | missing ']' at the end
            $.a[?(@.b == bogus)]                | expected a quoted string, a number, true, false or null
            $['unterminated]                    | unterminated quoted name
            `$.a[?(@.b || @.c)]`                | `'||' is not supported`
            $.                                  | expected a field name after '.'
            $x                                  | expected '.' or '[' but found 'x'
            """)
    void rejectsBadPathsWithTheReason(String path, String reason) {
        assertThatThrownBy(() -> JsonPath.compile(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid JSON path '" + path.trim() + "': ")
                .hasMessageContaining(reason);
    }

    @Test
    void columnsMatchIgnoringCaseSpacesPunctuationAndAByteOrderMark() {
        JsonNode row = Mappings.json("{\"\\uFEFFClient No\": \"C1\", \"Date of Birth\": \"1980\", \"date_of_birth\": \"exact\"}");

        assertThat(JsonPath.column("CLIENT_NO").first(row).asText()).isEqualTo("C1");
        assertThat(JsonPath.column("DATE OF BIRTH").first(row).asText()).as("ignoring case").isEqualTo("1980");
        assertThat(JsonPath.column("date_of_birth").first(row).asText()).as("exact first").isEqualTo("exact");
        assertThat(JsonPath.column("DateOfBirth").first(row).asText()).isEqualTo("1980");
        assertThat(JsonPath.column("---").first(row)).isNull();
    }

    @Test
    void aColumnIsOneFieldWithDotsAndAll() {
        assertThat(JsonPath.column("a.b").first(DOC).asText()).isEqualTo("dotted");
        assertThat(JsonPath.columnOrPath("$.id").first(DOC).asText()).isEqualTo("p-1");
        assertThat(JsonPath.columnOrPath("ID").first(DOC).asText()).isEqualTo("p-1");
        assertThat(JsonPath.column("missing").first(DOC)).isNull();
    }
}
