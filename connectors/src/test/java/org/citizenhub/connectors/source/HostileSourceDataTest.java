package org.citizenhub.connectors.source;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.connectors.RunSummary;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real source files and a real HTTP API full of hostile data, good records between the bad ones: oversized values
 * (a 1 MB name, a 10 MB line, a 1.2 MB REST item), deep nesting, 10,000 fields, malformed rows (bytes that are not
 * UTF-8, an unclosed quote, wrong column counts, NUL bytes, a BOM), control characters, and injection strings
 * (SQL, {@code ${env:SECRET}}, Camel and Spring expressions, JSON paths, a spreadsheet formula, HTML). Every run
 * ends with a summary (never an exception); every bad record is a dead letter whose reason names the line and the
 * problem without the value; every good record lands; injected text lands as the text it is, nothing expanded.
 */
class HostileSourceDataTest {

    private static final String SECRET = "the-secret-value-7f3a";
    private static final String MEGABYTE_NAME = "N".repeat(1_000_000);
    private static final String INJECTED_SQL = "Robert'); DROP TABLE citizen;--";
    private static final String FORMULA = "=cmd|' /C calc'!A0";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static WireMockServer api;

    @TempDir
    Path folder;

    private ConnectorHarness hub;

    @BeforeAll
    static void startApi() {
        api = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        api.start();
    }

    @AfterAll
    static void stopApi() {
        api.stop();
    }

    @BeforeEach
    void start() throws Exception {
        hub = ConnectorHarness.start("hostile.yml", folder, Map.of("API", api.baseUrl(), "SECRET", SECRET));
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void aCsvFileOfHostileRowsDeadLettersEachBadRowByLineAndLandsEveryGoodOne() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        write(csv, "\uFEFFref,given,family,dob,nino\n");                                              // 1: BOM, header
        write(csv, "G1,Ann,Lee,02/01/1980,AB123456C\n");                                             // 2
        write(csv, "B1," + MEGABYTE_NAME + ",Lee,02/01/1980,AB123456C\n");                           // 3: 1 MB name
        write(csv, "G2,Bob,Ray,04/03/1975,ZX987654A\r\n");                                           // 4: CRLF
        write(csv, "B2,Ten,Mega,01/01/1990," + "X".repeat(10_000_000) + "\n");                        // 5: 10 MB line
        write(csv, "G3,Cara,Moss,15/07/1990,QQ112233B\n");                                           // 6
        csv.write("B3,Ren".getBytes(StandardCharsets.US_ASCII));                                     // 7: not UTF-8
        csv.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        write(csv, "e,Lee,02/01/1980,AB123456C\n");
        write(csv, "B4,Ann,Lee,02/01/1980\n");                                                       // 8: 4 columns
        write(csv, "B5,Ann,Lee\u0000,02/01/1980,AB123456C\n");                                        // 9: NUL byte
        write(csv, "I1,\"" + INJECTED_SQL + "\",\"O'Brien\",01/01/1980,\"' OR '1'='1\"\n");          // 10
        write(csv, "I2,${env:SECRET},\"" + FORMULA + "\",01/01/1980,#{7*7}\n");                        // 11
        write(csv, "I3," + SCRIPT + ",$.nino,01/01/1980,${body}\n");                                 // 12
        write(csv, "R".repeat(300) + ",Ann,Lee,02/01/1980,AB123456C\n");                              // 13: id too long
        write(csv, "B7," + "A".repeat(1_001) + ",Lee,02/01/1980,AB123456C\n");                       // 14: name too long
        write(csv, "B8,Ann,Le\u001b[31me,02/01/1980,AB123456C\n");                                   // 15: ESC
        write(csv, "B9,Ann,Lee,02/01/1980,AB1" + ",x".repeat(10_000) + "\n");                          // 16: 10,005 columns
        // an unclosed quote swallows what follows it up to the next quote: here nothing quoted follows
        write(csv, "B6,Ann,\"Lee,02/01/1980,AB123456C\n");                                            // 17: unclosed quote
        write(csv, "G4,Dan,Fox,06/06/1966,YY445566D");                                               // 18: no final line break
        Files.write(folder.resolve("hostile.csv"), csv.toByteArray());

        RunSummary summary = hub.runner.run("hostile-csv");

        assertThat(hub.sink.acceptedIds()).containsExactly("G1", "G2", "G3", "I1", "I2", "I3", "G4");
        assertThat(reasons()).containsExactly(
                "line 3: longer than 100000 characters",
                "line 5: longer than 100000 characters",
                "line 7: holds bytes that are not valid in the file's encoding (check file.encoding)",
                "line 8: expected 5 columns, found 4",
                "line 9: holds a NUL character (a binary or UTF-16 file? check file.encoding)",
                "line 13: recordId: longer than 200 characters",
                "name.given: value is longer than 1000 characters",
                "name.family: value holds control characters (such as NUL or ESC)",
                "line 16: expected 5 columns, found 10005",
                "line 17: quoted field is not closed");
        assertThat(summary.ingested()).isEqualTo(7);
        assertThat(summary.deadLettered()).isEqualTo(10);
        assertThat(summary.read()).isEqualTo(17);
        assertInjectedTextLandedAsWritten();
        assertThat(hub.sink.rejected).allSatisfy(letter -> {
            assertThat(letter.rawPayload().length()).isLessThanOrEqualTo(RecordHandler.MAX_RECORD_CHARS);
            assertThat(letter.rawPayload()).doesNotContain("\u0000");
        });
        assertThat(hub.sink.rejected.get(1).rawPayload()).hasSize(100_000).startsWith("B2,Ten,Mega");
    }

