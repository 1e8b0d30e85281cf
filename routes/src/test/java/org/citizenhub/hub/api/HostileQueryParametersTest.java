package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.citizenhub.hub.api.HostileHttp.Raw;
import org.citizenhub.hub.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query parameter of every API endpoint that reads one (search, review list, audit) times every hostile
 * value of {@link HostileInputsTest#hostileValues()}, sent as the role that may call the endpoint, so the request
 * reaches validation. A strict parameter (ids, dates, numbers, enums, the search criteria) refuses each value with
 * a 400 problem that names the parameter and leaks nothing. A free-text parameter (the audit's actor) may accept an
 * injection string as the text it is: then the answer is a 200 that finds nothing. Oversized values and null bytes
 * are refused everywhere; what Tomcat refuses itself (a request line over 8 kB, bytes that are not UTF-8) is a 400
 * problem that says so without naming the parameter, which Tomcat does not know. Endpoints that take no parameter ignore hostile ones. The store is
 * unchanged and the audit chain still verifies after all of it.
 */
class HostileQueryParametersTest extends HostileApiTestSupport {

    /** Refused by every parameter, free text included. */
    private static final Set<String> ALWAYS_REFUSED = Set.of("10 kB", "2 kB", "null byte");
    /** Refused by Tomcat before any API code runs: a request line over its limit, bytes that are not UTF-8. */
    private static final Set<String> REFUSED_BY_TOMCAT = Set.of("10 kB", "lone surrogate", "overlong utf-8");

    /**
     * A query parameter of an endpoint: {@code {v}} is where the hostile value goes; other parameters in the
     * template are valid, so that only this one can be at fault.
     */
    record Slot(String name, String user, String template, String parameter, boolean freeText) {
    }

    static final List<Slot> SLOTS = List.of(
            search("name", "/api/v1/citizens?name={v}"),
            search("dob", "/api/v1/citizens?name=Ann&dob={v}"),
            search("postcode", "/api/v1/citizens?postcode={v}"),
            search("nationalId", "/api/v1/citizens?nationalId={v}"),
            search("phone", "/api/v1/citizens?phone={v}"),
            search("email", "/api/v1/citizens?email={v}"),
            search("page", "/api/v1/citizens?name=Ann&page={v}"),
            search("size", "/api/v1/citizens?name=Ann&size={v}"),
            new Slot("review list: page", TestSecurity.CASEWORKER, "/api/v1/review?page={v}", "page", false),
            new Slot("review list: size", TestSecurity.CASEWORKER, "/api/v1/review?size={v}", "size", false),
            audit("citizenId", "/api/v1/audit?citizenId={v}", false),
            audit("actor", "/api/v1/audit?actor={v}", true),
            audit("actor with citizen", "/api/v1/audit?citizenId=C00000000000000000000&actor={v}", true),
            audit("action", "/api/v1/audit?action={v}", false),
            audit("from", "/api/v1/audit?from={v}", false),
            audit("to", "/api/v1/audit?to={v}", false),
            audit("page", "/api/v1/audit?page={v}", false),
            audit("size", "/api/v1/audit?size={v}", false),
            new Slot("dead letters: limit with connector", TestSecurity.ADMIN, "/api/v1/dead-letters?connector=tax&limit={v}",
                    "limit", false));

    /** Endpoints without parameters: hostile ones are ignored, the answer is the usual 200. */
    static final List<Map.Entry<String, String>> NO_PARAMETERS = List.of(
            Map.entry(TestSecurity.CASEWORKER, "/api/v1/stats"),
            Map.entry(TestSecurity.CASEWORKER, "/api/v1/me"),
            Map.entry(TestSecurity.ADMIN, "/api/v1/connectors"),
            Map.entry(TestSecurity.ADMIN, "/api/v1/admin/match-model"),
            Map.entry(TestSecurity.ADMIN, "/api/v1/audit/verify"));

    static Stream<Arguments> slotsAndValues() {
        List<Arguments> cases = new ArrayList<>();
        SLOTS.forEach(slot -> HostileInputsTest.hostileValues().forEach(value ->
                cases.add(Arguments.of(slot.name(), value.get()[0], slot, value.get()[1]))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("slotsAndValues")
    void aHostileQueryParameterIsRefusedByNameOrFindsNothing(String slotName, String kind, Slot slot, String value) {
        Raw answer = send(slot.user(), slot.template().replace("{v}", value));

        if (slot.freeText() && !ALWAYS_REFUSED.contains(kind) && answer.status() == 200) {
            assertFoundNothing(answer);
            return;
        }
        HostileHttp.assertSafeProblem(answer);
        assertThat(answer.status()).as("%s: %s", answer.request(), answer.body()).isEqualTo(400);
        assertThat(answer.detail()).as("detail of %s", answer.request()).contains(REFUSED_BY_TOMCAT.contains(kind)
                ? "badly encoded" : "parameter '" + slot.parameter() + "'");
    }

    static Stream<Arguments> endpointsWithoutParameters() {
        List<Arguments> cases = new ArrayList<>();
        NO_PARAMETERS.forEach(endpoint -> HostileInputsTest.hostileValues()
                .filter(value -> !REFUSED_BY_TOMCAT.contains((String) value.get()[0]))
                .forEach(value -> cases.add(Arguments.of(endpoint.getValue(), value.get()[0], endpoint.getKey(), value.get()[1]))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("endpointsWithoutParameters")
    void anEndpointWithoutParametersIgnoresHostileOnes(String path, String kind, String user, String value) {
        Raw answer = send(user, path + "?q=" + value + "&page=" + value);

        assertThat(answer.status()).as("%s: %s", answer.request(), answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body()).doesNotContain("DROP", "UNION", "<script", "passwd", "$ne", "${");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedInjections")
    void anInjectionThatIsValidTextFindsNothing(String kind, String user, String pathAndQuery) {
        Raw answer = send(user, pathAndQuery);

        assertThat(answer.status()).as("%s: %s", answer.request(), answer.body()).isEqualTo(200);
        assertFoundNothing(answer);
    }

    static Stream<Arguments> acceptedInjections() {
        String quote = HostileHttp.encode("x'OR'1'='1@example.org");
        String statement = HostileHttp.encode("a';DROP_TABLE_citizen;--@example.org");
        return Stream.of(
                Arguments.of("email: quote injection", TestSecurity.TESTER, "/api/v1/citizens?email=" + quote),
                Arguments.of("email: statement injection", TestSecurity.TESTER, "/api/v1/citizens?email=" + statement),
                Arguments.of("email: like wildcard", TestSecurity.TESTER, "/api/v1/citizens?email=" + HostileHttp.encode("%@%.%")),
                Arguments.of("name: apostrophes only around letters", TestSecurity.TESTER,
                        "/api/v1/citizens?name=" + HostileHttp.encode("O'Zzyzx-Qwv")),
                Arguments.of("audit actor: quote injection", TestSecurity.ADMIN, "/api/v1/audit?actor=" + HostileHttp.encode("' OR '1'='1")),
                Arguments.of("audit actor: like wildcard", TestSecurity.ADMIN, "/api/v1/audit?actor=" + HostileHttp.encode("%")),
                Arguments.of("audit actor: statement", TestSecurity.ADMIN,
                        "/api/v1/audit?actor=" + HostileHttp.encode("x'; DELETE FROM audit_event; --")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddShapes")
    void oddlyShapedQueriesAreRefusedByNameOrAnswered(String kind, String user, String pathAndQuery, int expected, String names) {
        Raw answer = send(user, pathAndQuery);

        assertThat(answer.status()).as("%s: %s", answer.request(), answer.body()).isEqualTo(expected);
        if (expected >= 400) {
            HostileHttp.assertProblem(answer, expected, names);
        }
    }

    static Stream<Arguments> oddShapes() {
        String cw = TestSecurity.TESTER;
        String admin = TestSecurity.ADMIN;
        return Stream.of(
                Arguments.of("search without criteria", cw, "/api/v1/citizens", 400, "at least one"),
                Arguments.of("search with blank criteria", cw, "/api/v1/citizens?name=%20&dob=&email=", 400, "at least one"),
                Arguments.of("search with only paging", cw, "/api/v1/citizens?page=1&size=5", 400, "at least one"),
                Arguments.of("name without a letter", cw, "/api/v1/citizens?name=-'.", 400, "'name'"),
                Arguments.of("phone with too few digits", cw, "/api/v1/citizens?phone=12345", 400, "'phone'"),
                Arguments.of("impossible date", cw, "/api/v1/citizens?dob=1980-02-30", 400, "'dob'"),
                Arguments.of("date in the future", cw, "/api/v1/citizens?dob=2999-01-01", 400, "'dob'"),
                Arguments.of("date before 1800", cw, "/api/v1/citizens?dob=1700", 400, "'dob'"),
                Arguments.of("day-first impossible date", cw, "/api/v1/citizens?dob=31/02/1980", 400, "'dob'"),
                Arguments.of("page zero", cw, "/api/v1/citizens?name=Ann&page=0", 400, "'page'"),
                Arguments.of("negative size", cw, "/api/v1/citizens?name=Ann&size=-1", 400, "'size'"),
                Arguments.of("size over the maximum", cw, "/api/v1/citizens?name=Ann&size=101", 400, "'size'"),
                Arguments.of("page past int", cw, "/api/v1/citizens?name=Ann&page=99999999999999999999", 400, "'page'"),
                Arguments.of("page as a fraction", cw, "/api/v1/citizens?name=Ann&page=1.5", 400, "'page'"),
                Arguments.of("page in hex", cw, "/api/v1/citizens?name=Ann&page=0x10", 400, "'page'"),
                Arguments.of("repeated name", cw, "/api/v1/citizens?name=Ann&name=Lee", 400, "'name'"),
                Arguments.of("repeated page", cw, "/api/v1/citizens?name=Ann&page=1&page=2", 400, "'page'"),
                Arguments.of("review page zero", cw, "/api/v1/review?page=0", 400, "'page'"),
                Arguments.of("review size over the maximum", cw, "/api/v1/review?size=101", 400, "'size'"),
                Arguments.of("audit from not an instant", admin, "/api/v1/audit?from=2026-01-01", 400, "'from'"),
                Arguments.of("audit to with an offset", admin, "/api/v1/audit?to=2026-01-01T00:00:00%2B25:00", 400, "'to'"),
                Arguments.of("audit action in other case", admin, "/api/v1/audit?action=search", 200, ""),
                Arguments.of("audit size over the maximum", admin, "/api/v1/audit?size=100000", 400, "'size'"),
                Arguments.of("audit page negative", admin, "/api/v1/audit?page=-1", 400, "'page'"),
                Arguments.of("audit repeated action", admin, "/api/v1/audit?action=SEARCH&action=LINK", 400, "'action'"),
                Arguments.of("dead letters: limit zero", admin, "/api/v1/dead-letters?limit=0", 400, "'limit'"),
                Arguments.of("dead letters: status in other case", admin, "/api/v1/dead-letters?status=open", 200, ""));
    }

    private static void assertFoundNothing(Raw answer) {
        assertThat(answer.contentType()).as(answer.request()).startsWith("application/json");
        JsonNode body = answer.json();
        JsonNode found = body.has("results") ? body.path("results") : body.path("entries");
        assertThat(found.isArray()).as("a list in %s", answer.body()).isTrue();
        assertThat(found).as("what %s found", answer.request()).isEmpty();
        if (body.has("results")) {
            assertThat(body.path("total").asLong()).isZero();
        }
    }

    /** As the tester (a caseworker too): PartnerAccessTest expects every search of casey's in the audit log to be allowed. */
    private static Slot search(String parameter, String template) {
        return new Slot("search: " + parameter, TestSecurity.TESTER, template, parameter, false);
    }

    private static Slot audit(String name, String template, boolean freeText) {
        String parameter = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;
        return new Slot("audit: " + name, TestSecurity.ADMIN, template, parameter, freeText);
    }

    private Raw send(String user, String pathAndQuery) {
        return HostileHttp.send(port, "GET", pathAndQuery, Map.of(AUTHORIZATION, TestSecurity.basic(user)), (String) null);
    }

    /** Found by this matrix: a valid ISO instant that no SQL timestamp holds. */
    @Test
    void anInstantTheDatabaseCannotHoldIsRefusedByName() {
        HostileHttp.assertProblem(send(TestSecurity.ADMIN, "/api/v1/audit?from=%2B1000000000-01-01T00:00:00Z"), 400, "'from'");
    }

    /** Found by this matrix: with citizenId, the other filters narrow the total too. */
    @Test
    void aNarrowedSubjectAccessRequestCountsWhatItFound() {
        Raw answer = send(TestSecurity.ADMIN, "/api/v1/audit?citizenId=C00000000000000000000&actor=nobody-at-all");

        assertThat(answer.json().path("entries")).isEmpty();
        assertThat(answer.json().path("total").asLong()).isZero();
        assertThat(answer.json().path("hasMore").asBoolean()).isFalse();
    }
}
