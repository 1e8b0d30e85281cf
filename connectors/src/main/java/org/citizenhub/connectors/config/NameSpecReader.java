package org.citizenhub.connectors.config;

import java.util.ArrayList;
import java.util.List;
import org.citizenhub.connectors.config.FieldSpecReader.Kind;
import org.citizenhub.core.normalise.NameParser;
import org.citizenhub.core.record.NameUse;

/** Reads a name: a single field (a full name) or a block of parts; other names also take a {@code use}. */
final class NameSpecReader {

    static final List<String> KEYS = List.of("full", "fullFormat", "title", "given", "middle", "family", "suffix");

    private NameSpecReader() {
    }

    /** The official name, or null when not mapped. */
    static NameSpec readName(ConfigNode node) {
        return read(node, false);
    }

    /** One of {@code otherNames}; {@code use} defaults to alias. */
    static NameSpec readOtherName(ConfigNode node) {
        return read(node, true);
    }

    private static NameSpec read(ConfigNode node, boolean other) {
        if (node.isMissing()) {
            return null;
        }
        if (node.isScalar()) {
            return new NameSpec(FieldSpecReader.read(node, Kind.TEXT), NameParser.Order.AUTO, null, null, null, null, null,
                    other ? NameUse.ALIAS : NameUse.OFFICIAL);
        }
        List<String> keys = new ArrayList<>(KEYS);
        if (other) {
            keys.add("use");
        }
        node.expectKeys(keys);
        if (!node.has("full") && !node.has("given") && !node.has("family")) {
            throw node.error("a name needs at least one of full, given or family");
        }
        return new NameSpec(
                FieldSpecReader.read(node.get("full"), Kind.TEXT),
                order(node.get("fullFormat")),
                FieldSpecReader.read(node.get("title"), Kind.TEXT),
                FieldSpecReader.read(node.get("given"), Kind.TEXT),
                FieldSpecReader.read(node.get("middle"), Kind.TEXT),
                FieldSpecReader.read(node.get("family"), Kind.TEXT),
                FieldSpecReader.read(node.get("suffix"), Kind.TEXT),
                other ? use(node.get("use")) : NameUse.OFFICIAL);
    }

    private static NameParser.Order order(ConfigNode node) {
        String word = node.text();
        if (word == null || word.isBlank()) {
            return NameParser.Order.AUTO;
        }
        return switch (ConfigNode.normalise(word)) {
            case "familyfirst" -> NameParser.Order.FAMILY_FIRST;
            case "givenfirst" -> NameParser.Order.GIVEN_FIRST;
            case "auto" -> NameParser.Order.AUTO;
            default -> throw node.error(node.shown() + " is not a name order; use family-first (\"SMITH, John\"), given-first (\"John Smith\") or auto");
        };
    }

    private static NameUse use(ConfigNode node) {
        String word = node.text();
        if (word == null || word.isBlank()) {
            return NameUse.ALIAS;
        }
        for (NameUse use : NameUse.values()) {
            if (use.name().equalsIgnoreCase(word.trim())) {
                return use;
            }
        }
        throw node.error(node.shown() + " is not a name use; use preferred, previous, maiden or alias");
    }
}
