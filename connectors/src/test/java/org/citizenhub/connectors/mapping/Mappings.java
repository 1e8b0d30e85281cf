package org.citizenhub.connectors.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.citizenhub.connectors.config.ConnectorConfigLoader;
import org.citizenhub.connectors.config.MappingConfig;

/** Builds mappers the way an admin does: from the YAML of a {@code mapping:} block, through the real loader. */
final class Mappings {

    /** Today, for the tests: 2025-06-15. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneOffset.UTC);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Mappings() {
    }

    /** The mapping of a one-connector file whose {@code mapping:} block is {@code mappingYaml} (indented by 0). */
    static MappingConfig fromYaml(Path folder, String mappingYaml) {
        String indented = mappingYaml.stripIndent().lines().map(line -> "      " + line).reduce("", (a, b) -> a + b + "\n");
        String file = """
                connectors:
                  - id: test
                    kind: file
                    file: {path: records.csv}
                    mapping:
                """ + indented;
        try {
            Path path = Files.createTempFile(folder, "connector", ".yml");
            Files.writeString(path, file);
            return ConnectorConfigLoader.load(path, name -> null).connectors().get(0).mapping();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecordMapper mapper(Path folder, String mappingYaml) {
        return new RecordMapper("test", fromYaml(folder, mappingYaml), CLOCK);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
