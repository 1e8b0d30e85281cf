package org.citizenhub.connectors.config;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads and validates a connector file (YAML): a top-level {@code connectors:} list, each entry with an
 * {@code id}, a {@code kind}, the block of that kind and a {@code mapping}. Everything is checked before
 * anything runs, and the first problem fails the load with one {@link ConnectorConfigException} that names
 * the file, the key path, the line and the reason. See docs/connector-reference.md for the format.
 */
public final class ConnectorConfigLoader {

    /** The largest connector file read (1 MiB): hundreds of connectors fit in far less. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    private ConnectorConfigLoader() {
    }

    /** @throws ConnectorConfigException when the file cannot be read or is not a valid connector file */
    public static ConnectorFile load(Path file) {
        return load(file, System::getenv);
    }

    /**
     * As {@link #load(Path)}, reading {@code ${env:NAME}} references from {@code environment} (which returns
     * null for a variable that is not set).
     */
    public static ConnectorFile load(Path file, Function<String, String> environment) {
        Path absolute = file.toAbsolutePath().normalize();
        Path baseDirectory = absolute.getParent();
        YamlTree tree = YamlTree.parse(read(file), file);
        ConfigNode root = ConfigNode.root(new ConfigContext(file, tree, new Placeholders(environment, baseDirectory)));
        return new ConnectorFile(baseDirectory, connectors(root, baseDirectory));
    }

    private static List<ConnectorConfig> connectors(ConfigNode root, Path baseDirectory) {
        ConfigNode list = root;
        if (!root.isList()) {
            if (root.isObject() && !root.has("connectors") && root.has("id")) {
                throw root.error("connectors must be listed under a top-level 'connectors:' key");
            }
            root.expectKeys(List.of("connectors"));
            list = root.require("connectors", "the list of connectors");
        }
        List<ConfigNode> items = list.list();
        if (items.isEmpty()) {
            throw list.error("the list of connectors is empty");
        }
        List<ConnectorConfig> connectors = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        for (ConfigNode item : items) {
            ConnectorConfig connector = ConnectorReader.read(item, baseDirectory);
            String earlier = seenIds.put(connector.id().toLowerCase(Locale.ROOT), item.path());
            if (earlier != null) {
                throw item.get("id").error("duplicate connector id '" + connector.id() + "' (also used by " + earlier + ")");
            }
            connectors.add(connector);
        }
        return connectors;
    }

    private static String read(Path file) {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ConnectorConfigException(file, "the connector file is not a regular file");
            }
            if (Files.exists(file) && Files.size(file) > MAX_FILE_BYTES) {
                throw new ConnectorConfigException(file, "the connector file is larger than " + MAX_FILE_BYTES
                        + " bytes; it holds configuration, not data");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConnectorConfigException(file, "the connector file does not exist");
        } catch (MalformedInputException e) {
            throw new ConnectorConfigException(file, "the connector file is not UTF-8 text");
        } catch (IOException e) {
            throw new ConnectorConfigException(file, "the connector file cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
