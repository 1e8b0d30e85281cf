package org.citizenhub.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.citizenhub.connectors.mapping.JsonPath;
import org.citizenhub.connectors.mapping.RecordMapper;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps docs/connector-reference.md true: every YAML block in it loads (a mapping fragment is loaded inside
 * a connector), the examples map their sample records as the text says, and every key the loader accepts
 * is documented.
 */
class ConnectorReferenceDocTest {

    private static final Path DOC = Path.of("..", "docs", "connector-reference.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Block(int index, String language, String text) {
        @Override
        public String toString() {
            return "block " + index + " (" + language + ")";
        }
    }

    static List<Block> blocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        String language = null;
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(DOC)) {
            if (language == null && line.startsWith("```")) {
                language = line.substring(3).trim();
                text.setLength(0);
            } else if (language != null && line.equals("```")) {
                blocks.add(new Block(blocks.size(), language, text.toString()));
                language = null;
            } else if (language != null) {
                text.append(line).append('\n');
            }
        }
        return blocks;
    }

    static Stream<Block> yamlBlocks() throws IOException {
        return blocks().stream().filter(b -> b.language().equals("yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlBlocks")
    void everyYamlBlockLoads(Block block) throws IOException {
        ConnectorFile loaded = load(block.text());

        assertThat(loaded.connectors()).isNotEmpty();
        loaded.connectors().forEach(c -> new RecordMapper(c.id(), c.mapping()));
    }

    @Test
    void theCsvExampleMapsItsSampleRows() throws IOException {
        ConnectorConfig connector = example("id: benefits-claimants");
        List<SourceRecord> records = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(connector.file().delimiter()).setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(new StringReader(sampleBefore("id: benefits-claimants")))) {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            row.toMap().forEach(json::put);
            records.add(map(connector, json));
        }

        SourceRecord first = records.get(0);
        assertThat(first.key().recordId()).isEqualTo("B-0001");
        assertThat(first.name()).isEqualTo(new PersonName(null, "John", List.of("Paul"), "SMITH", null, NameUse.OFFICIAL));
        assertThat(first.dateOfBirth()).isEqualTo(new PartialDate(1980, 1, 2));
        assertThat(first.sex()).isEqualTo(Sex.MALE);
        assertThat(first.nationalId()).isEqualTo("AB123456C");
        assertThat(first.identifiers()).containsExactly(new Identifier("urn:agency:benefits", "B-0001"));
        assertThat(first.addresses()).containsExactly(Address.current(List.of("12 Mill Lane"), "Leeds", "LS2 7AB"));
        assertThat(first.phones()).containsExactly("0113 496 0000", "07700 900000");
        assertThat(first.emails()).containsExactly("john@example.org");
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));

        SourceRecord second = records.get(1);
        assertThat(second.name()).isEqualTo(PersonName.of("Mary", "O'NEIL"));
        assertThat(second.dateOfBirth()).as("placeholder").isNull();
        assertThat(second.nationalId()).as("placeholder").isNull();
        assertThat(second.sex()).isEqualTo(Sex.FEMALE);
        assertThat(second.addresses()).containsExactly(Address.current(List.of("Flat 2", "4 High Street"), "York", "YO1 7HH"));
        assertThat(second.phones()).isEmpty();
    }

    @Test
    void theNdjsonExampleMapsItsSampleLine() throws IOException {
        ConnectorConfig connector = example("id: health-patients");

        SourceRecord record = map(connector, JSON.readTree(sampleBefore("id: health-patients")));

        assertThat(record.key().recordId()).isEqualTo("p-1");
        assertThat(record.name()).isEqualTo(new PersonName("Dr", "John", List.of("Paul"), "Smith", null, NameUse.OFFICIAL));
        assertThat(record.otherNames()).containsExactly(new PersonName(null, null, List.of(), "Jones", null, NameUse.MAIDEN));
        assertThat(record.dateOfBirth()).isEqualTo(PartialDate.ofYearMonth(1980, 1));
        assertThat(record.sex()).isEqualTo(Sex.MALE);
        assertThat(record.identifiers()).containsExactly(new Identifier("https://fhir.nhs.uk/Id/nhs-number", "9434765919"),
                new Identifier("urn:health:mrn", "MRN-77"));
        assertThat(record.addresses()).containsExactly(Address.current(List.of("12 Mill Lane"), "Leeds", "LS2 7AB"),
                new Address(List.of("9 Low Road"), "York", null, AddressUse.PAST, null, LocalDate.of(2019, 5, 31)));
        assertThat(record.phones()).containsExactly("0113 496 0000");
        assertThat(record.emails()).containsExactly("john@example.org");
        assertThat(record.updatedAt()).isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
    }

    @Test
    void theRestExampleMapsTheItemsOfItsSamplePage() throws IOException {
        ConnectorConfig connector = example("id: housing-tenants");
        JsonNode page = JSON.readTree(sampleBefore("id: housing-tenants"));

        JsonNode items = JsonPath.compile(connector.rest().itemsPath()).first(page);
        SourceRecord record = map(connector, items.get(0));

        assertThat(connector.rest().headers()).containsEntry("Authorization", "Bearer from-env-HOUSING_API_TOKEN");
        assertThat(record.key().recordId()).isEqualTo("T-9");
        assertThat(record.name()).isEqualTo(new PersonName("Ms", "Jane", List.of(), "Doe", null, NameUse.OFFICIAL));
        assertThat(record.otherNames()).containsExactly(new PersonName(null, null, List.of(), "Brown", null, NameUse.PREVIOUS));
        assertThat(record.dateOfBirth()).isEqualTo(new PartialDate(1975, 7, 21));
        assertThat(record.phones()).containsExactly("07700 900123");
        assertThat(record.emails()).containsExactly("jane@example.org");
        assertThat(record.addresses()).containsExactly(
                new Address(List.of("Flat 3, 7 Park Row"), "Leeds", "LS1 5HD", AddressUse.CURRENT, LocalDate.of(2018, 4, 1), null));
        assertThat(record.updatedAt()).isEqualTo(Instant.parse("2024-05-02T08:00:00Z"));
    }

    @Test
    void everyKeyTheLoaderAcceptsIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        List<String> keys = new ArrayList<>();
        Stream.of(ConnectorReader.KEYS, FileSourceReader.KEYS, JdbcSourceReader.KEYS, RestSourceReader.KEYS,
                RestSourceReader.PAGING_KEYS, MappingReader.CANONICAL_FIELDS, FieldSpecReader.KEYS, NameSpecReader.KEYS,
                AddressSpecReader.KEYS, List.of("use", "system", "value", "connectors")).forEach(keys::addAll);

        List<String> undocumented = keys.stream().filter(key -> !doc.contains("`" + key + "`") && !doc.contains("`" + key + ":")).toList();
        assertThat(undocumented).isEmpty();
    }

    private ConnectorConfig example(String marker) throws IOException {
        Block block = yamlBlocks().filter(b -> b.text().contains(marker)).findFirst().orElseThrow();
        return load(block.text()).connectors().get(0);
    }

    /** The code block just before the example's YAML: its sample input. */
    private static String sampleBefore(String marker) throws IOException {
        List<Block> blocks = blocks();
        Block yaml = blocks.stream().filter(b -> b.language().equals("yaml") && b.text().contains(marker)).findFirst().orElseThrow();
        return blocks.get(yaml.index() - 1).text();
    }

    private static SourceRecord map(ConnectorConfig connector, JsonNode record) {
        try {
            return new RecordMapper(connector.id(), connector.mapping()).map(record);
        } catch (org.citizenhub.connectors.mapping.MappingException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Loads a whole connector file, or a mapping fragment inside a minimal connector. */
    private ConnectorFile load(String yaml) throws IOException {
        JsonNode tree = new YAMLMapper().readTree(yaml);
        String file = yaml;
        if (!tree.has("connectors")) {
            tree.fieldNames().forEachRemaining(key -> assertThat(MappingReader.CANONICAL_FIELDS)
                    .as("a YAML block that is not a connector file must be a mapping fragment").contains(key));
            String indented = yaml.lines().map(line -> "      " + line).reduce("", (a, b) -> a + b + "\n");
            file = "connectors:\n  - id: doc\n    file: {path: a.csv}\n    mapping:\n"
                    + (tree.has("recordId") ? "" : "      recordId: id\n") + indented;
        }
        Path path = Files.writeString(dir.resolve("connectors.yml"), file);
        return ConnectorConfigLoader.load(path, name -> "from-env-" + name);
    }
}
