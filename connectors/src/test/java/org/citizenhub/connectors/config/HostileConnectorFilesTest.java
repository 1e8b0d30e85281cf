package org.citizenhub.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile connector files: alias bombs, merge keys, deep nesting, a huge file, huge keys and values, YAML tags
 * that name Java classes, NUL bytes, and secret references to files that never end or are data. Each load either
 * succeeds with the text as written or fails fast (well under a second) with one precise
 * {@link ConnectorConfigException} naming the file and the reason, and never quotes a secret.
 */
class HostileConnectorFilesTest {

    private static final String SECRET = "the-secret-value-7f3a";
    private static final String CONNECTOR = """
            connectors:
              - id: tax
                kind: file
                file:
                  path: tax.csv
                mapping:
                  recordId: ref
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> hostileFiles() {
        String laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                + "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                + "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
                + "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
                + "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n"
                + CONNECTOR;
        return Stream.of(
                Arguments.of("billion laughs", laughs, "b[0] (line 2): YAML aliases (*name) are not supported; write the value out in full"),
                Arguments.of("alias as a value", """
                        connectors:
                          - id: &name tax
                            description: *name
                            kind: file
                            file: {path: tax.csv}
                            mapping: {recordId: ref}
                        """, "connectors[0].description (line 3): YAML aliases (*name) are not supported"),
                Arguments.of("merge key", """
                        base: &base {kind: file, file: {path: tax.csv}, mapping: {recordId: ref}}
                        connectors:
                          - id: tax
                            <<: *base
                        """, "YAML aliases (*name) are not supported"),
                Arguments.of("nested 2,000 deep", "connectors: " + "[".repeat(2_000) + "]".repeat(2_000) + "\n",
                        "not valid YAML: nested deeper than 1000 levels, or a key or value over the reader's size limits"),
                Arguments.of("a 60,000-character key", "connectors:\n  - " + "k".repeat(60_000) + ": x\n", "line 2: not valid YAML"),
                Arguments.of("unknown top-level key", "shell: rm -rf /\n" + CONNECTOR, "unknown key 'shell'"),
                Arguments.of("unknown key deep inside", CONNECTOR.replace("path: tax.csv", "path: tax.csv\n      exec: calc"),
                        "connectors[0].file.exec (line 6): unknown key 'exec'"),
                Arguments.of("NUL byte", CONNECTOR.replace("tax.csv", "tax\u0000.csv"), "not valid YAML"),
                Arguments.of("not a connector list", "connectors: \"'; DROP TABLE connector_run; --\"\n", "connectors"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileConnectorFileFailsFastWithOnePreciseMessage(String kind, String yaml, String reason) throws Exception {
        Path file = dir.resolve("connectors.yml");
        Files.writeString(file, yaml);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConnectorConfigException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(reason)
                .hasMessageNotContaining("lol")
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("kkkkk"));
    }

    @Test
    void aConnectorFileOverOneMegabyteIsRefusedUnparsed() throws Exception {
        Path file = dir.resolve("connectors.yml");
        Files.writeString(file, CONNECTOR + ("# " + "padding ".repeat(100) + "\n").repeat(1_500));

        assertThatThrownBy(() -> load(file)).isInstanceOf(ConnectorConfigException.class)
                .hasMessage(file + ": the connector file is larger than 1048576 bytes; it holds configuration, not data");
    }

    @Test
    void aConnectorFileThatIsNotARegularFileIsRefused() {
        Path folder = dir.resolve("connectors.yml");
        assertThat(folder.toFile().mkdir()).isTrue();

        assertThatThrownBy(() -> load(folder)).isInstanceOf(ConnectorConfigException.class)
                .hasMessage(folder + ": the connector file is not a regular file");
    }

    @Test
    void aSecretFileReferenceToADeviceOrADataFileIsRefusedByName() throws Exception {
        Files.writeString(dir.resolve("big.txt"), "x".repeat(70_000));
        Path file = dir.resolve("connectors.yml");
        String rest = """
                connectors:
                  - id: api
                    kind: rest
                    rest:
                      url: http://127.0.0.1:1/people
                      headers:
                        Authorization: "Bearer ${file:%s}"
                    mapping:
                      recordId: $.id
                """;

        Files.writeString(file, rest.formatted("/dev/zero"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConnectorConfigException.class)
                .hasMessage(file + ": connectors[0].rest.headers.Authorization (line 7): the file '/dev/zero' named by "
                        + "${file:...} is not a regular file"));

        Files.writeString(file, rest.formatted("big.txt"));
        assertThatThrownBy(() -> load(file)).isInstanceOf(ConnectorConfigException.class)
                .hasMessage(file + ": connectors[0].rest.headers.Authorization (line 7): the file 'big.txt' named by "
                        + "${file:...} is larger than 65536 bytes; it should hold one value, such as a password")
                .hasMessageNotContaining("xxxx");
    }

    @Test
    void yamlTagsNamingJavaClassesAreReadAsTextAndConstructNothing() throws Exception {
        Path file = dir.resolve("connectors.yml");
        Files.writeString(file, CONNECTOR.replace("kind: file", "kind: file\n    description: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]"));

        assertThatThrownBy(() -> load(file)).isInstanceOf(ConnectorConfigException.class)
                .hasMessageContaining("connectors[0].description");
    }

    @Test
    void referencesInsideASecretAreNotResolvedTwice() throws Exception {
        Files.writeString(dir.resolve("token.txt"), "${env:SECRET}");
        Path file = dir.resolve("connectors.yml");
        Files.writeString(file, """
                connectors:
                  - id: api
                    kind: rest
                    rest:
                      url: http://127.0.0.1:1/people
                      headers:
                        Authorization: "Bearer ${file:token.txt}"
                    mapping:
                      recordId: $.id
                """);

        RestSource rest = ConnectorConfigLoader.load(file, Map.of("SECRET", SECRET)::get).connectors().get(0).rest();

        assertThat(rest.headers()).containsEntry("Authorization", "Bearer ${env:SECRET}");
    }

    private static ConnectorFile load(Path file) {
        return ConnectorConfigLoader.load(file, Map.of("SECRET", SECRET)::get);
    }
}
