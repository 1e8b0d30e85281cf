package org.citizenhub.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.citizenhub.connectors.config.FileSource.FileFormat;
import org.citizenhub.connectors.config.RestSource.Paging;
import org.citizenhub.connectors.config.RestSource.PagingType;
import org.citizenhub.core.normalise.NameParser;
import org.citizenhub.core.record.NameUse;
import org.junit.jupiter.api.Test;

class ConnectorConfigLoaderTest {

    private static final Map<String, String> ENV = Map.of("TAX_DB_PASSWORD", "s3cret", "HOUSING_TOKEN", "t0ken");

    @Test
    void loadsACsvFileConnector() {
        Path file = Fixtures.config("good-file-csv.yml");

        ConnectorFile loaded = ConnectorConfigLoader.load(file, ENV::get);

        assertThat(loaded.baseDirectory()).isEqualTo(file.toAbsolutePath().getParent());
        ConnectorConfig connector = loaded.connectors().get(0);
        assertThat(connector.id()).isEqualTo("benefits-claimants");
        assertThat(connector.description()).isEqualTo("Benefits agency claimant extract");
        assertThat(connector.kind()).isEqualTo(ConnectorKind.FILE);
        assertThat(connector.schedule()).isEqualTo(Duration.ofMinutes(15));
        assertThat(connector.runAtStart()).isTrue();
        assertThat(connector.jdbc()).isNull();
        assertThat(connector.rest()).isNull();
        assertThat(connector.file()).isEqualTo(new FileSource(file.getParent().resolve("data/claimants.csv"), FileFormat.CSV,
                ';', '\'', Charset.forName("ISO-8859-1")));

        MappingConfig mapping = connector.mapping();
        assertThat(mapping.recordId()).isEqualTo(new FieldSpec("CLAIMANT_REF"));
        assertThat(mapping.name()).isEqualTo(NameSpec.ofFull(new FieldSpec("CLAIMANT_NAME"), NameParser.Order.FAMILY_FIRST));
        assertThat(mapping.dateOfBirth()).isEqualTo(new FieldSpec("DOB")
                .withDateFormats(List.of("yyyyMMdd", "dd/MM/yyyy", "dd-MMM-yyyy"))
                .withMissing(List.of("00000000", "1900-01-01")));
        assertThat(mapping.sex()).isEqualTo(new FieldSpec("SEX").withValues(Map.of("1", "male", "2", "female", "0", "unknown")));
        assertThat(mapping.nationalId()).isEqualTo(new FieldSpec("NINO").withMissing(List.of("999999999")));
        assertThat(mapping.addresses()).containsExactly(new AddressSpec(null, List.of(new FieldSpec("ADDR_1"), new FieldSpec("ADDR_2")),
                null, new FieldSpec("TOWN"), new FieldSpec("POSTCODE"), null, null, null));
        assertThat(mapping.phones()).containsExactly(new FieldSpec("PHONES").withSplit(";"));
        assertThat(mapping.emails()).isEmpty();
        assertThat(mapping.otherNames()).isEmpty();
    }

