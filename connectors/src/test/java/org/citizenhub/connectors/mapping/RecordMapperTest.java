package org.citizenhub.connectors.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenhub.connectors.mapping.Mappings.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.citizenhub.connectors.config.FieldSpec;
import org.citizenhub.connectors.config.MappingConfig;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Address.AddressUse;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.NameUse;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordMapperTest {

    @TempDir
    Path dir;

    // ---- flat rows (CSV, JDBC) ----

    private static final String FLAT_MAPPING = """
            recordId: CLIENT_NO
            name:
              full: FULL_NAME
              fullFormat: family-first
            dateOfBirth:
              from: DOB
              dateFormats: [yyyyMMdd, dd/MM/yyyy, dd-MMM-yyyy]
              missing: ["00000000", "1900-01-01"]
            sex:
              from: SEX_CD
              values: {"1": male, "2": female, "9": unknown}
            nationalId: {from: NINO, missing: ["999999999"], case: upper}
            addresses:
              - lines: [ADDR1, ADDR2]
                town: TOWN
                postcode: {from: POSTCODE, case: upper}
            phones: {from: PHONES, split: "\\\\s*;\\\\s*"}
            emails: EMAIL
            updatedAt: LAST_CHANGED
            """;

    @Test
    void mapsAFlatRowWithColumnNamesInAnyCase() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, FLAT_MAPPING);
        ObjectNode row = row("client_no", "C-0042", "full_name", "SMITH, John Paul", "dob", "19800102", "sex_cd", "1",
                "nino", " ab123456c ", "addr1", "1 High Street", "addr2", "", "town", "Leeds", "postcode", "ls1 1aa",
                "phones", "0113 496 0000; 07700 900000", "email", "john@example.org", "last_changed", "2024-03-01T10:15:30Z");

        SourceRecord record = mapper.map(row);

        assertThat(record.key().sourceId()).isEqualTo("test");
        assertThat(record.key().recordId()).isEqualTo("C-0042");
        assertThat(record.name()).isEqualTo(new PersonName(null, "John", List.of("Paul"), "SMITH", null, NameUse.OFFICIAL));
        assertThat(record.dateOfBirth()).isEqualTo(new PartialDate(1980, 1, 2));
        assertThat(record.sex()).isEqualTo(Sex.MALE);
        assertThat(record.nationalId()).isEqualTo("AB123456C");
        assertThat(record.addresses()).containsExactly(Address.current(List.of("1 High Street"), "Leeds", "LS1 1AA"));
        assertThat(record.phones()).containsExactly("0113 496 0000", "07700 900000");
        assertThat(record.emails()).containsExactly("john@example.org");
        assertThat(record.updatedAt()).isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
    }

    @Test
    void placeholdersAreMissingAndNotErrors() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, FLAT_MAPPING);

        SourceRecord zeros = mapper.map(row("CLIENT_NO", "1", "DOB", "00000000", "NINO", "999999999"));
        SourceRecord isoPlaceholder = mapper.map(row("CLIENT_NO", "2", "DOB", " 1900-01-01 "));

        assertThat(zeros.dateOfBirth()).isNull();
        assertThat(zeros.nationalId()).isNull();
        assertThat(isoPlaceholder.dateOfBirth()).isNull();
    }

    @Test
    void codeMapsTranslateAndUnlistedCodesPassThroughToSexParsing() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, FLAT_MAPPING);

        assertThat(mapper.map(row("CLIENT_NO", "1", "SEX_CD", "2")).sex()).isEqualTo(Sex.FEMALE);
        assertThat(mapper.map(row("CLIENT_NO", "2", "SEX_CD", "9")).sex()).isEqualTo(Sex.UNKNOWN);
        assertThat(mapper.map(row("CLIENT_NO", "3", "SEX_CD", "F")).sex()).isEqualTo(Sex.FEMALE);
        assertThat(mapper.map(row("CLIENT_NO", "4")).sex()).isEqualTo(Sex.UNKNOWN);
    }

    @Test
    void sexWithoutACodeMapUsesTheCommonSpellings() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, "recordId: id\nsex: gender\n");

        assertThat(mapper.map(row("id", "1", "gender", "Female")).sex()).isEqualTo(Sex.FEMALE);
        assertThat(mapper.map(row("id", "2", "gender", "M")).sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void anUnparseableDateIsAMappingErrorThatNamesTheFieldNotTheValue() {
        RecordMapper mapper = Mappings.mapper(dir, FLAT_MAPPING);

        assertThatThrownBy(() -> mapper.map(row("CLIENT_NO", "C-7", "DOB", "31/02/1980")))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.recordId()).isEqualTo("C-7");
                    assertThat(e.getMessage()).isEqualTo("dateOfBirth: matches none of the date formats")
                            .doesNotContain("1980");
                });
    }

    @Test
    void aMissingOrBlankRecordIdIsAMappingErrorWithoutRecordId() {
        RecordMapper mapper = Mappings.mapper(dir, FLAT_MAPPING);

        for (ObjectNode row : List.of(row("FULL_NAME", "SMITH, John"), row("CLIENT_NO", "   ", "FULL_NAME", "SMITH, John"))) {
            assertThatThrownBy(() -> mapper.map(row))
                    .isInstanceOfSatisfying(MappingException.class, e -> {
                        assertThat(e.recordId()).isNull();
                        assertThat(e.getMessage()).isEqualTo("recordId: missing or blank");
                    });
        }
    }

    @Test
    void numericIdsReadAsTheyAreWritten() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, "recordId: ID\n");

        assertThat(mapper.map(json("{\"ID\": 42}")).key().recordId()).isEqualTo("42");
        assertThat(mapper.map(json("{\"ID\": 42.0}")).key().recordId()).isEqualTo("42");
        assertThat(mapper.map(json("{\"ID\": 1.5e3}")).key().recordId()).isEqualTo("1500");
    }

    @Test
    void rawPayloadIsTheCompactNativeJson() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, "recordId: id\n");

        SourceRecord record = mapper.map(json("{ \"id\" : \"7\",\n  \"x\" : [ 1, 2 ] }"));

        assertThat(record.rawPayload()).isEqualTo("{\"id\":\"7\",\"x\":[1,2]}");
    }

    // ---- names ----

    @Test
    void namePartsFromSeparateColumnsWinOverTheFullName() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, """
                recordId: id
                name:
                  full: full
                  given: forenames
                  family: surname
                  title: title
                otherNames:
                  - use: previous
                    family: previous_surname
                  - use: preferred
                    given: known_as
                    family: surname
                """);

        SourceRecord record = mapper.map(row("id", "1", "full", "Smith, Jonathan", "forenames", "Mr John Paul George",
                "surname", "Smith-Jones Jr", "previous_surname", "Brown", "known_as", "Jack"));

        assertThat(record.name()).isEqualTo(new PersonName("Mr", "John", List.of("Paul", "George"), "Smith-Jones", "Jr", NameUse.OFFICIAL));
        assertThat(record.otherNames()).containsExactly(
                new PersonName(null, null, List.of(), "Brown", null, NameUse.PREVIOUS),
                new PersonName(null, "Jack", List.of(), "Smith-Jones", "Jr", NameUse.PREFERRED));
    }

    @Test
    void aFullNameAloneIsParsedInTheConfiguredOrder() throws Exception {
        RecordMapper givenFirst = Mappings.mapper(dir, "recordId: id\nname: {full: name, fullFormat: given-first}\n");
        RecordMapper auto = Mappings.mapper(dir, "recordId: id\nname: name\n");

        assertThat(givenFirst.map(row("id", "1", "name", "Dr Mary Ann de la Cruz PhD")).name())
                .isEqualTo(new PersonName("Dr", "Mary", List.of("Ann"), "de la Cruz", "PhD", NameUse.OFFICIAL));
        assertThat(auto.map(row("id", "2", "name", "DOE, Jane")).name()).isEqualTo(PersonName.of("Jane", "DOE"));
        assertThat(auto.map(row("id", "3", "name", "Jane Doe")).name()).isEqualTo(PersonName.of("Jane", "Doe"));
    }

    @Test
    void anOtherNameWithNothingFoundIsLeftOut() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, "recordId: id\notherNames: [{use: maiden, family: maiden}]\n");

        assertThat(mapper.map(row("id", "1", "maiden", "")).otherNames()).isEmpty();
    }

    // ---- nested JSON (FHIR-like) ----

    private static final String PATIENT = """
            {"resourceType": "Patient", "id": "p-1",
             "identifier": [{"system": "urn:oid:national", "value": "AB123456C"},
                            {"system": "urn:health", "value": "H-998"},
                            {"system": "urn:health", "value": "H-999"}],
             "name": [{"use": "official", "family": "Smith", "given": ["John", "Paul"], "prefix": ["Dr"]},
                      {"use": "maiden", "family": "Jones"}],
             "gender": "male", "birthDate": "1980-01",
             "address": [{"use": "home", "line": ["1 High St", "Flat 2"], "city": "Leeds", "postalCode": "LS1 1AA",
                          "period": {"start": "2020-02-01"}},
                         {"use": "old", "line": ["9 Low Rd"], "city": "York", "postalCode": "YO1 1AA",
                          "period": {"end": "2019-05"}},
                         {"line": ["3 Mill Lane"], "city": "Hull", "period": {"end": "2021-01-31"}}],
             "telecom": [{"system": "phone", "value": "0113 496 0000"}, {"system": "email", "value": "j@example.org"},
                         {"system": "phone", "value": "07700 900000"}, {"system": "phone", "value": "0113 496 0000"}],
             "meta": {"lastUpdated": "2024-03-01T10:15:30+01:00"}}
            """;

    private static final String FHIR_MAPPING = """
            recordId: $.id
            name:
              title: "$.name[?(@.use=='official')].prefix"
              given: "$.name[?(@.use=='official')].given"
              family: "$.name[?(@.use=='official')].family"
            otherNames:
              - use: maiden
                family: "$.name[?(@.use=='maiden')].family"
            dateOfBirth: $.birthDate
            sex: $.gender
            nationalId: "$.identifier[?(@.system=='urn:oid:national')].value"
            identifiers:
              - system: urn:health
                value: "$.identifier[?(@.system=='urn:health')].value"
            addresses:
              - each: $.address[*]
                lines: $.line
                town: $.city
                postcode: $.postalCode
                use: {from: $.use, values: {home: current, old: past}}
                from: $.period.start
                to: $.period.end
            phones: "$.telecom[?(@.system=='phone')].value"
            emails: "$.telecom[?(@.system=='email')].value"
            updatedAt: $.meta.lastUpdated
            """;

    @Test
    void mapsNestedJsonWithArrayFilters() throws Exception {
        SourceRecord record = Mappings.mapper(dir, FHIR_MAPPING).map(json(PATIENT));

        assertThat(record.key().recordId()).isEqualTo("p-1");
        assertThat(record.name()).isEqualTo(new PersonName("Dr", "John", List.of("Paul"), "Smith", null, NameUse.OFFICIAL));
        assertThat(record.otherNames()).containsExactly(new PersonName(null, null, List.of(), "Jones", null, NameUse.MAIDEN));
        assertThat(record.dateOfBirth()).isEqualTo(PartialDate.ofYearMonth(1980, 1));
        assertThat(record.sex()).isEqualTo(Sex.MALE);
        assertThat(record.nationalId()).isEqualTo("AB123456C");
        assertThat(record.identifiers()).containsExactly(new Identifier("urn:health", "H-998"), new Identifier("urn:health", "H-999"));
        assertThat(record.phones()).as("duplicates dropped, order kept").containsExactly("0113 496 0000", "07700 900000");
        assertThat(record.emails()).containsExactly("j@example.org");
        assertThat(record.updatedAt()).isEqualTo(Instant.parse("2024-03-01T09:15:30Z"));
    }

    @Test
    void oneAddressPerArrayElementWithUseAndDates() throws Exception {
        SourceRecord record = Mappings.mapper(dir, FHIR_MAPPING).map(json(PATIENT));

        assertThat(record.addresses()).containsExactly(
                new Address(List.of("1 High St", "Flat 2"), "Leeds", "LS1 1AA", AddressUse.CURRENT, LocalDate.of(2020, 2, 1), null),
                new Address(List.of("9 Low Rd"), "York", "YO1 1AA", AddressUse.PAST, null, LocalDate.of(2019, 5, 31)),
                new Address(List.of("3 Mill Lane"), "Hull", null, AddressUse.PAST, null, LocalDate.of(2021, 1, 31)));
    }

    @Test
    void severalAddressesFromColumnsWithJoinedLinesAndConstants() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, """
                recordId: id
                addresses:
                  - lines: {join: [house_no, street], separator: " "}
                    town: town
                    postcode: pc
                  - text: prev_address
                    use: past
                    from: {from: prev_from, dateFormats: [dd/MM/yyyy]}
                  - text: {constant: "No fixed abode"}
                    town: {constant: "Leeds"}
                    use: {from: nfa_flag, values: {"N": ""}}
                """);

        SourceRecord record = mapper.map(row("id", "1", "house_no", "12", "street", " Mill Lane ", "town", "Leeds", "pc", "LS2 7AB",
                "prev_address", "4 Old Road, Hull, HU1 1AA", "prev_from", "01/02/2010"));

        assertThat(record.addresses()).containsExactly(
                Address.current(List.of("12 Mill Lane"), "Leeds", "LS2 7AB"),
                new Address(List.of("4 Old Road, Hull, HU1 1AA"), null, null, AddressUse.PAST, LocalDate.of(2010, 2, 1), null),
                Address.current(List.of("No fixed abode"), "Leeds", null));
    }

    @Test
    void anAddressWithNothingFoundIsLeftOut() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, "recordId: id\naddresses: {lines: [a1, a2], town: town, postcode: pc}\n");

        assertThat(mapper.map(row("id", "1", "a1", " ", "town", "")).addresses()).isEmpty();
    }

    @Test
    void phonesFromSeveralColumnsAndArrays() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, """
                recordId: id
                phones: [home, mobile, $.others]
                emails: {from: $.emails, case: lower, missing: ["none"]}
                """);

        SourceRecord record = mapper.map(json("""
                {"id": "1", "home": "0113 1", "mobile": "", "others": ["0777 2", null, "0113 1"],
                 "emails": ["A@Example.org", "NONE", " b@example.org "]}
                """));

        assertThat(record.phones()).containsExactly("0113 1", "0777 2");
        assertThat(record.emails()).containsExactly("a@example.org", "b@example.org");
    }

    @Test
    void aPathThatFindsAnObjectWhereAValueBelongsIsAMappingError() {
        RecordMapper mapper = Mappings.mapper(dir, "recordId: id\nnationalId: $.identifier\n");

        assertThatThrownBy(() -> mapper.map(json("{\"id\": \"9\", \"identifier\": {\"value\": \"X\"}}")))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.recordId()).isEqualTo("9");
                    assertThat(e.getMessage()).startsWith("nationalId: found an object where a value was expected");
                });
    }

    @Test
    void anAddressDateThatCannotBeReadNamesTheAddressField() {
        RecordMapper mapper = Mappings.mapper(dir, "recordId: id\naddresses: [{text: a}, {text: b, from: since}]\n");

        assertThatThrownBy(() -> mapper.map(row("id", "1", "a", "x", "b", "y", "since", "last year")))
                .hasMessage("addresses[1].from: matches none of the date formats");
    }

    @Test
    void aRecordThatIsNotAnObjectIsAMappingError() {
        RecordMapper mapper = Mappings.mapper(dir, "recordId: id\n");

        assertThatThrownBy(() -> mapper.map(json("[1, 2]"))).isInstanceOf(MappingException.class)
                .hasMessage("record: expected a JSON object");
    }

    // ---- field forms ----

    @Test
    void trimCanBeTurnedOffAndConstantsAndJoinsWork() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, """
                recordId: {join: [office, number], separator: "/"}
                nationalId: {from: ni, trim: false}
                identifiers:
                  - system: urn:agency:source
                    value: {constant: "legacy"}
                """);

        SourceRecord record = mapper.map(row("office", "LDS", "number", " 0042 ", "ni", " AB 12 "));

        assertThat(record.key().recordId()).isEqualTo("LDS/0042");
        assertThat(record.nationalId()).isEqualTo(" AB 12 ");
        assertThat(record.identifiers()).containsExactly(new Identifier("urn:agency:source", "legacy"));
    }

    @Test
    void handBuiltMappingConfigsWork() throws Exception {
        MappingConfig mapping = new MappingConfig(new FieldSpec("ref"), null, List.of(),
                new FieldSpec("born").withDateFormats(List.of("dd.MM.yyyy")), new FieldSpec("g").withValues(java.util.Map.of("W", "female")),
                null, List.of(), List.of(), List.of(new FieldSpec("tel").withSplit(",")), List.of(), null, null);

        SourceRecord record = new RecordMapper("hand", mapping).map(row("REF", "r1", "BORN", "02.01.1980", "G", "w", "TEL", "1,2"));

        assertThat(record.key().sourceId()).isEqualTo("hand");
        assertThat(record.dateOfBirth()).isEqualTo(new PartialDate(1980, 1, 2));
        assertThat(record.sex()).isEqualTo(Sex.FEMALE);
        assertThat(record.phones()).containsExactly("1", "2");
    }

    @Test
    void theOneArgumentMappingConfigMapsTheIdOnly() throws Exception {
        SourceRecord record = new RecordMapper("min", new MappingConfig(new FieldSpec("id"))).map(row("id", "5", "name", "X"));

        assertThat(record.key().recordId()).isEqualTo("5");
        assertThat(record.name().isEmpty()).isTrue();
        assertThat(record.addresses()).isEmpty();
    }

    private static ObjectNode row(String... columnsAndValues) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }
}
