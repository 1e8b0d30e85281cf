package org.citizenhub.connectors.source;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.connectors.RunSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A REST page is bounded by {@code maxPageBytes} and read as a stream, and a page with a key given twice is refused:
 * each becomes one dead letter, the run does not advance the watermark, and paging goes on or stops cleanly.
 */
class RestPageLimitsTest {

    private static final String LONG_NOTE = "x".repeat(5_000);
    private static WireMockServer api;
    private static HttpServer endless;

    @TempDir
    Path folder;

    private ConnectorHarness hub;

    @BeforeAll
    static void startApis() throws IOException {
        api = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        api.start();
        // a page that never ends: whoever reads it whole never comes back
        endless = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endless.createContext("/people", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            byte[] item = "{\"id\":\"E-1\",\"givenName\":\"Ann\"},".getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"data\":[".getBytes(StandardCharsets.UTF_8));
                while (!Thread.currentThread().isInterrupted()) {
                    out.write(item);
                }
            } catch (IOException clientWentAway) {
                // what the test expects
            }
        });
        endless.start();
    }

    @AfterAll
    static void stopApis() {
        api.stop();
        endless.stop(0);
    }

    @BeforeEach
    void start() throws Exception {
        api.resetAll();
        hub = ConnectorHarness.start("rest-limits.yml", folder,
                Map.of("API", api.baseUrl(), "ENDLESS", "http://127.0.0.1:" + endless.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void aPageLongerThanMaxPageBytesIsOneDeadLetterCutToItsStartAndPagingGoesOn() {
        stubPage(1, person("P-1", "2024-05-01"), person("P-2", "2024-05-02"));
        String longPage = page(personWithNote("P-3", "2024-05-03"), personWithNote("P-4", "2024-05-04"));
        stubBody(2, longPage);
        stubPage(3, person("P-5", "2024-05-05"));

        RunSummary summary = hub.runner.run("small-pages-api");

        assertThat(longPage.length()).isGreaterThan(4096);
        assertThat(hub.sink.acceptedIds()).containsExactly("P-1", "P-2", "P-5");
        assertThat(summary.deadLettered()).isEqualTo(1);
        DeadLetter letter = hub.sink.rejected.get(0);
        assertThat(letter.reason()).isEqualTo("page 2: response is longer than 4096 bytes (maxPageBytes); "
                + "not read further, the raw payload keeps its first 4096 bytes");
        assertThat(letter.rawPayload()).hasSize(4096);
        assertThat(longPage).startsWith(letter.rawPayload());
        assertThat(letter.recordId()).isNull();
        // part of the source was not read: the next run must start from the same point
        assertThat(hub.checkpoints.watermark("small-pages-api")).isEmpty();
    }

    @Test
    void aPageLongerThanMaxPageBytesStopsCursorPagingAndTheRunSaysWhy() {
        api.stubFor(get(urlPathEqualTo("/cursor/people")).withQueryParam("after", absent())
                .willReturn(okJson(cursorPage("c2", person("C-1", "2024-01-01"), person("C-2", "2024-01-02")))));
        api.stubFor(get(urlPathEqualTo("/cursor/people")).withQueryParam("after", equalTo("c2"))
                .willReturn(okJson(cursorPage("c3", personWithNote("C-3", "2024-01-03")))));

        assertThatThrownBy(() -> hub.runner.run("small-cursor-api"))
                .isInstanceOf(ConnectorRunException.class)
                .hasMessageContaining("page 2 could not be read (response is longer than 4096 bytes (maxPageBytes)")
                .satisfies(e -> {
                    RunSummary partial = ((ConnectorRunException) e).partialSummary();
                    assertThat(partial.ingested()).isEqualTo(2);
                    assertThat(partial.deadLettered()).isEqualTo(1);
                });
        assertThat(hub.sink.acceptedIds()).containsExactly("C-1", "C-2");
        api.verify(2, getRequestedFor(urlPathEqualTo("/cursor/people")));
    }

    @Test
    void aPageThatNeverEndsIsCutOffAtMaxPageBytesAndTheRunEnds() {
        RunSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> hub.runner.run("endless-api"));

        assertThat(summary.ingested()).isZero();
        assertThat(hub.sink.rejected).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo("page 1: response is longer than 65536 bytes (maxPageBytes); "
                    + "not read further, the raw payload keeps its first 65536 bytes");
            assertThat(letter.rawPayload()).startsWith("{\"data\":[{\"id\":\"E-1\"").hasSize(65536);
        });
    }

    @Test
    void aPageWithAKeyGivenTwiceIsOneDeadLetterNamingTheKeyAndPagingGoesOn() {
        stubPage(1, person("P-1", "2024-05-01"), person("P-2", "2024-05-02"));
        String twice = "{\"id\": \"P-4\", \"givenName\": \"Ada\", \"familyName\": \"Lovelace\", \"familyName\": \"Byron\","
                + " \"meta\": {\"lastUpdated\": \"2024-05-04\"}}";
        String pageWithTwice = page(person("P-3", "2024-05-03"), twice);
        stubBody(2, pageWithTwice);
        stubPage(3, person("P-5", "2024-05-05"));

        RunSummary summary = hub.runner.run("small-pages-api");

        assertThat(hub.sink.acceptedIds()).containsExactly("P-1", "P-2", "P-5");
        assertThat(summary.deadLettered()).isEqualTo(1);
        DeadLetter letter = hub.sink.rejected.get(0);
        assertThat(letter.reason()).isEqualTo("page 2: key 'familyName' appears twice in one object");
        assertThat(letter.rawPayload()).isEqualTo(pageWithTwice);
        assertThat(hub.checkpoints.watermark("small-pages-api")).isEmpty();
    }

    private static void stubPage(int number, String... people) {
        stubBody(number, page(people));
    }

    private static void stubBody(int number, String body) {
        api.stubFor(get(urlPathEqualTo("/people")).withQueryParam("page", equalTo(Integer.toString(number)))
                .willReturn(okJson(body)));
    }

    private static String page(String... people) {
        return "{\"data\": [" + String.join(",", people) + "]}";
    }

    private static String cursorPage(String next, String... people) {
        return "{\"items\": [" + String.join(",", people) + "], \"links\": {\"next\": \"" + next + "\"}}";
    }

    private static String person(String id, String lastUpdated) {
        return "{\"id\": \"" + id + "\", \"givenName\": \"Ada\", \"familyName\": \"Lovelace\","
                + " \"meta\": {\"lastUpdated\": \"" + lastUpdated + "\"}}";
    }

    private static String personWithNote(String id, String lastUpdated) {
        return "{\"id\": \"" + id + "\", \"givenName\": \"Ada\", \"note\": \"" + LONG_NOTE + "\","
                + " \"meta\": {\"lastUpdated\": \"" + lastUpdated + "\"}}";
    }
}
