package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.support.RestConsumerContextPathMatcher;
import org.apache.camel.support.RestConsumerContextPathMatcher.ConsumerPath;
import org.junit.jupiter.api.Test;

/**
 * The pre-split matcher against Camel's own {@code matchBestPath}, request by request: wherever it decides, it
 * must pick the consumer Camel picks. Tables: the hub's REST paths, and tables built to reach Camel's corner
 * cases (ambiguous templates, wildcards, another method's exact match, paths without templates).
 */
class RestPathMatcherTest {

    private record Path(String getRestrictMethod, String getConsumerPath) implements ConsumerPath<String> {
        @Override
        public String getConsumer() {
            return getRestrictMethod + " " + getConsumerPath;
        }

        @Override
        public boolean isMatchOnUriPrefix() {
            return false;
        }
    }

    private static final List<Path> HUB = List.of(
            new Path("GET", "/v1/audit"), new Path("GET", "/v1/audit/verify"),
            new Path("GET", "/v1/citizens/{id}"), new Path("GET", "/v1/citizens/by-record/{source}/{recordId}"),
            new Path("GET", "/v1/connectors"), new Path("POST", "/v1/connectors/{id}/run"),
            new Path("GET", "/v1/dead-letters"), new Path("POST", "/v1/dead-letters/{id}/replay"),
            new Path("GET", "/v1/citizens/{id}/explain"), new Path("POST", "/v1/citizens/{id}/link"),
            new Path("POST", "/v1/citizens/{id}/unlink"), new Path("GET", "/v1/admin/match-model"),
            new Path("POST", "/v1/admin/match-model/train"), new Path("GET", "/v1/me"), new Path("GET", "/v1/review"),
            new Path("POST", "/v1/review/{id}/accept"), new Path("POST", "/v1/review/{id}/reject"),
            new Path("GET", "/v1/citizens"), new Path("GET", "/v1/stats"), new Path("GET", "/api-doc"));

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "get");

    @Test
    void onTheHubsPathsItPicksWhatCamelPicksAndDecidesTheReadsItself() {
        Set<String> requests = requestsFor(HUB);
        RestPathMatcher<String> matcher = new RestPathMatcher<>(HUB);

        int decided = agreesWithCamel(HUB, matcher, requests);

        assertThat(decided).isGreaterThan(requests.size() / 4);
        // the reads that partners and caseworkers make all the time never reach Camel's slow path
        assertThat(matcher.match("GET", "/v1/citizens/C70128TFY13TTCJVFK230")).isEqualTo("GET /v1/citizens/{id}");
        assertThat(matcher.match("GET", "/v1/citizens")).isEqualTo("GET /v1/citizens");
        assertThat(matcher.match("GET", "/v1/citizens/by-record/tax/TX-1")).isEqualTo("GET /v1/citizens/by-record/{source}/{recordId}");
        assertThat(matcher.match("GET", "/v1/citizens/C1/explain")).isEqualTo("GET /v1/citizens/{id}/explain");
        assertThat(matcher.match("POST", "/v1/citizens/C1/link")).isEqualTo("POST /v1/citizens/{id}/link");
    }

    @Test
    void onTablesBuiltForCamelsCornerCasesItNeverDisagrees() {
        List<List<Path>> tables = List.of(
                List.of(new Path("GET", "/a/{x}"), new Path("GET", "/{y}/b"), new Path("GET", "/a/{x}/{z}"),
                        new Path(null, "/c/{x}"), new Path("GET,POST", "/c/d")),
                List.of(new Path("GET", "/files/*"), new Path("GET", "/files/{name}"), new Path("POST", "/files/list")),
                List.of(new Path("GET", "/plain"), new Path("GET", "/plain/more"), new Path("POST", "/other")),
                List.of(new Path("GET", "/dup"), new Path("GET", "/dup/"), new Path("GET", "/DUP"), new Path("POST", "/dup/{x}")),
                List.of(new Path("POST", "/x/{id}"), new Path("GET", "/x/y"), new Path("GET", "/x/{id}/{sub}"),
                        new Path("DELETE", "/X/{id}"), new Path("GET", "/trailing/")),
                HUB);
        for (List<Path> table : tables) {
            agreesWithCamel(table, new RestPathMatcher<>(table), requestsFor(table));
        }
    }

    @Test
    void anAmbiguousTemplateOrAnotherMethodsExactMatchIsLeftToCamel() {
        List<Path> table = List.of(new Path("GET", "/a/{x}"), new Path("GET", "/{y}/b"), new Path("POST", "/a/b/c"),
                new Path("GET", "/a/{x}/c"));
        RestPathMatcher<String> matcher = new RestPathMatcher<>(table);

        assertThat(matcher.match("GET", "/a/b")).isNull();       // Camel: ambiguous paths
        assertThat(matcher.match("GET", "/a/b/c")).isNull();     // Camel: exact match for POST only
        assertThat(matcher.match("OPTIONS", "/a/q")).isNull();   // Camel's own rules for OPTIONS
        assertThat(matcher.match("GET", "/a/q")).isEqualTo("GET /a/{x}");
        assertThat(matcher.match("GET", "/q/b")).isEqualTo("GET /{y}/b");
    }

    /** Every decided answer equals Camel's; answers how many requests the matcher decided. */
    private static int agreesWithCamel(List<Path> table, RestPathMatcher<String> matcher, Set<String> requests) {
        table.forEach(path -> RestConsumerContextPathMatcher.register(path.getConsumerPath()));
        List<ConsumerPath<String>> paths = new ArrayList<>(table);
        int decided = 0;
        try {
            for (String method : METHODS) {
                for (String request : requests) {
                    String fast = matcher.match(method, request);
                    if (fast == null) {
                        continue;
                    }
                    decided++;
                    ConsumerPath<String> camel = RestConsumerContextPathMatcher.matchBestPath(method, request, paths);
                    assertThat(camel).as("%s %s", method, request).isNotNull();
                    assertThat(fast).as("%s %s", method, request).isEqualTo(camel.getConsumer());
                }
            }
        } finally {
            table.forEach(path -> RestConsumerContextPathMatcher.unRegister(path.getConsumerPath()));
        }
        return decided;
    }

    /** The table's paths with values in the templates, and variations on them: case, slashes, segments more or fewer. */
    private static Set<String> requestsFor(List<Path> table) {
        Set<String> requests = new LinkedHashSet<>(List.of("/", "", "//", "/unknown", "/v1", "/v1//citizens", "/a/b/c/d"));
        for (Path path : table) {
            String template = path.getConsumerPath();
            String filled = template.replaceAll("\\{[^}]*}", "v1").replace("*", "f/g");
            for (String request : List.of(template, filled, filled.toUpperCase(), filled + "/", filled + "/extra",
                    filled.replaceAll("/[^/]*$", ""), "/" + filled, template.replaceAll("\\{[^}]*}", ""))) {
                requests.add(request);
            }
        }
        return requests;
    }
}
