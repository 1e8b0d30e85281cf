package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.citizenhub.hub.api.HostileHttp.Raw;
import org.citizenhub.hub.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile values in every path parameter of the API's endpoints (and the dead letters' query): oversized, SQL
 * injection, expressions, path traversal (plain and encoded), odd unicode, null bytes and line breaks, and malformed
 * JSON bodies. Every answer is a 4xx problem (never a 500), names no internals (no stack trace, class, SQL or
 * server), and the store is unchanged after. Query parameters: {@link HostileQueryParametersTest}; decision
 * bodies: {@link HostileDecisionBodiesTest}; headers and partners: {@link HostileHeadersTest}.
 */
class HostileInputsTest extends HostileApiTestSupport {

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
                Arguments.of("script", encode("<script>alert(1)</script>")),
                Arguments.of("env expression", encode("${env:HOME}")),
                Arguments.of("camel expression", encode("${body}")),
                Arguments.of("spring expression", encode("#{T(java.lang.Runtime).getRuntime()}")),
                Arguments.of("jndi lookup", encode("${jndi:ldap://127.0.0.1/x}")),
                Arguments.of("format string", encode("%s%n%x")),
                Arguments.of("like wildcard", encode("%")),
                Arguments.of("json operator", encode("{\"$ne\":null}")));
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
            Map.entry("connector run", "POST /api/v1/connectors/{v}/run"),
            Map.entry("explain", "GET /api/v1/citizens/{v}/explain"),
            Map.entry("link: citizen id", "POST /api/v1/citizens/{v}/link"),
            Map.entry("unlink: citizen id", "POST /api/v1/citizens/{v}/unlink"),
            Map.entry("review accept", "POST /api/v1/review/{v}/accept"),
            Map.entry("review reject", "POST /api/v1/review/{v}/reject"));

    static Stream<Arguments> endpointsAndValues() {
        List<Arguments> cases = new ArrayList<>();
        ENDPOINTS.forEach(endpoint -> hostileValues().forEach(value -> cases.add(
                Arguments.of(endpoint.getKey(), value.get()[0], endpoint.getValue(), value.get()[1]))));
        return cases.stream();
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

    private static void assertSafeProblem(Raw answer) {
        HostileHttp.assertSafeProblem(answer);
    }

    private static String encode(String value) {
        return HostileHttp.encode(value);
    }

    private Raw send(String method, String pathAndQuery, String jsonBody) {
        return HostileHttp.send(port, method, pathAndQuery, Map.of(AUTHORIZATION, TestSecurity.basic(TestSecurity.TESTER)), jsonBody);
    }
}
