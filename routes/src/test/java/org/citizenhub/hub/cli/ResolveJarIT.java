package org.citizenhub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar citizen-hub.jar resolve ...} as a process: the exact contract of the batch command. */
class ResolveJarIT {

    @TempDir
    Path dir;

    @Test
    void resolvesAConnectorFileIntoACrosswalkWithoutStartingTheHub() throws Exception {
        Path data = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(data.resolve("tax.csv"), """
                REF;NAME;BORN;NID\r
                T1;"SMITH, Ann Marie";02/01/1980;384 756 102\r
                T2;"JONES, Bob";05/05/1975;\r
                T3;"NOBODY, Ima";31/02/1980;\r
                """);
        Files.writeString(data.resolve("health.ndjson"), """
                {"id": "H1", "given": "Ann", "family": "Smith", "dob": "1980-01-02"}
                {"id": "H2", "given": "Carl", "family": "Brown", "dob": "1990-02-03", "nid": "571 230 984"}
                """);
        Path connectors = Files.writeString(dir.resolve("connectors.yml"), """
                connectors:
                  - id: tax
                    kind: file
                    file: {path: exports/tax.csv, delimiter: ";"}
                    mapping:
                      recordId: REF
                      name: {full: NAME, fullFormat: family-first}
                      dateOfBirth: {from: BORN, dateFormats: [dd/MM/yyyy]}
                      nationalId: NID
                  - id: health
                    kind: file
                    file: {path: exports/health.ndjson}
                    mapping:
                      recordId: $.id
                      name: {given: $.given, family: $.family}
                      dateOfBirth: $.dob
                      nationalId: $.nid
                """);
        Path crosswalk = dir.resolve("crosswalk.csv");

        JarProcess jar = JarProcess.start(dir, List.of("resolve", "--connectors", connectors.toString(), "--out", crosswalk.toString()));
        int exit = jar.waitFor(120);

        assertThat(exit).as(jar.tail()).isZero();
        List<String> lines = Files.readAllLines(crosswalk);
        assertThat(lines).hasSize(5).first().isEqualTo("source,record_id,citizen_id");
        assertThat(lines.subList(1, 5)).extracting(line -> line.substring(0, line.lastIndexOf(',')))
                .containsExactly("health,H1", "health,H2", "tax,T1", "tax,T2");
        assertThat(citizen(lines, "tax,T1")).isEqualTo(citizen(lines, "health,H1")).isNotEqualTo(citizen(lines, "tax,T2"));
        assertThat(jar.stdout()).contains("Records read: 5, dead-lettered: 1, citizens: 3");
        // no web server, no cluster member, no banner, no log noise
        assertThat(jar.stdout() + jar.stderr()).doesNotContain("Tomcat", "Hazelcast", "Spring Boot", "INFO");
        assertThat(jar.stderr()).isEmpty();
    }

    @Test
    void exitsWithUsageOnBadArgumentsAndWithTheReasonOnABadConnectorFile() throws Exception {
        JarProcess noOut = JarProcess.start(dir, List.of("resolve", "--connectors", "missing.yml"));
        assertThat(noOut.waitFor(60)).isEqualTo(2);
        assertThat(noOut.stderr()).contains("missing --out").contains("Usage:").doesNotContain("Exception");

        Path bad = Files.writeString(dir.resolve("bad.yml"), """
                connectors:
                  - id: tax
                    kind: file
                    file: {path: tax.csv, delimiter: ";;"}
                    mapping: {recordId: REF}
                """);
        JarProcess badFile = JarProcess.start(dir, List.of("resolve", "--connectors", bad.toString(), "--out", "x.csv"));
        assertThat(badFile.waitFor(60)).isEqualTo(2);
        assertThat(badFile.stderr()).contains(bad.toString()).contains("delimiter").doesNotContain("\tat ");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    private static String citizen(List<String> lines, String sourceAndRecord) {
        return lines.stream().filter(line -> line.startsWith(sourceAndRecord + ",")).findFirst()
                .map(line -> line.substring(line.lastIndexOf(',') + 1)).orElseThrow();
    }
}
