package org.citizenhub.hub.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Two made-up agencies for the casework tests, a registry (CSV) and a clinic (NDJSON), and the connector file
 * that reads them at start. Each person serves one test, so the tests sharing the application do not step on
 * each other:
 * <ul>
 *   <li>William Hartley (registry R1, clinic C1, same national id): search by typo and nickname, explain;
 *       William Hartman and Willa Hartley are the look-alikes that must rank lower.</li>
 *   <li>Grace Okafor (R4, C4, C4B): unlink, then re-ingest.</li>
 *   <li>Peter Novak (R6, C6, too different to link alone): manual link.</li>
 *   <li>Helen Brooks (R7, C7 "H Brooks") and Samuel Reid (R8, C8 "S Reid"): possible matches to accept and reject;
 *       Nadia Rahman (R10, C10 "N Rahman") one that stays in the queue.</li>
 *   <li>Marta Kowalski (R5, C5, C5B) and Thomas Wright (R9, C9 "T Wright"): the browser test's unlink and review.</li>
 * </ul>
 * {@link #change(String)} rewrites a person's records with different content (a new phone or email), so a
 * connector run re-resolves them instead of skipping them as unchanged.
 */
public final class CaseworkAgencies {

    public static final Path DIR = createFolder();

    private static final Set<String> CHANGED = new LinkedHashSet<>();

    private CaseworkAgencies() {
    }

    public static Path connectorFile() {
        return DIR.resolve("connectors.yml");
    }

    /** Gives the person's records new content in both files. */
    public static synchronized void change(String person) {
        CHANGED.add(person);
        writeSources();
    }

    static synchronized void writeSources() {
        String p = CHANGED.contains("okafor") ? "07700 900999" : "07700 900461";
        String reidEmail = CHANGED.contains("reid") ? "sam.reid@example.org" : "";
        write("registry.csv", """
                id,given,family,dob,nino,line,town,postcode,phone,email
                R1,William,Hartley,1971-03-14,JK482913A,4 Mill Lane,Leeds,LS2 7AB,,
                R2,William,Hartman,1985-11-02,PL193847B,9 Park Row,York,YO1 7HH,,
                R3,Willa,Hartley,1968-07-30,,22 Quarry Hill,Bradford,BD1 4QQ,,
                R4,Grace,Okafor,1990-05-20,,15 Elm Road,Hull,HU1 3TT,%s,
                R5,Marta,Kowalski,1982-09-09,MK552211C,7 Station Road,Derby,DE1 1AA,,
                R6,Peter,Novak,1960-01-01,,3 Bridge Street,Leeds,LS1 4AP,,
                R7,Helen,Brooks,1979-12-12,,8 Church Lane,Derby,DE1 2AA,,
                R8,Samuel,Reid,1993-04-04,,12 Oak Avenue,Leeds,LS6 2BB,,
                R9,Thomas,Wright,1955-02-28,,5 Mill Street,York,YO1 9ZZ,,
                R10,Nadia,Rahman,1988-06-17,,40 King Street,Leeds,LS1 2HL,,
                """.formatted(p));
        String graceEmail = CHANGED.contains("okafor") ? "g.okafor@example.org" : "grace.okafor@example.org";
        write("clinic.ndjson", """
                {"id":"C1","given":"William","family":"Hartley","dob":"1971-03-14","nino":"JK 48 29 13 A"}
                {"id":"C4","given":"Grace","family":"Okafor","dob":"1990-05-20","line":"15 Elm Road","postcode":"HU1 3TT","phone":"07700 900461"}
                {"id":"C4B","given":"Grace","family":"Okafor","dob":"1990-05-20","email":"%s"}
                {"id":"C5","given":"Marta","family":"Kowalski","dob":"1982-09-09","nino":"MK552211C"}
                {"id":"C5B","given":"Marta","family":"Kowalski","dob":"1982-09-09","postcode":"DE1 1AA","line":"7 Station Road"}
                {"id":"C6","given":"Peter","family":"Novak","line":"77 Canal Street","postcode":"M1 1AA"}
                {"id":"C7","given":"H","family":"Brooks","dob":"1979-12-12"}
                {"id":"C8","given":"S","family":"Reid","dob":"1993-04-04","email":"%s"}
                {"id":"C9","given":"T","family":"Wright","dob":"1955-02-28"}
                {"id":"C10","given":"N","family":"Rahman","dob":"1988-06-17"}
                """.formatted(graceEmail, reidEmail));
    }

    private static void writeConnectorFile() {
        write("connectors.yml", """
                connectors:
                  - id: registry
                    description: a registry's CSV export
                    kind: file
                    runAtStart: true
                    file:
                      path: registry.csv
                    mapping:
                      recordId: id
                      name:
                        given: given
                        family: family
                      dateOfBirth: dob
                      nationalId: nino
                      addresses:
                        - lines: [line]
                          town: town
                          postcode: postcode
                      phones: phone
                      emails: email
                  - id: clinic
                    description: a clinic's NDJSON export
                    kind: file
                    runAtStart: true
                    file:
                      path: clinic.ndjson
                    mapping:
                      recordId: $.id
                      name:
                        given: $.given
                        family: $.family
                      dateOfBirth: $.dob
                      nationalId: $.nino
                      addresses:
                        - lines: [$.line]
                          postcode: $.postcode
                      phones: $.phone
                      emails: $.email
                """);
    }

    private static Path createFolder() {
        try {
            Path dir = Files.createTempDirectory("citizen-hub-casework");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the connector file and both sources as they are at start. */
    static void writeAll() {
        writeConnectorFile();
        writeSources();
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
