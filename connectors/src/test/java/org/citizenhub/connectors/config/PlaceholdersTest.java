package org.citizenhub.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceholdersTest {

    @TempDir
    Path dir;

    private static final Map<String, String> ENV = Map.of("DB_USER", "hub", "DB_PASSWORD", "hunter2", "EMPTY", "");

    @Test
    void environmentVariablesWithAndWithoutDefaults() throws IOException {
        JdbcSource jdbc = load("""
                url: jdbc:h2:mem:${env:DB_NAME:-tax}
                username: ${env:DB_USER:-ignored}
                password: "${env:DB_PASSWORD}"
                query: SELECT '${env:EMPTY:-x}' AS E, '$${literal}' AS L
                initialWatermark: ${env:DB_START:-}
                """);

        assertThat(jdbc.url()).isEqualTo("jdbc:h2:mem:tax");
        assertThat(jdbc.username()).isEqualTo("hub");
        assertThat(jdbc.password()).isEqualTo("hunter2");
        assertThat(jdbc.query()).as("a variable set to empty is set").isEqualTo("SELECT '' AS E, '${literal}' AS L");
        assertThat(jdbc.initialWatermark()).isEmpty();
    }

    @Test
    void fileContentsAreTrimmedAndRelativeToTheConnectorFile() throws IOException {
        Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(dir.resolve("secrets/db.pw"), "  pa55word\n\n");

        JdbcSource jdbc = load("""
                url: jdbc:h2:mem:tax
                password: ${file:secrets/db.pw}
                query: SELECT 1
                """);

        assertThat(jdbc.password()).isEqualTo("pa55word");
    }

    @Test
    void aMissingVariableNamesTheVariable() throws IOException {
        assertThatThrownBy(() -> load("""
                url: jdbc:h2:mem:tax
                password: ${env:NOT_SET}
                query: SELECT 1
                """)).isInstanceOf(ConnectorConfigException.class)
                .hasMessageEndingWith("connectors[0].jdbc.password (line 7): environment variable NOT_SET is not set "
                        + "(set it, or give a default: ${env:NOT_SET:-default})");
    }

    @Test
    void aBadValueFromTheEnvironmentIsNeverShown() throws IOException {
        Path file = write("""
                connectors:
                  - id: api
                    rest:
                      url: https://example.org
                      maxRetries: ${env:DB_PASSWORD}
                    mapping: {recordId: id}
                """);

        assertThatThrownBy(() -> ConnectorConfigLoader.load(file, ENV::get))
                .hasMessageEndingWith("connectors[0].rest.maxRetries (line 5): the value of ${env:DB_PASSWORD} is not a whole number")
                .message().doesNotContain("hunter2");
    }

    @Test
    void unknownAndUnclosedReferencesAreErrors() throws IOException {
        assertThatThrownBy(() -> load("url: jdbc:h2:mem:${DB}\nquery: SELECT 1\n"))
                .hasMessageEndingWith("unknown reference '${DB}'; write ${env:NAME}, ${env:NAME:-default} or ${file:PATH}");
        assertThatThrownBy(() -> load("url: jdbc:h2:mem:${env:DB\nquery: SELECT 1\n"))
                .hasMessageEndingWith("unclosed '${'; write ${env:NAME} or ${file:PATH}");
    }

    private JdbcSource load(String jdbcBlock) throws IOException {
        String indented = jdbcBlock.lines().map(line -> "      " + line).reduce("", (a, b) -> a + b + "\n");
        Path file = write("connectors:\n  - id: db\n    kind: jdbc\n    mapping: {recordId: ID}\n    jdbc:\n" + indented);
        return ConnectorConfigLoader.load(file, ENV::get).connectors().get(0).jdbc();
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("connectors.yml"), yaml);
    }
}
