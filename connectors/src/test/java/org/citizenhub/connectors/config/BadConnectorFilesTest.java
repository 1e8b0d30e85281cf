package org.citizenhub.connectors.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One fixture per validation error, each asserted by its whole message: file, key path, line and reason. */
class BadConnectorFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            bad-address-each.yml | `connectors[0].mapping.addresses[0].each (line 8): must be a JSON path starting with $, e.g. $.address[*]`
            bad-cursor-paging.yml | `connectors[0].rest.paging.nextCursorPath (line 6): missing required key; cursor paging needs the JSON path of the next cursor in a page`
            bad-date-format-letter.yml | `connectors[0].mapping.dateOfBirth.dateFormats[1] (line 11): date format 'yyyy-bb-dd' is not a valid pattern: Unknown pattern letter: b`
            bad-date-format.yml | `connectors[1].mapping.dateOfBirth.dateFormats[0] (line 13): date format 'dd/mm/yyyy' has minutes (mm) but no hour; write MM for the month`
            bad-date-formats-on-text.yml | `connectors[0].mapping.nationalId.dateFormats (line 9): only date fields take dateFormats (dateOfBirth, createdAt, updatedAt, an address's from and to)`
            bad-delimiter.yml | `connectors[0].file.delimiter (line 6): is empty; write the character in quotes (delimiter: "|") or a word: tab, comma, semicolon, pipe, space`
            bad-duplicate-id.yml | `connectors[1].id (line 6): duplicate connector id 'SAME' (also used by connectors[0])`
            bad-duplicate-key.yml | `connectors[0].mapping.recordId (line 7): key written twice; keep one`
            bad-duration.yml | `connectors[0].schedule (line 4): 'every 5 minutes' is not a duration; write an ISO-8601 duration like PT15M or a short one like 30s, 15m, 1h, 1d`
            bad-empty-list.yml | `connectors (line 1): the list of connectors is empty`
            bad-encoding.yml | `connectors[0].file.encoding (line 4): 'klingon-8' is not a known encoding; use e.g. UTF-8, ISO-8859-1, windows-1252`
            bad-file-format.yml | `connectors[0].file.path (line 4): cannot tell the format from the file name; add format: csv or format: ndjson`
            bad-id.yml | `connectors[0].id (line 2): 'tax office' is not a valid id; use letters, digits, '-' and '_' only`
            bad-jdbc-url.yml | `connectors[0].jdbc.url (line 5): a JDBC URL starts with 'jdbc:'`
            bad-json-path.yml | `connectors[0].mapping.nationalId (line 7): invalid JSON path '$.identifier[?(@.system=='urn:ni'].value': expected ')' but found ']' (at position 34)`
            bad-kind.yml | `connectors[0].kind (line 3): 'ftp' is not a connector kind; use file, jdbc or rest`
            bad-max-page-bytes.yml | `connectors[0].rest.maxPageBytes (line 6): '64 MB' is not a size; write a number of bytes, or one with KiB, MiB or GiB, like 64MiB`
            bad-max-page-bytes-range.yml | `connectors[0].rest.maxPageBytes (line 6): '2GiB' is not between 1 KiB and 1 GiB`
            bad-max-retries.yml | `connectors[0].rest.maxRetries (line 6): 'three' is not a whole number`
            bad-missing-env.yml | `connectors[0].jdbc.password (line 6): environment variable CITIZEN_HUB_TEST_UNSET_VARIABLE is not set (set it, or give a default: ${env:CITIZEN_HUB_TEST_UNSET_VARIABLE:-default})`
            bad-missing-id.yml | `connectors[0].id (line 2): missing required key; a short name for the source, e.g. tax-records`
            bad-missing-kind-block.yml | `connectors[0].rest (line 2): missing required key; a rest connector needs a 'rest:' block`
            bad-missing-record-id.yml | `connectors[0].mapping.recordId (line 5): missing required key; every record needs the id its agency gave it`
            bad-name-order.yml | `connectors[0].mapping.name.fullFormat (line 7): 'surname-first' is not a name order; use family-first ("SMITH, John"), given-first ("John Smith") or auto`
            bad-name-without-parts.yml | `connectors[0].mapping.name (line 7): a name needs at least one of full, given or family`
            bad-regex.yml | `connectors[0].mapping.phones.split (line 7): not a valid regular expression: Unclosed character class`
            bad-secret-file.yml | `connectors[0].rest.headers.Authorization (line 7): the file 'no-such-token.txt' named by ${file:...} does not exist (paths are relative to the connector file's folder)`
            bad-sex-values.yml | `connectors[0].mapping.sex.values.2 (line 11): 'lady' is not a sex; map codes to female, male, other or unknown`
            bad-single-connector.yml | `line 1: connectors must be listed under a top-level 'connectors:' key`
            bad-top-level.yml | `conectors (line 1): unknown key 'conectors'; did you mean 'connectors'? (allowed: connectors)`
            bad-two-sources.yml | `connectors[0].mapping.nationalId (line 7): takes only one of from, join or constant`
            bad-unknown-field.yml | `connectors[0].mapping.dob (line 7): unknown canonical field 'dob'; did you mean 'dateOfBirth'? (allowed: recordId, name, otherNames, dateOfBirth, sex, nationalId, identifiers, addresses, phones, emails, createdAt, updatedAt, deleted)`
            bad-unknown-key.yml | `connectors[0].file.delimeter (line 6): unknown key 'delimeter'; did you mean 'delimiter'? (allowed: path, format, delimiter, quote, encoding)`
            bad-watermark.yml | `connectors[0].jdbc.watermarkColumn (line 4): missing required key; the query uses :#watermark, so name the column it compares`
            bad-wrong-kind-block.yml | `connectors[0].file (line 4): this connector's kind is jdbc, so it takes a 'jdbc' block, not a 'file' block`
            bad-yaml.yml | `line 5: not valid YAML: while parsing a flow mapping; expected ',' or '}', but got :`
            """)
    void failsWithOneClearMessage(String fixture, String expected) {
        Path file = Fixtures.config(fixture);

        assertThatThrownBy(() -> ConnectorConfigLoader.load(file, name -> null))
                .isExactlyInstanceOf(ConnectorConfigException.class)
                .hasMessage(file + ": " + expected)
                .hasNoCause();
    }
}
