package org.citizenhub.connectors.config;

import java.nio.file.Path;
import java.util.List;

/** A loaded connector file: its connectors, and the folder that relative paths in it are resolved against. */
public record ConnectorFile(Path baseDirectory, List<ConnectorConfig> connectors) {

    public ConnectorFile {
        connectors = List.copyOf(connectors);
    }
}
