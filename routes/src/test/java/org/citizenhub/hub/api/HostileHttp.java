package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the hostile-input tests share: sending a request exactly as written (already percent-encoded), the
 * check that an answer is a 4xx problem that leaks nothing, and the row counts that prove the store unchanged.
 */
final class HostileHttp {

    /** Markers of internals: none may be in an answer unless the request itself held it (an echoed id). */
    static final List<String> INTERNALS = List.of("exception", "java.", "org.apache", "org.citizenhub", "org.h2",
            "org.springframework", "com.fasterxml", "jackson", "select ", "insert ", "delete ", "update ", "jdbc",
            "sqlstate", "\tat ", "caused by", "hikari", "tomcat", "camel", "<html", "stack", "line: ", "column: ");

    /** The tables whose rows no hostile request may add, change or remove (the audit log grows: it is checked by verify). */
    private static final List<String> TABLES = List.of("citizen", "source_record", "record_key", "record_link",
            "dead_letter", "connector_run", "search_key", "link_evidence", "link_decision", "record_constraint",
            "review_item", "match_model");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileHttp() {
    }

    /** An answer, and the request it answers as shown in assertion messages (cut to 120 characters). */
    record Raw(String request, int status, String contentType, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON from " + request + ": " + body, e);
            }
        }

        /** The problem's detail, or "" for a body that is not a problem. */
        String detail() {
            return contentType.startsWith(Problem.MEDIA_TYPE) ? json().path("detail").asText("") : "";
        }
    }

    /** Sends the request with exactly these headers; the path and query are sent as written. */
    static Raw send(int port, String method, String pathAndQuery, Map<String, String> headers, String body) {
        return send(port, method, pathAndQuery, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** As above, with a body of exact bytes (JSON unless the headers name another type). */
    static Raw send(int port, String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        if (body != null) {
            if (!headers.containsKey("Content-Type")) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
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

    /** A 4xx problem; none of the internals' markers in it, unless the request itself held them (echoed ids). */
    static void assertSafeProblem(Raw answer) {
        assertThat(answer.status()).as("status of %s: %s", answer.request(), answer.body()).isBetween(400, 499);
        assertThat(answer.contentType()).as("content type of %s", answer.request()).startsWith(Problem.MEDIA_TYPE);
        assertThat(answer.json().path("status").asInt()).as("status in the problem of %s", answer.request())
                .isEqualTo(answer.status());
        String lower = answer.body().toLowerCase(Locale.ROOT);
        String asked = decoded(answer.request()).toLowerCase(Locale.ROOT);
        assertThat(INTERNALS).as("internals in the answer to %s: %s", answer.request(), answer.body())
                .noneMatch(marker -> lower.contains(marker) && !asked.contains(marker));
    }

    /** A safe problem with this status whose detail names what is wrong (e.g. "'name'"). */
    static void assertProblem(Raw answer, int status, String detailNames) {
        assertSafeProblem(answer);
        assertThat(answer.status()).as("status of %s: %s", answer.request(), answer.body()).isEqualTo(status);
        assertThat(answer.detail()).as("detail of %s", answer.request()).containsIgnoringCase(detailNames);
    }

    /** Percent-encodes every byte but the unreserved ones, as a browser's form would. */
    static String encode(String value) {
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

    /** The rows of every table a request could change, by table. */
    static Map<String, Long> storeCounts(DataSource dataSource) {
        JdbcClient sql = JdbcClient.create(dataSource);
        Map<String, Long> counts = new java.util.TreeMap<>();
        TABLES.forEach(table -> counts.put(table, sql.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()));
        return counts;
    }

    private static String decoded(String request) {
        try {
            return URLDecoder.decode(request.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException brokenEscape) {
            return request;
        }
    }
}
