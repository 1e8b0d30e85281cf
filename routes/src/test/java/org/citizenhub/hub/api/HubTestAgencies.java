package org.citizenhub.hub.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Two made-up agencies on disk for the application tests: a tax CSV and a health NDJSON file, and the
 * connector file that reads them. Ann Lee is in both (same national id, written differently); Bob Ray and
 * Dan Fox in one each; Cara Moss's date of birth is in a format the tax mapping does not list yet.
 * The archive connector's file does not exist, so its (on-demand) runs fail.
 */
final class HubTestAgencies {

    static final Path DIR = createFolder();

    static final String TAX_CSV = """
            ref,given,family,dob,nino
            T1,Ann,Lee,02/01/1980,AB123456C
            T2,Bob,Ray,04/03/1975,ZX987654A
            T3,Cara,Moss,1990.07.15,QQ112233B
            """;

    static final String HEALTH_NDJSON = """
            {"id":"H1","name":{"given":"Anne","family":"Lee"},"nino":"AB 12 34 56 C","dob":"1980-01-02"}
            {"id":"H2","name":{"given":"Dan","family":"Fox"},"nino":"YY445566D","dob":"1966-06-06"}
            """;

    private HubTestAgencies() {
    }

    static Path connectorFile() {
        return DIR.resolve("connectors.yml");
    }

    /** The connector file; {@code taxDateFormats} is the YAML list of the tax source's date formats. */
    static void writeConnectorFile(String taxDateFormats) {
        write("connectors.yml", """
                connectors:
                  - id: tax
                    description: tax agency CSV export
                    kind: file
                    runAtStart: true
                    file:
                      path: tax.csv
                    mapping:
                      recordId: ref
                      name:
                        given: given
                        family: family
                      dateOfBirth:
                        from: dob
                        dateFormats: %s
                      nationalId: nino
                  - id: health
                    kind: file
                    runAtStart: true
                    file:
                      path: health.ndjson
                    mapping:
                      recordId: $.id
                      name:
                        given: $.name.given
                        family: $.name.family
                      dateOfBirth:
                        from: $.dob
                        dateFormats: [yyyy-MM-dd]
                      nationalId: $.nino
                  - id: archive
                    description: an export that is not there
                    kind: file
                    file:
                      path: archive/missing.csv
                    mapping:
                      recordId: ref
                """.formatted(taxDateFormats));
    }

    private static Path createFolder() {
        try {
            Path dir = Files.createTempDirectory("citizen-hub-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            Files.writeString(dir.resolve("tax.csv"), TAX_CSV);
            Files.writeString(dir.resolve("health.ndjson"), HEALTH_NDJSON);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String name, String content) {
        try {
            Files.writeString(DIR.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
