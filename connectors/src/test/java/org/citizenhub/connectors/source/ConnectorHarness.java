package org.citizenhub.connectors.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.citizenhub.connectors.config.ConnectorConfigLoader;
import org.citizenhub.connectors.config.ConnectorFile;

/**
 * A started Camel context with the connectors of one YAML fixture (from test resources, copied next to the
 * test's data files so relative paths resolve), a collecting sink and in-memory checkpoints.
 */
final class ConnectorHarness implements AutoCloseable {

    final CollectingSink sink = new CollectingSink();
    final MemoryCheckpoints checkpoints = new MemoryCheckpoints();
    final CamelContext camel = new DefaultCamelContext();
    final ConnectorRunner runner;
    final ConnectorFile connectorFile;

    private ConnectorHarness(ConnectorFile connectorFile, SourceOptions options) throws Exception {
        this.connectorFile = connectorFile;
        camel.start();
        this.runner = ConnectorRunner.install(camel, connectorFile.connectors(), sink, checkpoints, options);
    }

    /** Loads {@code source/<fixture>} with {@code env} as its environment; runs happen on demand only. */
    static ConnectorHarness start(String fixture, Path folder, Map<String, String> env) throws Exception {
        return start(fixture, folder, env, SourceOptions.onDemandOnly().withRetryBackoff(Duration.ofMillis(20)));
    }

    static ConnectorHarness start(String fixture, Path folder, Map<String, String> env, SourceOptions options)
            throws Exception {
        Path yaml = folder.resolve(fixture);
        try (InputStream in = ConnectorHarness.class.getResourceAsStream("/source/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource source/" + fixture);
            }
            Files.copy(in, yaml, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConnectorHarness(ConnectorConfigLoader.load(yaml, env::get), options);
    }

    @Override
    public void close() {
        camel.stop();
    }
}
