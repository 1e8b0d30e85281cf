package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.citizenhub.hub.api.HostileHttp.Raw;
import org.citizenhub.hub.security.TestSecurity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile JSON bodies for every caseworker decision (link, unlink, review accept and reject), sent by a signed-in
 * caseworker to a real citizen (or an unknown review item), so that the body is what is judged: malformed JSON,
 * wrong types, missing and oversized fields, control characters, deep nesting, duplicate keys, bytes that are not
 * UTF-8, other content types, and injection strings. A bad body is a 400 problem that names the field (or says
 * the body is not JSON); a good body with injection strings in it reaches the decision, which finds no such
 * citizen, record or review item (404) and changes nothing. The store is unchanged and the audit chain verifies.
 */
class HostileDecisionBodiesTest extends HostileApiTestSupport {

    /** A decision endpoint: where it is, and the fields of a valid body other than the reason (all unknown ids). */
    enum Decision {
        LINK("/api/v1/citizens/{citizen}/link", "\"otherCitizenId\":\"C00000000000000000000\""),
        UNLINK("/api/v1/citizens/{citizen}/unlink", "\"source\":\"tax\",\"recordId\":\"NO-SUCH-RECORD\""),
        ACCEPT("/api/v1/review/987654321/accept", null),
        REJECT("/api/v1/review/987654321/reject", null);

        final String path;
        final String otherFields;

        Decision(String path, String otherFields) {
            this.path = path;
            this.otherFields = otherFields;
        }

        /** A body with these reason JSON text (null: no reason) and the endpoint's other fields. */
        String body(String reasonJson) {
            List<String> fields = new ArrayList<>();
            if (otherFields != null) {
                fields.add(otherFields);
            }
            if (reasonJson != null) {
                fields.add("\"reason\":" + reasonJson);
            }
            return "{" + String.join(",", fields) + "}";
        }
    }

    private String citizenId;

    @BeforeAll
    void findTheCitizen() {
        // Dan Fox: the other tests read the audit entries of Ann Lee's citizen, oldest first, a page at a time
        citizenId = get("/api/v1/citizens/by-record/health/H2").body().path("id").asText();
    }