    @Test
    void anNdjsonFileOfHostileLinesDeadLettersEachBadLineAndLandsEveryGoodOne() throws Exception {
        String tenThousandFields = IntStream.range(0, 10_000).mapToObj(i -> "\"f" + Integer.toString(i, 36) + "\":1")
                .collect(Collectors.joining(","));
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        write(ndjson, "\uFEFF{\"id\":\"G1\",\"given\":\"Ann\",\"family\":\"Lee\"}\n");              // 1: BOM
        write(ndjson, "{\"id\":\"B1\",\"given\":\"" + MEGABYTE_NAME + "\"}\n");                       // 2: 1 MB name
        write(ndjson, "{\"id\":\"B2\",\"x\":" + "[".repeat(1_500) + "]".repeat(1_500) + "}\n");       // 3: deep
        write(ndjson, "{\"id\":\"G2\",\"given\":\"Bob\",\"family\":\"Ray\"," + tenThousandFields + "}\n"); // 4: 10k fields
        ndjson.write("{\"id\":\"B3\",\"given\":\"".getBytes(StandardCharsets.US_ASCII));             // 5: not UTF-8
        ndjson.write(new byte[] {(byte) 0xE9, (byte) 0x80});
        write(ndjson, "\"}\n");
        write(ndjson, "{\"id\":\"B4\",\u0000\"given\":\"Ann\"}\n");                                    // 6: raw NUL
        write(ndjson, "{\"id\":\"B5\",\"given\":\"An\\u0000n\"}\n");                                   // 7: escaped NUL
        write(ndjson, "{\"id\":\"B6\",\"given\":\"Ann\"\n");                                           // 8: unclosed
        write(ndjson, "[\"B7\"]\n");                                                                  // 9: array
        write(ndjson, "{\"id\":\"I1\",\"given\":\"" + INJECTED_SQL + "\",\"family\":\"O'Brien\",\"nino\":\"' OR '1'='1\"}\r\n");
        write(ndjson, "{\"id\":\"I2\",\"given\":\"${env:SECRET}\",\"family\":\"=cmd|' /C calc'!A0\",\"nino\":\"#{7*7}\"}\n");
        write(ndjson, "{\"id\":\"I3\",\"given\":\"" + SCRIPT.replace("/", "\\/") + "\",\"family\":\"$.nino\",\"nino\":\"${body}\"}\n");
        write(ndjson, "{\"id\":{\"$ne\":null},\"given\":\"Ann\"}\n");                                   // 13: object id
        write(ndjson, "{\"id\":\"B8\",\"given\":\"Ann\",\"given\":\"Eve\"}\n");                         // 14: key twice
        write(ndjson, "{\"id\":\"G3\",\"given\":\"Cara\",\"family\":\"Moss\"}");                        // 15
        Files.write(folder.resolve("hostile.ndjson"), ndjson.toByteArray());

        RunSummary summary = hub.runner.run("hostile-ndjson");

        assertThat(hub.sink.acceptedIds()).containsExactly("G1", "G2", "I1", "I2", "I3", "G3");
        assertThat(reasons()).containsExactly(
                "line 2: longer than 100000 characters",
                "line 3: JSON nested deeper than 1000 levels",
                "line 5: holds bytes that are not valid in the file's encoding (check file.encoding)",
                "line 6: holds a NUL character (a binary or UTF-16 file? check file.encoding)",
                "name.given: value holds control characters (such as NUL or ESC)",
                "line 8: not valid JSON",
                "line 9: not a JSON object",
                "line 13: recordId: found an object where a value was expected; point the path at a field of it",
                "line 14: key 'given' appears twice in one object");
        assertThat(summary.deadLettered()).isEqualTo(9);
        assertInjectedTextLandedAsWritten();
        assertThat(hub.sink.accepted.get(1).rawPayload()).contains("\"f7pr\":1"); // the 10,000th field kept
    }

