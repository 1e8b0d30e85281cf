package org.citizenhub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolveArgumentsTest {

    @TempDir
    Path dir;

    private Path connectors;

    @BeforeEach
    void connectorFile() throws IOException {
        connectors = Files.writeString(dir.resolve("connectors.yml"), "connectors: []\n");
    }

    @Test
    void readsOptionsWithTheirValueAsNextArgument() throws UsageException {
        ResolveArguments args = ResolveArguments.parse(List.of(
                "--connectors", connectors.toString(), "--out", dir.resolve("x.csv").toString(), "--db", "jdbc:h2:mem:a"));

        assertThat(args.connectors()).isEqualTo(connectors.toAbsolutePath());
        assertThat(args.out()).isEqualTo(dir.resolve("x.csv").toAbsolutePath());
        assertThat(args.dbUrl()).isEqualTo("jdbc:h2:mem:a");
        assertThat(args.help()).isFalse();
    }

    @Test
    void readsOptionsWrittenWithAnEqualsSignInAnyOrder() throws UsageException {
        ResolveArguments args = ResolveArguments.parse(List.of(
                "--out=" + dir.resolve("x.csv"), "--connectors=" + connectors));

        assertThat(args.connectors()).isEqualTo(connectors.toAbsolutePath());
        assertThat(args.dbUrl()).isNull();
    }

    @Test
    void helpNeedsNothingElse() throws UsageException {
        assertThat(ResolveArguments.parse(List.of("--help")).help()).isTrue();
        assertThat(ResolveArguments.parse(List.of("--out", "x.csv", "-h")).help()).isTrue();
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> ResolveArguments.parse(List.of("--connectors", connectors.toString(), "--out", "x.csv", "--fast")))
                .isInstanceOf(UsageException.class).hasMessage("unknown option --fast");
    }

    @Test
    void rejectsAStrayArgument() {
        assertThatThrownBy(() -> ResolveArguments.parse(List.of("extra", "--connectors", connectors.toString())))
                .isInstanceOf(UsageException.class).hasMessage("unexpected argument 'extra'");
    }

    @Test
    void rejectsMissingRequiredOptions() {
        assertThatThrownBy(() -> ResolveArguments.parse(List.of("--out", "x.csv")))
                .isInstanceOf(UsageException.class).hasMessage("missing --connectors FILE.yml");
        assertThatThrownBy(() -> ResolveArguments.parse(List.of("--connectors", connectors.toString())))
                .isInstanceOf(UsageException.class).hasMessage("missing --out CROSSWALK.csv");
    }

    @Test
    void rejectsAnOptionWithoutItsValue() {
        assertThatThrownBy(() -> ResolveArguments.parse(List.of("--connectors")))
                .isInstanceOf(UsageException.class).hasMessage("option --connectors needs a value");
        assertThatThrownBy(() -> ResolveArguments.parse(List.of("--connectors", "--out", "x.csv")))
                .isInstanceOf(UsageException.class).hasMessage("option --connectors needs a value");
        assertThatThrownBy(() -> ResolveArguments.parse(List.of("--out=", "--connectors", connectors.toString())))
                .isInstanceOf(UsageException.class).hasMessage("option --out needs a value");
    }

    @Test
    void rejectsAConnectorFileThatCannotBeRead() {
        Path missing = dir.resolve("missing.yml");

        assertThatThrownBy(() -> ResolveArguments.parse(List.of("--connectors", missing.toString(), "--out", "x.csv")))
                .isInstanceOf(UsageException.class).hasMessage("cannot read connector file " + missing);
        assertThatThrownBy(() -> ResolveArguments.parse(List.of("--connectors", dir.toString(), "--out", "x.csv")))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("cannot read connector file");
    }

    @Test
    void rejectsAFolderAsOutput() {
        assertThatThrownBy(() -> ResolveArguments.parse(List.of("--connectors", connectors.toString(), "--out", dir.toString())))
                .isInstanceOf(UsageException.class).hasMessageContaining("is a directory");
    }

    @Test
    void rejectsADatabaseThatIsNotAJdbcUrl() {
        assertThatThrownBy(() -> ResolveArguments.parse(List.of(
                "--connectors", connectors.toString(), "--out", "x.csv", "--db", "postgres://host/db")))
                .isInstanceOf(UsageException.class).hasMessage("--db must be a JDBC URL (jdbc:...)");
    }
}
