package org.citizenhub.connectors.config;

import java.nio.file.Path;

/** What every node of one connector file shares: the file (for messages), its lines and its placeholders. */
record ConfigContext(Path file, YamlTree tree, Placeholders placeholders) {
}
