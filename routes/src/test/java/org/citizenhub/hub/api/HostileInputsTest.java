package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.citizenhub.hub.security.TestSecurity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile values in every parameter of the API's endpoints: oversized, SQL injection, path traversal (plain and
 * encoded), odd unicode, null bytes and line breaks, and malformed JSON bodies. Every answer is a 4xx problem
 * (never a 500), names no internals (no stack trace, class, SQL or server), and the store is unchanged after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputsTest extends HubApplicationTestSupport {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> INTERNALS = List.of("exception", "java.", "org.apache", "org.citizenhub", "org.h2",
            "org.springframework", "select ", "insert ", "jdbc", "\tat ", "caused by", "hikari", "tomcat", "camel", "<html");

    /** Hostile values, each already percent-encoded for a URL unless it is meant to arrive raw. */
    static Stream<Arguments> hostileValues() {
        return Stream.of(
                Arguments.of("10 kB", "A".repeat(10_000)),
                Arguments.of("2 kB", "A".repeat(2_000)),
                Arguments.of("quote injection", encode("' OR '1'='1")),
                Arguments.of("statement injection", encode("; DROP TABLE citizen; --")),
                Arguments.of("union injection", encode("1 UNION SELECT id FROM citizen")),
                Arguments.of("raw traversal", "../../etc/passwd"),
                Arguments.of("encoded traversal", "..%2F..%2Fetc%2Fpasswd"),
                Arguments.of("double-encoded traversal", "%252e%252e%252fetc%252fpasswd"),
                Arguments.of("backslash traversal", "..%5C..%5Cwindows%5Cwin.ini"),
                Arguments.of("null byte", "abc%00def"),
                Arguments.of("line break", "abc%0D%0ASet-Cookie:%20x=y"),
                Arguments.of("fullwidth", encode("ＡＢＣ１２３")),
                Arguments.of("right-to-left override", encode("abc\u202Edef")),
                Arguments.of("zero width", encode("C\u200B0000")),
                Arguments.of("emoji", encode("\uD83D\uDE00")),
                Arguments.of("lone surrogate", "%ED%A0%80"),
                Arguments.of("overlong utf-8", "%C0%AE%C0%AE%C0%AF"),
                Arguments.of("script", encode("<script>alert(1)</script>")));
    }

    /** The endpoints, in a fixed order; {@code {v}} is where the hostile value goes. */
    static final List<Map.Entry<String, String>> ENDPOINTS = List.of(
            Map.entry("citizen by id", "GET /api/v1/citizens/{v}"),
            Map.entry("by record: source", "GET /api/v1/citizens/by-record/{v}/T1"),
            Map.entry("by record: record id", "GET /api/v1/citizens/by-record/tax/{v}"),
            Map.entry("dead letters: connector", "GET /api/v1/dead-letters?connector={v}"),
            Map.entry("dead letters: status", "GET /api/v1/dead-letters?status={v}"),
            Map.entry("dead letters: limit", "GET /api/v1/dead-letters?limit={v}"),
            Map.entry("replay", "POST /api/v1/dead-letters/{v}/replay"),
            Map.entry("connector run", "POST /api/v1/connectors/{v}/run"));

    static Stream<Arguments> endpointsAndValues() {
        List<Arguments> cases = new ArrayList<>();
        ENDPOINTS.forEach(endpoint -> hostileValues().forEach(value -> cases.add(
                Arguments.of(endpoint.getKey(), value.get()[0], endpoint.getValue(), value.get()[1]))));
        return cases.stream();
    }

    @Autowired
    DataSource dataSource;

    private Map<String, Long> storeBefore;

    @BeforeAll
    void storeAsItWas() {
        awaitStartupRuns();
        storeBefore = storeCounts();
    }

    @AfterAll
    void storeIsIntact() {
        assertThat(storeCounts()).isEqualTo(storeBefore);
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("endpointsAndValues")
    void aHostileParameterIsA4xxProblemThatLeaksNothing(String endpoint, String kind, String template, String value) {
        String[] methodAndPath = template.split(" ", 2);
        Raw answer = send(methodAndPath[0], methodAndPath[1].replace("{v}", value), null);

        assertSafeProblem(answer);
    }

    /** Request targets no HTTP client library would send: broken escapes and raw bytes, over a plain socket. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rawTargets")
    void aMalformedRequestTargetIsA4xxProblemThatLeaksNothing(String kind, byte[] target) {
        assertSafeProblem(RawHttp.get(port, target));
    }

    static Stream<Arguments> rawTargets() {
        return Stream.of(
                Arguments.of("percent alone", bytes("/api/v1/citizens/%")),
                Arguments.of("bad escape", bytes("/api/v1/citizens/%zz")),
                Arguments.of("bad escape in query", bytes("/api/v1/dead-letters?connector=%zz")),
                Arguments.of("raw utf-8", "/api/v1/citizens/Année".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("raw latin-1", "/api/v1/citizens/Année".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("raw null byte", bytes("/api/v1/citizens/abc\u0000def")),
                Arguments.of("raw tab", bytes("/api/v1/citizens/abc\tdef")),
                Arguments.of("raw backslash", bytes("/api/v1/citizens/..\\..\\etc")),
                Arguments.of("not a path", bytes("api/v1/stats")),
                Arguments.of("absolute form elsewhere", bytes("http://169.254.169.254/latest/meta-data")));
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void aMalformedJsonBodyIsA4xxProblemThatLeaksNothing(String kind, String body) {
        assertSafeProblem(send("POST", "/api/v1/connectors/no-such-connector/run", body));
        assertSafeProblem(send("POST", "/api/v1/dead-letters/987654321/replay", body));
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("unclosed object", "{"),
                Arguments.of("unclosed array", "[1,2"),
                Arguments.of("bare word", "DROP TABLE citizen"),
                Arguments.of("deep nesting", "[".repeat(5_000)),
                Arguments.of("10 kB string", "\"" + "A".repeat(10_000) + "\""),
                Arguments.of("null byte", "{\"a\":\"\u0000\"}"),
                Arguments.of("wrong types", "{\"id\":{\"$ne\":null}}"));
    }

    @Test
    void statsIgnoresHostileQueryParameters() {
        Raw answer = send("GET", "/api/v1/stats?x=" + encode("' OR '1'='1") + "&limit=" + "9".repeat(5_000), null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("OR '1'");
    }

    /** A 4xx problem; none of the internals' markers in it, unless the request itself held them (echoed ids). */
    static void assertSafeProblem(Raw answer) {
        assertThat(answer.status()).as("status of %s", answer.request()).isBetween(400, 499);
        assertThat(answer.contentType()).as("content type of %s", answer.request()).startsWith(Problem.MEDIA_TYPE);
        String lower = answer.body().toLowerCase(Locale.ROOT);
        String asked = decoded(answer.request()).toLowerCase(Locale.ROOT);
        assertThat(INTERNALS).as("internals in the answer to %s: %s", answer.request(), answer.body())
                .noneMatch(marker -> lower.contains(marker) && !asked.contains(marker));
    }

    private static String decoded(String request) {
        try {
            return URLDecoder.decode(request.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException brokenEscape) {
            return request;
        }
    }

    private Map<String, Long> storeCounts() {
        JdbcClient sql = JdbcClient.create(dataSource);
        return Map.of(
                "citizen", sql.sql("SELECT COUNT(*) FROM citizen").query(Long.class).single(),
                "source_record", sql.sql("SELECT COUNT(*) FROM source_record").query(Long.class).single(),
                "record_link", sql.sql("SELECT COUNT(*) FROM record_link").query(Long.class).single(),
                "dead_letter", sql.sql("SELECT COUNT(*) FROM dead_letter").query(Long.class).single(),
                "connector_run", sql.sql("SELECT COUNT(*) FROM connector_run").query(Long.class).single());
    }

    record Raw(String request, int status, String contentType, String body) {
    }

    private Raw send(String method, String pathAndQuery, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header(AUTHORIZATION, TestSecurity.basic(TestSecurity.TESTER));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        String shown = method + " " + (pathAndQuery.length() > 120 ? pathAndQuery.substring(0, 120) + "..." : pathAndQuery);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Raw(shown, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body() == null ? "" : response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(shown + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
