package org.citizenhub.hub.connector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.citizenhub.connectors.config.ConnectorConfig;
import org.citizenhub.connectors.config.ConnectorConfigLoader;
import org.citizenhub.connectors.config.ConnectorFile;

/**
 * The connectors this hub runs, loaded from the connector file ({@code hub.connectors}; none when it is
 * empty). An admin may fix the file while the hub runs: {@link #refresh()} loads it again when its content
 * changed, so the next run and any dead-letter replay use the fixed mapping without a restart. A file that
 * has become invalid is refused with the loader's message and the last good configuration stays.
 * <p>
 * Listeners ({@link #onChange}) hear of every change taken in, before the new connectors are used: one that
 * throws (the audit log cannot record the change) stops the change, and the last configuration stays.
 */
public final class ConnectorRegistry {

    private final Path file;
    private final List<Consumer<ConnectorFileVersion.Change>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<ConnectorConfig> connectors;
    private volatile ConnectorFileVersion fileVersion;
    private volatile int version;

    private ConnectorRegistry(Path file, List<ConnectorConfig> connectors, ConnectorFileVersion fileVersion) {
        this.file = file;
        this.connectors = List.copyOf(connectors);
        this.fileVersion = fileVersion;
    }

    /** Loads the file; a bad file throws the loader's message (file, key, reason). Blank: no connectors. */
    public static ConnectorRegistry load(String file) {
        if (file == null || file.isBlank()) {
            return of(List.of());
        }
        Path path = Path.of(file.trim());
        ConnectorFileVersion read = read(path);
        ConnectorFile loaded = ConnectorConfigLoader.load(path);
        return new ConnectorRegistry(path, loaded.connectors(), read);
    }

    /** A registry of given connectors, not backed by a file. */
    public static ConnectorRegistry of(List<ConnectorConfig> connectors) {
        return new ConnectorRegistry(null, connectors, ConnectorFileVersion.NONE);
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

    /** The connector file as last taken in ({@link ConnectorFileVersion#NONE} without a file). */
    public ConnectorFileVersion fileVersion() {
        return fileVersion;
    }

    /** Tells {@code listener} of every change taken in from now on, on the thread that refreshes. */
    public void onChange(Consumer<ConnectorFileVersion.Change> listener) {
        listeners.add(listener);
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
        ConnectorFileVersion now = read(file);
        if (now.sameFileAs(fileVersion)) {
            return false;
        }
        ConnectorFile loaded = ConnectorConfigLoader.load(file);
        ConnectorFileVersion.Change change = now.since(fileVersion);
        listeners.forEach(listener -> listener.accept(change));
        connectors = List.copyOf(loaded.connectors());
        fileVersion = now;
        version++;
        return true;
    }

    /** The file's version; an empty one when it cannot be read (the loader then says why). */
    private static ConnectorFileVersion read(Path file) {
        try {
            return ConnectorFileVersion.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return new ConnectorFileVersion("", Map.of());
        }
    }
}
