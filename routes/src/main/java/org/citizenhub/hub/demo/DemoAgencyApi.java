package org.citizenhub.hub.demo;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import java.nio.file.Path;

/**
 * The BENEFITS agency's REST API for the demo: an embedded WireMock on a free loopback port, serving the
 * stub mappings and page files of a folder laid out as WireMock expects ({@code mappings/}, {@code __files/}).
 * The same folder is mounted into the WireMock container of docker-compose.
 */
public final class DemoAgencyApi implements AutoCloseable {

    private final WireMockServer server;

    private DemoAgencyApi(WireMockServer server) {
        this.server = server;
    }

    /** Starts on a free port. */
    public static DemoAgencyApi start(Path stubFolder) {
        return start(stubFolder, 0);
    }

    /** Starts on {@code port}, or on a free port when it is 0. */
    public static DemoAgencyApi start(Path stubFolder, int port) {
        WireMockServer server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .port(port)
                .usingFilesUnderDirectory(stubFolder.toString())
                .disableRequestJournal()
                .notifier(new Slf4jNotifier(false)));
        server.start();
        return new DemoAgencyApi(server);
    }

    /** e.g. {@code http://127.0.0.1:41234} */
    public String baseUrl() {
        return server.baseUrl();
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