    @Test
    void aRestApiAnsweringHostileItemsDeadLettersEachBadItemAndLandsEveryGoodOne() {
        String items = String.join(",",
                "{\"id\":\"R1\",\"given\":\"Ann\",\"family\":\"Lee\"}",
                "{\"id\":\"B1\",\"given\":\"" + "N".repeat(100_000) + "\"}",
                "{\"id\":\"B2\",\"given\":\"Big\",\"blob\":\"" + "z".repeat(1_200_000) + "\"}",
                "\"just a string\"",
                "{\"id\":\"I2\",\"given\":\"${env:SECRET}\",\"family\":\"" + FORMULA + "\"}",
                "{\"id\":\"B3\",\"given\":\"Ann\\u001b]0;pwned\\u0007\"}",
                "{\"id\":\"" + "R".repeat(201) + "\",\"given\":\"Ann\"}",
                "{\"id\":\"R2\",\"given\":\"Bob\",\"family\":\"Ray\"}");
        api.stubFor(get(urlPathEqualTo("/people")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"data\":[" + items + "]}")));

        RunSummary summary = hub.runner.run("hostile-api");

        assertThat(hub.sink.acceptedIds()).containsExactly("R1", "I2", "R2");
        assertThat(reasons()).containsExactly(
                "name.given: value is longer than 1000 characters",
                "page 1 item 3: record is longer than 1000000 characters as JSON (raw payload cut to its first 1000000 characters)",
                "page 1 item 4: not a JSON object",
                "name.given: value holds control characters (such as NUL or ESC)",
                "page 1 item 7: recordId: longer than 200 characters");
        assertThat(summary.deadLettered()).isEqualTo(5);
        assertThat(hub.sink.accepted.get(1).name().given()).isEqualTo("${env:SECRET}");
        assertThat(hub.sink.accepted.get(1).name().family()).isEqualTo(FORMULA);
        assertNoSecretAnywhere();
    }

    @Test
    void aRestPageNestedTooDeeplyIsOneDeadLetterAndTheRunStillEnds() {
        api.stubFor(get(urlPathEqualTo("/deep")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"data\":[{\"id\":\"D1\",\"given\":\"Ann\"},{\"id\":\"D2\",\"x\":" + "[".repeat(5_000)
                        + "]".repeat(5_000) + "}]}")));

        RunSummary summary = hub.runner.run("deep-api");

        assertThat(summary.deadLettered()).isEqualTo(1);
        assertThat(reasons()).containsExactly("page 1: response is JSON nested deeper than 1000 levels");
        assertThat(hub.sink.rejected.get(0).rawPayload()).startsWith("{\"data\":[");
    }

    @Test
    void aHostileUpdatedValueNeverBecomesTheWatermark() {
        String items = String.join(",",
                "{\"id\":\"W1\",\"given\":\"Ann\",\"updated\":\"2026-01-01T00:00:00Z\"}",
                "{\"id\":\"W2\",\"given\":\"Bob\",\"updated\":\"~~~ not a time ~~~\"}",
                "{\"id\":\"W3\",\"given\":\"Cara\",\"updated\":\"9999-12-31T00:00:00Z" + "Z".repeat(600) + "\"}",
                "{\"id\":\"W4\",\"given\":\"Dan\",\"updated\":" + "9".repeat(900) + "}",
                "{\"id\":\"W5\",\"given\":\"Eve\",\"updated\":\"2025-06-01T00:00:00Z\"}");
        api.stubFor(get(urlPathEqualTo("/changes")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"data\":[" + items + "]}")));

        RunSummary summary = hub.runner.run("watermark-api");

        assertThat(summary.ingested()).isEqualTo(5);
        assertThat(hub.checkpoints.watermark("watermark-api")).contains("2026-01-01T00:00:00Z");
    }

    /** The injected strings are the records' text, exactly; the secret's value is nowhere. */
    private void assertInjectedTextLandedAsWritten() {
        Map<String, SourceRecord> byId = hub.sink.accepted.stream()
                .collect(Collectors.toMap(record -> record.key().recordId(), record -> record));
        assertThat(givenAndMiddle(byId.get("I1"))).isEqualTo(INJECTED_SQL);
        assertThat(byId.get("I1").name().family()).isEqualTo("O'Brien");
        assertThat(byId.get("I1").nationalId()).isEqualTo("' OR '1'='1");
        assertThat(byId.get("I2").name().given()).isEqualTo("${env:SECRET}");
        assertThat(byId.get("I2").name().family()).isEqualTo(FORMULA);
        assertThat(byId.get("I2").nationalId()).isEqualTo("#{7*7}");
        assertThat(byId.get("I3").name().given()).isEqualTo(SCRIPT);
        assertThat(byId.get("I3").name().family()).isEqualTo("$.nino");
        assertThat(byId.get("I3").nationalId()).isEqualTo("${body}");
        assertNoSecretAnywhere();
    }

    /** Reasons name a position and a problem: no value from the data, no secret. */
    private List<String> reasons() {
        List<String> reasons = hub.sink.rejected.stream().map(DeadLetter::reason).toList();
        assertThat(reasons).allSatisfy(reason -> assertThat(reason)
                .doesNotContain("NNNN", "XXXX", "AAAA", "zzzz", "RRRR", "Ren", "Ann", "Lee", "DROP", SECRET));
        return reasons;
    }

    /** A given name of several words keeps the first as given, the rest as middle names. */
    private static String givenAndMiddle(SourceRecord record) {
        List<String> parts = new java.util.ArrayList<>(List.of(record.name().given()));
        parts.addAll(record.name().middle());
        return String.join(" ", parts);
    }

    private void assertNoSecretAnywhere() {
        assertThat(hub.sink.accepted).allSatisfy(record -> assertThat(record.toString() + record.rawPayload()).doesNotContain(SECRET));
        assertThat(hub.sink.rejected).allSatisfy(letter -> assertThat(letter.toString()).doesNotContain(SECRET));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
