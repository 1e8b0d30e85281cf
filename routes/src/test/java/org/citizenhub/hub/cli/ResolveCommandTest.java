package org.citizenhub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch command in-process, on a small connector file with a CSV and an NDJSON source in a temp folder. */
class ResolveCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path connectors;
    private Path crosswalk;

    @BeforeEach
    void agencyFiles() throws IOException {
        Path data = Files.createDirectories(dir.resolve("agency"));
        Files.writeString(data.resolve("people.csv"), """
                id,first,last,dob,nid\r
                P1,Ann,Smith,1980-01-02,384756102\r
                P2,Bob,Jones,1975-05-05,\r
                "P,3",ANN,SMITH,1980-01-02,\r
                P4,Bad,Date,1980-13-45,\r
                """);
        Files.writeString(data.resolve("other.ndjson"), """
                {"ref": "N1", "name": {"given": "Ann", "family": "Smith"}, "nid": "384 756 102"}
                {"ref": "N2", "name": {"given": "Carl", "family": "Brown"}, "born": "1990-02-03"}
                """);
        connectors = Files.writeString(dir.resolve("connectors.yml"), """
                connectors:
                  - id: people
                    kind: file
                    file:
                      path: agency/people.csv
                    mapping:
                      recordId: id
                      name:
                        given: first
                        family: last
                      dateOfBirth: dob
                      nationalId: nid
                  - id: other
                    kind: file
                    file:
                      path: agency/other.ndjson
                    mapping:
                      recordId: $.ref
                      name:
                        given: $.name.given
                        family: $.name.family
                      dateOfBirth: $.born
                      nationalId: $.nid
                """);
        crosswalk = dir.resolve("out/crosswalk.csv");
    }

    @Test
    void writesOneRowPerIngestedRecordWithTheCitizenOfEach() throws IOException {
        int exit = run("--connectors", connectors.toString(), "--out", crosswalk.toString());

        assertThat(exit).isZero();
        assertThat(err()).isEmpty();
        List<CSVRecord> rows = readCrosswalk();
        assertThat(rows.get(0).values()).containsExactly("source", "record_id", "citizen_id");
        Map<String, String> citizenOf = new HashMap<>();
        rows.subList(1, rows.size()).forEach(row -> citizenOf.put(row.get(0) + "/" + row.get(1), row.get(2)));
        // one row per ingested record: P4 has an impossible date and is a dead letter
        assertThat(citizenOf).containsOnlyKeys("people/P1", "people/P2", "people/P,3", "other/N1", "other/N2");
        // same national id (P1, N1); same name and date of birth (P1, "P,3")
        assertThat(citizenOf.get("people/P,3")).isEqualTo(citizenOf.get("people/P1")).isEqualTo(citizenOf.get("other/N1"));
        assertThat(citizenOf.get("people/P2")).isNotEqualTo(citizenOf.get("people/P1")).isNotEqualTo(citizenOf.get("other/N2"));
        assertThat(citizenOf.get("other/N2")).isNotEqualTo(citizenOf.get("people/P1"));
        // RFC 4180: the id with a comma is quoted
        assertThat(Files.readString(crosswalk)).contains("people,\"P,3\",");
        assertThat(out()).contains("Records read: 6, dead-lettered: 1, citizens: 3")
                .contains("Crosswalk: " + crosswalk.toAbsolutePath() + " (5 rows)");
    }

    @Test
    void keepsTheStoreInTheGivenDatabaseAndGivesTheSameIdsOnASecondRun() throws IOException {
        String db = "jdbc:h2:file:" + dir.resolve("store/hub").toAbsolutePath();

        assertThat(run("--connectors", connectors.toString(), "--out", crosswalk.toString(), "--db", db)).isZero();
        String first = Files.readString(crosswalk);
        assertThat(run("--connectors", connectors.toString(), "--out", crosswalk.toString(), "--db", db)).isZero();

        assertThat(Files.readString(crosswalk)).isEqualTo(first);
        assertThat(dir.resolve("store/hub.mv.db")).exists();
    }

    @Test
    void aRecordItsSourceMarksDeletedIsInNoCrosswalkInMemoryOrKept() throws IOException {
        Files.writeString(dir.resolve("agency/register.csv"), """
                id,first,last,dob,status
                R1,Ann,Smith,1980-01-02,A
                R2,Ann,Smith,1980-01-02,A
                R2,Ann,Smith,1980-01-02,D
                R3,,,,D
                """);
        Path register = Files.writeString(dir.resolve("register.yml"), """
                connectors:
                  - id: register
                    kind: file
                    file:
                      path: agency/register.csv
                    mapping:
                      recordId: id
                      name:
                        given: first
                        family: last
                      dateOfBirth: dob
                      deleted: {from: status, values: {D: deleted}}
                """);
        // R2 is read live, then withdrawn later in the same file; R3 is a bare tombstone

        assertThat(run("--connectors", register.toString(), "--out", crosswalk.toString())).isZero();
        assertThat(readCrosswalk()).extracting(row -> row.get(1)).containsExactly("record_id", "R1");

        String db = "jdbc:h2:file:" + dir.resolve("store/hub").toAbsolutePath();
        assertThat(run("--connectors", register.toString(), "--out", crosswalk.toString(), "--db", db)).isZero();
        assertThat(readCrosswalk()).extracting(row -> row.get(1)).containsExactly("record_id", "R1");
    }

    @Test
    void printsUsageAndExits2OnBadArguments() {
        assertThat(run("--connectors", connectors.toString(), "--out", crosswalk.toString(), "--verbose")).isEqualTo(2);
        assertThat(err()).contains("resolve: unknown option --verbose").contains("Usage: java -jar citizen-hub.jar resolve");

        assertThat(run("--connectors", connectors.toString())).isEqualTo(2);
        assertThat(err()).contains("missing --out");

        assertThat(run("--connectors", dir.resolve("nope.yml").toString(), "--out", crosswalk.toString())).isEqualTo(2);
        assertThat(err()).contains("cannot read connector file");
        assertThat(crosswalk).doesNotExist();
    }

    @Test
    void helpGoesToStdoutAndExits0() {
        assertThat(run("--help")).isZero();
        assertThat(out()).startsWith("Usage: java -jar citizen-hub.jar resolve");
    }

    @Test
    void namesTheFileTheKeyAndTheReasonOfABadConnectorFileAndExits2() throws IOException {
        Files.writeString(connectors, Files.readString(connectors).replace("dateOfBirth: dob", "dateOfBrith: dob"));

        assertThat(run("--connectors", connectors.toString(), "--out", crosswalk.toString())).isEqualTo(2);

        assertThat(err()).contains(connectors.toString()).contains("dateOfBrith").doesNotContain("\tat ");
        assertThat(crosswalk).doesNotExist();
    }

    @Test
    void exits1WhenAConnectorRunFailsButStillRunsTheOthers() throws IOException {
        Files.delete(dir.resolve("agency/people.csv"));

        assertThat(run("--connectors", connectors.toString(), "--out", crosswalk.toString())).isEqualTo(1);

        assertThat(err()).contains("connector 'people'").doesNotContain("\tat ");
        List<CSVRecord> rows = readCrosswalk();
        assertThat(rows).hasSize(3); // header + the two records of 'other'
        assertThat(rows.subList(1, 3)).allSatisfy(row -> assertThat(row.get(0)).isEqualTo("other"));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new ResolveCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                null, name -> null).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<CSVRecord> readCrosswalk() throws IOException {
        try (Reader reader = Files.newBufferedReader(crosswalk)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }
}