    /** Bodies that are not a JSON object, whatever the endpoint: each refused before any field is read. */
    static Stream<Arguments> notAnObject() {
        return Stream.of(
                Arguments.of("empty", "", "JSON body"),
                Arguments.of("blank", " \r\n\t ", "JSON body"),
                Arguments.of("unclosed object", "{", "not valid JSON"),
                Arguments.of("unclosed array", "[1,2", "not valid JSON"),
                Arguments.of("bare words", "DROP TABLE citizen", "not valid JSON"),
                Arguments.of("single quotes", "{'reason':'x'}", "not valid JSON"),
                Arguments.of("comment", "{/* x */\"reason\":\"x\"}", "not valid JSON"),
                Arguments.of("NaN", "{\"reason\":NaN}", "not valid JSON"),
                Arguments.of("trailing garbage", "{\"reason\":\"x\"} DROP", "not valid JSON"),
                Arguments.of("two objects", "{\"reason\":\"x\"}{\"reason\":\"y\"}", "not valid JSON"),
                Arguments.of("json null", "null", "JSON object"),
                Arguments.of("array", "[{\"reason\":\"x\"}]", "JSON object"),
                Arguments.of("string", "\"reason\"", "JSON object"),
                Arguments.of("number", "42", "JSON object"),
                Arguments.of("nested 2,000 deep", "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000), "nested deeper"),
                Arguments.of("5,000 open brackets", "[".repeat(5_000), "nested deeper"),
                Arguments.of("duplicate key", "{\"reason\":\"a\",\"reason\":\"b\"}", "written twice"),
                Arguments.of("20 kB", "{\"reason\":\"" + "A".repeat(20_000) + "\"}", "longer than 16384"),
                Arguments.of("40 kB field name", "{\"" + "k".repeat(40_000) + "\":1}", "longer than 16384"));
    }

    static Stream<Arguments> decisionsAndNonObjects() {
        List<Arguments> cases = new ArrayList<>();
        for (Decision decision : Decision.values()) {
            notAnObject().forEach(body -> cases.add(Arguments.of(decision, body.get()[0], body.get()[1], body.get()[2])));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("decisionsAndNonObjects")
    void aBodyThatIsNotAJsonObjectIsRefused(Decision decision, String kind, String body, String detail) {
        HostileHttp.assertProblem(post(decision, body), 400, detail);
    }

    /** Reasons (as JSON text) that are refused: what the detail must say. */
    static Stream<Arguments> badReasons() {
        return Stream.of(
                Arguments.of("missing", null, "'reason' is required"),
                Arguments.of("null", "null", "'reason' is required"),
                Arguments.of("blank", "\"   \"", "'reason' is required"),
                Arguments.of("number", "123", "'reason' must be a string"),
                Arguments.of("huge number", "1e999999", "'reason' must be a string"),
                Arguments.of("boolean", "true", "'reason' must be a string"),
                Arguments.of("operator object", "{\"$ne\":null}", "'reason' must be a string"),
                Arguments.of("array", "[\"a\",\"b\"]", "'reason' must be a string"),
                Arguments.of("1,001 characters", "\"" + "r".repeat(1_001) + "\"", "'reason' is longer than 1000"),
                Arguments.of("escaped null byte", "\"a\\u0000b\"", "'reason' holds control characters"),
                Arguments.of("raw null byte", "\"a\u0000b\"", "not valid JSON"),
                Arguments.of("terminal escape", "\"a\\u001b[31mred\"", "'reason' holds control characters"),
                Arguments.of("delete character", "\"a\\u007fb\"", "'reason' holds control characters"));
    }

    static Stream<Arguments> decisionsAndBadReasons() {
        List<Arguments> cases = new ArrayList<>();
        for (Decision decision : Decision.values()) {
            badReasons().forEach(reason -> cases.add(Arguments.of(decision, reason.get()[0], reason.get()[1], reason.get()[2])));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} <- reason {1}")
    @MethodSource("decisionsAndBadReasons")
    void aBadReasonIsRefusedByName(Decision decision, String kind, String reasonJson, String detail) {
        HostileHttp.assertProblem(post(decision, decision.body(reasonJson)), 400, detail);
    }

    /** Bodies with a wrong id field: the field is named. */
    static Stream<Arguments> badIdFields() {
        String reason = ",\"reason\":\"r\"";
        return Stream.of(
                Arguments.of(Decision.LINK, "{\"reason\":\"r\"}", "'otherCitizenId' is required"),
                Arguments.of(Decision.LINK, "{\"otherCitizenId\":5" + reason + "}", "'otherCitizenId' must be a string"),
                Arguments.of(Decision.LINK, "{\"otherCitizenId\":[\"C1\"]" + reason + "}", "'otherCitizenId' must be a string"),
                Arguments.of(Decision.LINK, "{\"otherCitizenId\":\"' OR '1'='1\"" + reason + "}", "'otherCitizenId' may only hold"),
                Arguments.of(Decision.LINK, "{\"otherCitizenId\":\"../../etc/passwd\"" + reason + "}", "'otherCitizenId' may only hold"),
                Arguments.of(Decision.LINK, "{\"otherCitizenId\":\"${env:HOME}\"" + reason + "}", "'otherCitizenId' may only hold"),
                Arguments.of(Decision.LINK, "{\"otherCitizenId\":\"" + "C".repeat(65) + "\"" + reason + "}", "'otherCitizenId' is longer than 64"),
                Arguments.of(Decision.UNLINK, "{\"recordId\":\"T1\"" + reason + "}", "'source' is required"),
                Arguments.of(Decision.UNLINK, "{\"source\":\"tax\"" + reason + "}", "'recordId' is required"),
                Arguments.of(Decision.UNLINK, "{\"source\":\"tax; DROP TABLE citizen\",\"recordId\":\"T1\"" + reason + "}", "'source' may only hold"),
                Arguments.of(Decision.UNLINK, "{\"source\":{\"$gt\":\"\"},\"recordId\":\"T1\"" + reason + "}", "'source' must be a string"),
                Arguments.of(Decision.UNLINK, "{\"source\":\"" + "s".repeat(101) + "\",\"recordId\":\"T1\"" + reason + "}", "'source' is longer than 100"),
                Arguments.of(Decision.UNLINK, "{\"source\":\"tax\",\"recordId\":\"T1\\r\\nX\"" + reason + "}", "'recordId' holds control characters"),
                Arguments.of(Decision.UNLINK, "{\"source\":\"tax\",\"recordId\":\"" + "r".repeat(201) + "\"" + reason + "}", "'recordId' is longer than 200"),
                Arguments.of(Decision.UNLINK, "{\"source\":\"tax\",\"recordId\":true" + reason + "}", "'recordId' must be a string"));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("badIdFields")
    void aBadIdFieldIsRefusedByName(Decision decision, String body, String detail) {
        HostileHttp.assertProblem(post(decision, body), 400, detail);
    }

    /** Valid text that carries an attack: stored nowhere, since the decision's ids are unknown. */
    static Stream<Arguments> injectedReasons() {
        return Stream.of(
                Arguments.of("quote injection", "' OR '1'='1"),
                Arguments.of("statement injection", "'); DROP TABLE citizen; --"),
                Arguments.of("env expression", "${env:HOME}"),
                Arguments.of("camel expression", "${body} ${header.Authorization}"),
                Arguments.of("jndi lookup", "${jndi:ldap://127.0.0.1/x}"),
                Arguments.of("spreadsheet formula", "=cmd|' /C calc'!A0"),
                Arguments.of("script", "<script>alert(1)</script>"),
                Arguments.of("format string", "%s%n%x%p"),
                Arguments.of("right-to-left override", "abc\u202Edef"),
                Arguments.of("emoji", "\uD83D\uDE00 same person"),
                Arguments.of("line breaks and tabs", "line one\nline two\ttab"));
    }

    static Stream<Arguments> decisionsAndInjections() {
        List<Arguments> cases = new ArrayList<>();
        for (Decision decision : Decision.values()) {
            injectedReasons().forEach(reason -> cases.add(Arguments.of(decision, reason.get()[0], reason.get()[1])));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} <- reason {1}")
    @MethodSource("decisionsAndInjections")
    void anInjectionInAValidReasonReachesTheDecisionAndChangesNothing(Decision decision, String kind, String reason) {
        Raw answer = post(decision, decision.body(jsonString(reason)));

        HostileHttp.assertProblem(answer, 404, decision == Decision.UNLINK ? "no record" : "no ");
        assertThat(answer.body()).doesNotContain(reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddRequests")
    void oddlyShapedRequestsAreRefusedWithoutAnError(String kind, Decision decision, Map<String, String> headers, byte[] body,
                                                     int expected, String detail) {
        Map<String, String> all = new HashMap<>(caseworker());
        all.putAll(headers);
        HostileHttp.assertProblem(HostileHttp.send(port, "POST", path(decision), all, body), expected, detail);
    }

    static Stream<Arguments> oddRequests() {
        byte[] valid = Decision.ACCEPT.body("\"r\"").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "{\"reason\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = "{\"reason\":\"r\"}".getBytes(StandardCharsets.UTF_16);
        return Stream.of(
                Arguments.of("not UTF-8 (latin-1)", Decision.ACCEPT, Map.of(), latin1, 400, "not UTF-8"),
                Arguments.of("UTF-16 with a BOM", Decision.ACCEPT, Map.of(), utf16, 400, "not UTF-8"),
                Arguments.of("unknown fields are ignored", Decision.ACCEPT, Map.of(),
                        "{\"reason\":\"r\",\"actor\":\"mallory\",\"admin\":true}".getBytes(StandardCharsets.UTF_8), 404, "no review item"),
                Arguments.of("text/plain", Decision.ACCEPT, Map.of("Content-Type", "text/plain"), valid, 404, "no review item"),
                Arguments.of("a charset that does not exist (JSON is read as UTF-8)", Decision.ACCEPT,
                        Map.of("Content-Type", "application/json; charset=x-no-such-charset"), valid, 404, "no review item"),
                Arguments.of("1 MB body", Decision.ACCEPT, Map.of(), bigBody(1_000_000), 413, "larger than"),
                Arguments.of("10 MB body", Decision.LINK, Map.of(), bigBody(10_000_000), 413, "larger than"));
    }

    @Test
    void aReasonOfExactlyTheLimitReachesTheDecision() {
        HostileHttp.assertProblem(post(Decision.ACCEPT, Decision.ACCEPT.body("\"" + "r".repeat(1_000) + "\"")), 404, "no review item");
    }

    private static byte[] bigBody(int size) {
        return ("{\"reason\":\"" + "A".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private Raw post(Decision decision, String body) {
        return HostileHttp.send(port, "POST", path(decision), caseworker(), body);
    }

    private String path(Decision decision) {
        return decision.path.replace("{citizen}", citizenId);
    }

    private static Map<String, String> caseworker() {
        return Map.of(AUTHORIZATION, TestSecurity.basic(TestSecurity.CASEWORKER));
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\t' -> json.append("\\t");
                default -> json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
