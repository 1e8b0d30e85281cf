package org.citizenhub.hub.connector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.citizenhub.connectors.config.ConnectorConfig;
import org.citizenhub.connectors.config.ConnectorConfigLoader;
import org.citizenhub.connectors.config.ConnectorFile;
import org.citizenhub.hub.store.Texts;

/**
 * The connectors this hub runs, loaded from the connector file ({@code hub.connectors}; none when it is
 * empty). An admin may fix the file while the hub runs: {@link #refresh()} loads it again when its content
 * changed, so the next run and any dead-letter replay use the fixed mapping without a restart. A file that
 * has become invalid is refused with the loader's message and the last good configuration stays.
 */
public final class ConnectorRegistry {

    private final Path file;
    private volatile List<ConnectorConfig> connectors;
    private volatile String fingerprint;
    private volatile int version;

    private ConnectorRegistry(Path file, List<ConnectorConfig> connectors, String fingerprint) {
        this.file = file;
        this.connectors = List.copyOf(connectors);
        this.fingerprint = fingerprint;
    }

    /** Loads the file; a bad file throws the loader's message (file, key, reason). Blank: no connectors. */
    public static ConnectorRegistry load(String file) {
        if (file == null || file.isBlank()) {
            return of(List.of());
        }
        Path path = Path.of(file.trim());
        String fingerprint = fingerprint(path);
        ConnectorFile loaded = ConnectorConfigLoader.load(path);
        return new ConnectorRegistry(path, loaded.connectors(), fingerprint);
    }

    /** A registry of given connectors, not backed by a file. */
    public static ConnectorRegistry of(List<ConnectorConfig> connectors) {
        return new ConnectorRegistry(null, connectors, "");
    }

    public List<ConnectorConfig> connectors() {
        return connectors;
    }

    public Optional<ConnectorConfig> find(String connectorId) {
        return connectors.stream().filter(c -> c.id().equals(connectorId)).findFirst();
    }

    /** Grows by one every time a changed file is taken in. */
    public int version() {
        return version;
    }

    /**
     * Loads the file again if its content changed since it was last taken in.
     *
     * @return whether the configuration changed
     * @throws org.citizenhub.connectors.config.ConnectorConfigException when the changed file is invalid
     */
    public synchronized boolean refresh() {
        if (file == null) {
            return false;
        }
        String now = fingerprint(file);
        if (now.equals(fingerprint)) {
            return false;
        }
        ConnectorFile loaded = ConnectorConfigLoader.load(file);
        connectors = List.copyOf(loaded.connectors());
        fingerprint = now;
        version++;
        return true;
    }

    /** A hash of the file's bytes; empty when it cannot be read (the loader then says why). */
    private static String fingerprint(Path file) {
        try {
            return Texts.sha256(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return "";
        }
    }
}
