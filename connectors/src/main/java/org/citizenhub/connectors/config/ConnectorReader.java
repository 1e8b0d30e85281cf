package org.citizenhub.connectors.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads one entry of {@code connectors:}. */
final class ConnectorReader {

    static final List<String> KEYS = List.of("id", "description", "kind", "schedule", "runAtStart", "file", "jdbc", "rest", "mapping");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    private ConnectorReader() {
    }

    static ConnectorConfig read(ConfigNode node, Path baseDirectory) {
        node.expectKeys(KEYS);
        ConfigNode idNode = node.require("id", "a short name for the source, e.g. tax-records");
        String id = idNode.requireText().trim();
        if (!ID.matcher(id).matches()) {
            throw idNode.error(idNode.shown() + " is not a valid id; use letters, digits, '-' and '_' only");
        }
        ConnectorKind kind = kind(node);
        for (ConnectorKind other : ConnectorKind.values()) {
            String block = block(other);
            if (other != kind && node.has(block)) {
                throw node.get(block).error("this connector's kind is " + block(kind) + ", so it takes a '" + block(kind)
                        + "' block, not a '" + block + "' block");
            }
        }
        ConfigNode source = node.require(block(kind), "a " + block(kind) + " connector needs a '" + block(kind) + ":' block");
        return new ConnectorConfig(
                id,
                node.get("description").text(),
                kind,
                schedule(node.get("schedule")),
                node.get("runAtStart").bool(true),
                kind == ConnectorKind.FILE ? FileSourceReader.read(source, baseDirectory) : null,
                kind == ConnectorKind.JDBC ? JdbcSourceReader.read(source) : null,
                kind == ConnectorKind.REST ? RestSourceReader.read(source) : null,
                MappingReader.read(node.require("mapping", "how the agency's fields map onto the canonical record")));
    }

    /** The {@code kind}; when it is left out, the one source block present says it. */
    private static ConnectorKind kind(ConfigNode connector) {
        ConfigNode node = connector.get("kind");
        String word = node.text();
        if (word == null || word.isBlank()) {
            List<ConnectorKind> present = List.of(ConnectorKind.values()).stream().filter(k -> connector.has(block(k))).toList();
            if (present.size() == 1) {
                return present.get(0);
            }
            throw node.error("missing required key; use file, jdbc or rest");
        }
        for (ConnectorKind kind : ConnectorKind.values()) {
            if (kind.name().equalsIgnoreCase(word.trim())) {
                return kind;
            }
        }
        throw node.error(node.shown() + " is not a connector kind; use file, jdbc or rest");
    }

    private static String block(ConnectorKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static Duration schedule(ConfigNode node) {
        String text = node.text();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw node.error(node.shown() + " is " + e.getMessage());
        }
    }
}
