package org.citizenhub.hub.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ScratchProbeTest extends HubApplicationTestSupport {
    @Test
    void probe() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String[][] reqs = {
                {"POST", "/api/v1/connectors/no-such/run", "{"},
                {"POST", "/api/v1/dead-letters/987654321/replay", "{"},
                {"GET", "/api/v1/dead-letters?status=%ED%A0%80", null},
                {"GET", "/api/v1/citizens/../../etc/passwd", null},
                {"GET", "/api/v1/citizens/..%2F..%2Fetc", null},
                {"GET", "/api/v1/citizens/abc%00def", null},
                {"GET", "/api/v1/citizens/" + "A".repeat(10000), null},
                {"GET", "/api/v1/nothing-here", null},
                {"GET", "/nothing-here", null},
                {"GET", "/api/v1/citizens/%3Cscript%3E", null},
        };
        for (String[] r : reqs) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + r[1]));
            if (r[2] != null) {
                b.header("Content-Type", "application/json").method(r[0], HttpRequest.BodyPublishers.ofString(r[2]));
            } else {
                b.method(r[0], HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            String body = resp.body();
            System.out.println("PROBE " + r[0] + " " + r[1].substring(0, Math.min(60, r[1].length())) + " -> " + resp.statusCode() + " "
                    + resp.headers().firstValue("Content-Type").orElse("-") + " :: " + body.substring(0, Math.min(400, body.length())).replace("\n", "\\n"));
        }
    }
}
