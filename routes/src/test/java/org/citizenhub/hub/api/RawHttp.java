package org.citizenhub.hub.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.citizenhub.hub.security.TestSecurity;

/** Sends one GET with a request target of exact bytes over a socket and reads the whole answer. */
final class RawHttp {

    private RawHttp() {
    }

    static HostileHttp.Raw get(int port, byte[] target) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET ".getBytes(StandardCharsets.US_ASCII));
            out.write(target);
            out.write((" HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + TestSecurity.basic(TestSecurity.TESTER)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readAll(socket.getInputStream());
            int headersEnd = answer.indexOf("\r\n\r\n");
            String head = headersEnd < 0 ? answer : answer.substring(0, headersEnd);
            String body = headersEnd < 0 ? "" : answer.substring(headersEnd + 4);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String contentType = "";
            boolean chunked = false;
            for (String line : lines) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).trim();
                }
                chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            }
            if (chunked) {
                body = unchunked(body);
            }
            String shown = "GET " + new String(target, StandardCharsets.ISO_8859_1).replace("\u0000", "\\0").replace("\t", "\\t");
            return new HostileHttp.Raw(shown, status, contentType, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chunked body's data: each chunk is its size in hex, CRLF, the data, CRLF; a zero size ends it. */
    private static String unchunked(String body) {
        StringBuilder data = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            data.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return data.toString();
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