    @Test
    void loadsAnNdjsonFileConnectorWithJsonPaths() {
        Path file = Fixtures.config("good-file-ndjson.yml");

        ConnectorConfig connector = ConnectorConfigLoader.load(file, ENV::get).connectors().get(0);

        assertThat(connector.kind()).isEqualTo(ConnectorKind.FILE);
        assertThat(connector.runAtStart()).as("run_at_start: no").isFalse();
        assertThat(connector.schedule()).isNull();
        assertThat(connector.file().format()).isEqualTo(FileFormat.NDJSON);
        assertThat(connector.file().path()).isEqualTo(file.toAbsolutePath().getParent().getParent().resolve("exports/patients.jsonl"));
        assertThat(connector.file().encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(connector.file().delimiter()).isEqualTo(',');
        assertThat(connector.file().quote()).isEqualTo('"');
        MappingConfig mapping = connector.mapping();
        assertThat(mapping.nationalId().from()).isEqualTo("$.identifier[?(@.system=='urn:oid:2.16.840.1.113883.2.1.4.1')].value");
        assertThat(mapping.addresses()).containsExactly(new AddressSpec("$.address[*]", List.of(new FieldSpec("$.line")), null,
                new FieldSpec("$.city"), new FieldSpec("$.postalCode"), new FieldSpec("$.use"), null, new FieldSpec("$.period.end")));
        assertThat(mapping.emails()).containsExactly(new FieldSpec("$.telecom[?(@.system=='email')].value"));
    }

    @Test
    void delimitersFromExtensionWordsAndEscapes() {
        List<ConnectorConfig> connectors = ConnectorConfigLoader.load(Fixtures.config("good-file-tsv.yml"), ENV::get).connectors();

        assertThat(connectors).extracting(c -> c.file().delimiter()).containsExactly('\t', '|', '\t', '\t');
        assertThat(connectors).extracting(c -> c.file().format()).containsOnly(FileFormat.CSV);
        assertThat(connectors.get(0).kind()).as("kind inferred from the block").isEqualTo(ConnectorKind.FILE);
    }

    @Test
    void loadsAJdbcConnectorWithWatermarkAndSecrets() {
        ConnectorConfig connector = ConnectorConfigLoader.load(Fixtures.config("good-jdbc.yml"), ENV::get).connectors().get(0);

        assertThat(connector.kind()).isEqualTo(ConnectorKind.JDBC);
        assertThat(connector.schedule()).isEqualTo(Duration.ofHours(1));
        assertThat(connector.jdbc()).isEqualTo(new JdbcSource("jdbc:h2:mem:tax", "reader", "s3cret",
                "SELECT * FROM TAXPAYER WHERE UPDATED_AT > :#watermark ORDER BY UPDATED_AT\n", "UPDATED_AT", "1970-01-01 00:00:00"));
        assertThat(connector.mapping().identifiers()).containsExactly(new IdentifierSpec("urn:tax:utr", new FieldSpec("UTR")));
        assertThat(connector.mapping().name()).isEqualTo(new NameSpec(null, NameParser.Order.AUTO, new FieldSpec("TITLE"),
                new FieldSpec("FORENAMES"), null, new FieldSpec("SURNAME"), null, NameUse.OFFICIAL));
    }

    @Test
    void loadsRestConnectorsWithPagingHeadersAndDefaults() {
        List<ConnectorConfig> connectors = ConnectorConfigLoader.load(Fixtures.config("good-rest.yml"), ENV::get).connectors();

        RestSource housing = connectors.get(0).rest();
        assertThat(connectors.get(0).schedule()).isEqualTo(Duration.ofSeconds(30));
        assertThat(housing.url()).isEqualTo("https://housing.example.org/api/tenants");
        assertThat(housing.headers()).isEqualTo(Map.of("Authorization", "Bearer t0ken", "X-Client-Key", "k3y-from-file"));
        assertThat(housing.itemsPath()).isEqualTo("$.data");
        assertThat(housing.paging()).isEqualTo(new Paging(PagingType.PAGE, "p", 0, "limit", 50, "cursor", null));
        assertThat(housing.updatedSinceParam()).isEqualTo("modifiedSince");
        assertThat(housing.watermarkPath()).as("a bare name is a top-level field").isEqualTo("$.modified");
        assertThat(housing.maxRetries()).isEqualTo(5);
        assertThat(housing.maxPageBytes()).isEqualTo(8 * 1024 * 1024);
        MappingConfig mapping = connectors.get(0).mapping();
        assertThat(mapping.otherNames()).containsExactly(new NameSpec(null, null, null, null, null, new FieldSpec("$.previousSurname"), null, NameUse.PREVIOUS));
        assertThat(mapping.phones()).containsExactly(new FieldSpec("$.phone.home"), new FieldSpec("$.phone.mobile"));

        RestSource cursor = connectors.get(1).rest();
        assertThat(cursor.headers()).isEmpty();
        assertThat(cursor.itemsPath()).isEqualTo("$");
        assertThat(cursor.maxRetries()).isEqualTo(3);
        assertThat(cursor.maxPageBytes()).as("64 MiB by default").isEqualTo(64 * 1024 * 1024);
        assertThat(cursor.paging()).as("cursor paging inferred").isEqualTo(new Paging(PagingType.CURSOR, "page", 1, "size", 100, "cursor", "$.next"));
    }

    @Test
    void restWithoutPagingMakesOneRequest(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path file = java.nio.file.Files.writeString(dir.resolve("c.yml"),
                "connectors:\n  - id: one\n    rest: {url: 'http://127.0.0.1:9/x', itemsPath: results}\n    mapping: {recordId: id}\n");

        RestSource rest = ConnectorConfigLoader.load(file, ENV::get).connectors().get(0).rest();

        assertThat(rest.paging().type()).isEqualTo(PagingType.NONE);
        assertThat(rest.itemsPath()).isEqualTo("$.results");
    }

    @Test
    void unquotedNumbersKeepTheDigitsWrittenAndKeysIgnoreCaseDashesAndUnderscores(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path file = java.nio.file.Files.writeString(dir.resolve("c.yml"), """
                connectors:
                  - ID: zeros
                    Kind: File
                    file: {path: a.csv}
                    mapping:
                      record_id: 007
                      date-of-birth: {from: DOB, missing: [00000000, 0x1F, 1900-01-01], Date_Formats: [yyyyMMdd]}
                """);

        MappingConfig mapping = ConnectorConfigLoader.load(file, ENV::get).connectors().get(0).mapping();

        assertThat(mapping.recordId()).isEqualTo(new FieldSpec("007"));
        assertThat(mapping.dateOfBirth().missing()).containsExactly("00000000", "0x1F", "1900-01-01");
    }
}
