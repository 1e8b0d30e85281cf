package org.citizenhub.hub.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * In the demo profile, before any bean exists: copies the demo data to {@code hub.demo.dir} (default
 * {@code ./data/demo}), reserves a loopback port for the BENEFITS API, writes the demo connector file and
 * points {@code hub.connectors} at it. So the hub's connector wiring takes the demo file exactly as it takes
 * an admin's file; {@link DemoConfiguration} then starts the agencies on what is decided here.
 */
public class DemoEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final String PROFILE = "demo";
    static final String DIR_PROPERTY = "hub.demo.dir";
    static final String PORT_PROPERTY = "hub.demo.benefits-port";
    private static final String DEFAULT_DIR = "./data/demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        Path folder = Path.of(environment.getProperty(DIR_PROPERTY, DEFAULT_DIR)).toAbsolutePath().normalize();
        DemoFiles.copyTo(folder);
        int port = freeLoopbackPort();
        Path connectors = DemoConnectorFile.write(folder, "http://127.0.0.1:" + port);
        environment.getPropertySources().addFirst(new MapPropertySource("citizen-hub-demo", Map.of(
                "hub.connectors", connectors.toString(),
                DIR_PROPERTY, folder.toString(),
                PORT_PROPERTY, String.valueOf(port))));
    }

    /** After the config files and command line are read, so the active profiles are known. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for the demo BENEFITS API", e);
        }
    }
}
