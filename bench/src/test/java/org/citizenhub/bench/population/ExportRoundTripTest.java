package org.citizenhub.bench.population;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native files read back, header by header and line by line, give exactly the in-memory records. */
class ExportRoundTripTest {

    @TempDir
    static Path folder;

    private static SyntheticPopulation population;

    @BeforeAll
    static void export() throws IOException {
        try (ExportWriter writer = new ExportWriter(folder)) {
            population = PopulationGenerator.generate(PopulationConfig.defaults(3, 4_000), writer);
        }
    }

    @Test
    void csvFilesHaveTheirHeaderAndMapBackToTheSameRecords() throws IOException {
        for (AgencySource source : population.sources()) {
            FileLayout layout = source.layout();
            if (layout.kind() != FileLayout.Kind.CSV) {
                continue;
            }
            Path file = folder.resolve(layout.fileName());
            List<SourceRecord> readBack = new ArrayList<>();
            try (Reader reader = Files.newBufferedReader(file, layout.charset());
                    CSVParser parser = ExportWriter.csvFormat(layout).builder().setHeader().setSkipHeaderRecord(true).get()
                            .parse(reader)) {
                assertThat(parser.getHeaderNames()).as(layout.fileName()).containsExactlyElementsOf(layout.header());
                for (CSVRecord row : parser) {
                    assertThat(row.size()).isEqualTo(layout.header().size());
                    readBack.add(source.map(new NativeRow.Csv(row.toList())));
                }
            }
            assertThat(readBack).as(source.id()).containsExactlyElementsOf(recordsOf(source));
        }
    }

    @Test
    void lineEndingsAndEncodingsAreTheAgencies() throws IOException {
        String tax = Files.readString(folder.resolve(new TaxSource().layout().fileName()));
        String benefits = Files.readString(folder.resolve(new BenefitsSource().layout().fileName()));

        assertThat(tax).startsWith("TAXPAYER_REF;NAME;").contains("\r\n");
        assertThat(benefits).startsWith("\"claimant_id\",\"title\"").doesNotContain("\r\n");
        byte[] education = Files.readAllBytes(folder.resolve(new EducationSource().layout().fileName()));
        assertThat(new String(education, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("pupil_id|legal_surname|");
    }

    @Test
    @SuppressWarnings("unchecked")
    void ndjsonLinesAreFhirLikePatientsThatMapBackToTheSameRecords() throws IOException {
        HealthSource health = new HealthSource();
        ObjectMapper json = new ObjectMapper();
        List<SourceRecord> readBack = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(health.layout().fileName()))) {
            Map<String, Object> tree = json.readValue(line, Map.class);
            assertThat(tree).containsEntry("resourceType", "Patient").containsKeys("id", "identifier", "name", "address");
            assertThat((List<Map<String, Object>>) tree.get("identifier")).allSatisfy(id -> assertThat(id).containsKeys("system", "value"));
            readBack.add(health.map(new NativeRow.Json(tree)));
        }
        assertThat(readBack).containsExactlyElementsOf(recordsOf(health));
    }

    @Test
    void truthFileListsEveryRecordWithItsPerson() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(ExportWriter.TRUTH_FILE));

        assertThat(lines.get(0)).isEqualTo("source,record_id,person_id");
        assertThat(lines).hasSize(population.records().size() + 1);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(folder.resolve(ExportWriter.TRUTH_FILE)))) {
            Map<org.citizenhub.core.record.RecordKey, String> truth = population.truth();
            for (CSVRecord row : parser) {
                assertThat(truth.get(new org.citizenhub.core.record.RecordKey(row.get("source"), row.get("record_id"))))
                        .isEqualTo(row.get("person_id"));
            }
        }
    }

    @Test
    void connectorEntriesNameEveryFileAndTheColumnsTheyRead() {
        for (AgencySource source : population.sources()) {
            String yaml = source.connectorYaml();
            assertThat(yaml).startsWith("  - id: " + source.id() + "\n").contains("path: " + source.layout().fileName());
            for (String column : source.layout().header()) {
                assertThat(yaml).as(source.id() + " maps " + column).containsPattern("\\b" + column + "\\b");
            }
        }
    }

    private static List<SourceRecord> recordsOf(AgencySource source) {
        return population.records().stream().filter(r -> r.key().sourceId().equals(source.id())).toList();
    }
}
