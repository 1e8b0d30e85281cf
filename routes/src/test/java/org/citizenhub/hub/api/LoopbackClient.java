package org.citizenhub.hub.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP from a loopback address of the test's choosing (any of 127.0.0.0/8 reaches the hub on 127.0.0.1), so
 * that the hub sees each test as its own remote address: what it records as "from", and what its audit flood
 * guard counts per source. HTTP/1.0, one request per connection, so the answer is never chunked.
 */
final class LoopbackClient {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final int port;
    private final String address;

    private LoopbackClient(int port, String address) {
        this.port = port;
        this.address = address;
    }

    /** A client with a loopback address no other client of this JVM has. */
    static LoopbackClient fresh(int port) {
        int n = NEXT.getAndIncrement();
        return new LoopbackClient(port, "127.0." + (40 + n / 250) + "." + (1 + n % 250));
    }

    String address() {
        return address;
    }

    HubApplicationTestSupport.Full send(String method, String path, Map<String, String> headers, String body, String contentType) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.0\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HubApplicationTestSupport.Full parse(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String[] lines = (end < 0 ? answer : answer.substring(0, end)).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        String contentType = headers.getOrDefault("content-type", List.of("")).get(0);
        return new HubApplicationTestSupport.Full(status, contentType, HttpHeaders.of(headers, (name, value) -> true),
                end < 0 ? "" : answer.substring(end + 4));
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
