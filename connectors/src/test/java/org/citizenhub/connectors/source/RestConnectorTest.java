package org.citizenhub.connectors.source;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.connectors.RunSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestConnectorTest {

    private static final String BEARER = "Bearer s3cret";
    private static WireMockServer api;
    private static String unreachable;

    @TempDir
    Path folder;

    private ConnectorHarness hub;

    @BeforeAll
    static void startApi() throws Exception {
        api = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        api.start();
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            unreachable = "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    @AfterAll
    static void stopApi() {
        api.stop();
    }

    @BeforeEach
    void start() throws Exception {
        api.resetAll();
        // without the bearer token the API answers 401, whatever the path
        api.stubFor(get(urlPathEqualTo("/people")).atPriority(10).willReturn(aResponse().withStatus(401)));
        hub = ConnectorHarness.start("rest.yml", folder,
                Map.of("API", api.baseUrl(), "TOKEN", "s3cret", "UNREACHABLE", unreachable));
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void pageNumberPagingReadsEveryPageUntilAShortOneWithTheBearerToken() {
        stubPeoplePage(1, person("P-1", "2024-05-01T10:00:00Z"), person("P-2", "2024-05-02T10:00:00Z"));
        stubPeoplePage(2, person("P-3", "2024-05-09T10:00:00Z"), person("P-4", "2024-05-03T10:00:00Z"));
        stubPeoplePage(3, person("P-5", "2024-05-04T10:00:00Z"));

        RunSummary summary = hub.runner.run("benefits-api");

        assertThat(summary.read()).isEqualTo(5);
        assertThat(summary.ingested()).isEqualTo(5);
        assertThat(hub.sink.acceptedIds()).containsExactly("P-1", "P-2", "P-3", "P-4", "P-5");
        assertThat(hub.sink.accepted.get(0).name().family()).isEqualTo("Lovelace");
        api.verify(3, getRequestedFor(urlPathEqualTo("/people")).withHeader("Authorization", equalTo(BEARER))
                .withQueryParam("size", equalTo("2")).withQueryParam("updatedSince", absent()));
        assertThat(hub.checkpoints.watermark("benefits-api")).contains("2024-05-09T10:00:00Z");
    }

    @Test
    void theSecondRunSendsTheWatermarkAsUpdatedSince() {
        stubPeoplePage(1, person("P-1", "2024-05-01T10:00:00Z"));
        hub.runner.run("benefits-api");
        hub.sink.clear();
        api.stubFor(peoplePage(1).withQueryParam("updatedSince", equalTo("2024-05-01T10:00:00Z"))
                .willReturn(okJson(page(person("P-1", "2024-06-01T08:00:00+02:00")))));

        RunSummary second = hub.runner.run("benefits-api");

        assertThat(second.ingested()).isEqualTo(1);
        api.verify(getRequestedFor(urlPathEqualTo("/people"))
                .withQueryParam("updatedSince", equalTo("2024-05-01T10:00:00Z")));
        assertThat(hub.checkpoints.watermark("benefits-api")).contains("2024-06-01T08:00:00+02:00");
    }

    @Test
    void theWatermarkNeverGoesBackWhenTheApiSendsOlderRecords() {
        hub.checkpoints.saveWatermark("benefits-api", "2024-07-01T00:00:00Z");
        api.stubFor(peoplePage(1).withQueryParam("updatedSince", equalTo("2024-07-01T00:00:00Z"))
                .willReturn(okJson(page(person("P-1", "2024-05-01T10:00:00Z")))));

        hub.runner.run("benefits-api");

        assertThat(hub.sink.acceptedIds()).containsExactly("P-1");
        assertThat(hub.checkpoints.watermark("benefits-api")).contains("2024-07-01T00:00:00Z");
    }

    @Test
    void withoutTheTokenTheApiRefusesAndTheRunFailsWithoutRetrying() {
        stubPeoplePage(1, person("P-1", "2024-05-01T10:00:00Z"));

        assertThatThrownBy(() -> hub.runner.run("anonymous-api"))
                .isInstanceOf(ConnectorRunException.class)
                .hasMessageContaining("HTTP 401 from GET " + api.baseUrl() + "/people");
        api.verify(1, getRequestedFor(urlPathEqualTo("/people")));
    }

    @Test
    void cursorPagingFollowsTheNextCursorUntilItIsGone() {
        api.stubFor(get(urlPathEqualTo("/cursor/people")).withQueryParam("region", equalTo("north"))
                .withQueryParam("after", absent()).withHeader("Authorization", equalTo(BEARER))
                .willReturn(okJson(cursorPage("c2", person("C-1", "2024-01-01"), person("C-2", "2024-01-02")))));
        api.stubFor(cursorRequest("c2").willReturn(okJson(cursorPage("c3", person("C-3", "2024-01-03")))));
        api.stubFor(cursorRequest("c3").willReturn(okJson(cursorPage("", person("C-4", "2024-01-04")))));

        RunSummary summary = hub.runner.run("cursor-api");

        assertThat(summary.read()).isEqualTo(4);
        assertThat(hub.sink.acceptedIds()).containsExactly("C-1", "C-2", "C-3", "C-4");
        api.verify(3, getRequestedFor(urlPathEqualTo("/cursor/people")).withQueryParam("region", equalTo("north")));
    }

    @Test
    void aServerErrorIsRetriedAndTheRunSucceeds() {
        api.stubFor(get(urlPathEqualTo("/flaky/people")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        api.stubFor(get(urlPathEqualTo("/flaky/people")).inScenario("flaky").whenScenarioStateIs("recovered")
                .withHeader("Authorization", equalTo(BEARER))
                .willReturn(okJson("[" + person("F-1", "2024-01-01") + "]")));

        RunSummary summary = hub.runner.run("flaky-api");

        assertThat(summary.ingested()).isEqualTo(1);
        assertThat(hub.sink.acceptedIds()).containsExactly("F-1");
        api.verify(2, getRequestedFor(urlPathEqualTo("/flaky/people")));
    }

    @Test
    void aPersistentServerErrorFailsTheRunKeepsEarlierPagesAndLeavesTheWatermark() {
        hub.checkpoints.saveWatermark("benefits-api", "2024-01-01T00:00:00Z");
        api.stubFor(peoplePage(1).willReturn(okJson(page(person("P-1", "2024-05-01T10:00:00Z"), person("P-2", "2024-05-02T10:00:00Z")))));
        api.stubFor(peoplePage(2).willReturn(aResponse().withStatus(500).withBody("boom")));

        assertThatThrownBy(() -> hub.runner.run("benefits-api"))
                .isInstanceOf(ConnectorRunException.class)
                .hasMessageContaining("HTTP 500")
                .satisfies(e -> assertThat(((ConnectorRunException) e).partialSummary().ingested()).isEqualTo(2));

        assertThat(hub.sink.acceptedIds()).containsExactly("P-1", "P-2");
        api.verify(3, getRequestedFor(urlPathEqualTo("/people")).withQueryParam("page", equalTo("2")));
        assertThat(hub.checkpoints.watermark("benefits-api")).contains("2024-01-01T00:00:00Z");
    }

    @Test
    void anUnreachableApiIsRetriedThenFailsClearly() {
        assertThatThrownBy(() -> hub.runner.run("unreachable-api"))
                .isInstanceOf(ConnectorRunException.class)
                .hasMessageStartingWith("connector 'unreachable-api' run failed: ")
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void aMalformedPageIsDeadLetteredAndPageNumberPagingGoesOn() {
        stubPeoplePage(1, person("P-1", "2024-05-01T10:00:00Z"), person("P-2", "2024-05-02T10:00:00Z"));
        api.stubFor(peoplePage(2).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"data\": [ {\"id\": \"P-3\", ")));
        stubPeoplePage(3, person("P-5", "2024-05-04T10:00:00Z"));

        RunSummary summary = hub.runner.run("benefits-api");

        assertThat(summary.read()).isEqualTo(4);
        assertThat(summary.ingested()).isEqualTo(3);
        assertThat(summary.deadLettered()).isEqualTo(1);
        assertThat(hub.sink.acceptedIds()).containsExactly("P-1", "P-2", "P-5");
        DeadLetter page = hub.sink.rejected.get(0);
        assertThat(page.reason()).isEqualTo("page 2: response is not valid JSON");
        assertThat(page.rawPayload()).isEqualTo("{\"data\": [ {\"id\": \"P-3\", ");
        assertThat(page.recordId()).isNull();
        // part of the source was not read: the next run must start from the same point
        assertThat(hub.checkpoints.watermark("benefits-api")).isEmpty();
    }

    @Test
    void aMalformedPageStopsCursorPagingAndTheRunReportsIt() {
        api.stubFor(get(urlPathEqualTo("/cursor/people")).withQueryParam("after", absent())
                .willReturn(okJson(cursorPage("c2", person("C-1", "2024-01-01"), person("C-2", "2024-01-02")))));
        api.stubFor(cursorRequest("c2").willReturn(aResponse().withStatus(200).withBody("<html>oops</html>")));

        assertThatThrownBy(() -> hub.runner.run("cursor-api"))
                .isInstanceOf(ConnectorRunException.class)
                .hasMessageContaining("page 2 could not be read (response is not valid JSON), so the next cursor is unknown")
                .satisfies(e -> {
                    RunSummary partial = ((ConnectorRunException) e).partialSummary();
                    assertThat(partial.read()).isEqualTo(3);
                    assertThat(partial.ingested()).isEqualTo(2);
                    assertThat(partial.deadLettered()).isEqualTo(1);
                });
        assertThat(hub.sink.rejected).singleElement()
                .satisfies(letter -> assertThat(letter.rawPayload()).isEqualTo("<html>oops</html>"));
    }

    @Test
    void anItemThatIsNotAnObjectIsDeadLettered() {
        stubPeoplePage(1, person("P-1", "2024-05-01T10:00:00Z"), "\"just text\"");
        stubPeoplePage(2);

        RunSummary summary = hub.runner.run("benefits-api");

        assertThat(summary.read()).isEqualTo(2);
        assertThat(summary.deadLettered()).isEqualTo(1);
        assertThat(hub.sink.rejected.get(0).reason()).isEqualTo("page 1 item 2: not a JSON object");
    }

    private static MappingBuilder peoplePage(int number) {
        return get(urlPathEqualTo("/people")).withQueryParam("page", equalTo(Integer.toString(number)))
                .withHeader("Authorization", equalTo(BEARER));
    }

    private static void stubPeoplePage(int number, String... people) {
        api.stubFor(peoplePage(number).willReturn(okJson(page(people))));
    }

    private static MappingBuilder cursorRequest(String cursor) {
        return get(urlPathEqualTo("/cursor/people")).withQueryParam("after", equalTo(cursor))
                .withQueryParam("region", equalTo("north")).withHeader("Authorization", equalTo(BEARER));
    }

    private static String page(String... people) {
        return "{\"data\": [" + String.join(",", people) + "], \"total\": 99}";
    }

    private static String cursorPage(String next, String... people) {
        return "{\"items\": [" + String.join(",", people) + "], \"links\": {\"next\": \"" + next + "\"}}";
    }

    private static String person(String id, String lastUpdated) {
        return "{\"id\": \"" + id + "\", \"givenName\": \"Ada\", \"familyName\": \"Lovelace\","
                + " \"meta\": {\"lastUpdated\": \"" + lastUpdated + "\"}}";
    }
}
