package org.citizenhub.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README.md is what a stranger reads to run the hub and to write a connector file, so what it says must
 * stay true: the commands the issue fixes, the test command .ci/run runs, and the connector reference
 * copied in full from docs/connector-reference.md.
 */
class ReadmeTest {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final String BEGIN = "<!-- BEGIN docs/connector-reference.md";
    private static final String END = "<!-- END docs/connector-reference.md -->";

    @Test
    void givesTheRunTestAndResolveCommands() throws IOException {
        String readme = read("README.md");

        assertThat(readme)
                .contains("java -jar routes/target/citizen-hub.jar --spring.profiles.active=demo")
                .contains("java -jar routes/target/citizen-hub.jar resolve --connectors FILE.yml --out CROSSWALK.csv")
                .contains("java -jar routes/target/citizen-hub.jar --hub.connectors=connectors.yml")
                .contains("source,record_id,citizen_id")
                .contains("\nmvn -B verify\n");
        assertThat(read(".ci/run")).contains("\nmvn -B verify\n");
    }

    @Test
    void holdsTheConnectorReferenceExactlyAsDocsHasIt() throws IOException {
        String readme = read("README.md");
        String reference = read("docs/connector-reference.md");
        String withoutTitle = reference.substring(reference.indexOf('\n') + 1).stripLeading();

        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README marks the copied reference").isNotNegative();
        String copy = readme.substring(readme.indexOf('\n', begin) + 1, end);

        assertThat(copy).as("README's connector reference is out of date: copy docs/connector-reference.md "
                + "(without its title line) between the BEGIN and END markers").isEqualTo(withoutTitle);
    }

    private static String read(String file) throws IOException {
        return Files.readString(REPOSITORY.resolve(file));
    }
}
