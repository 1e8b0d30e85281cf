package org.citizenhub.connectors.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citizenhub.connectors.config.FieldSpecReader.Kind;
import org.citizenhub.connectors.mapping.JsonPath;

/** Reads one entry of {@code addresses}. */
final class AddressSpecReader {

    static final List<String> KEYS = List.of("each", "lines", "text", "town", "postcode", "use", "from", "to");

    private AddressSpecReader() {
    }

    static AddressSpec read(ConfigNode node) {
        node.expectKeys(KEYS);
        if (!node.has("lines") && !node.has("text") && !node.has("town") && !node.has("postcode")) {
            throw node.error("an address needs at least one of lines, text, town or postcode");
        }
        List<FieldSpec> lines = new ArrayList<>();
        node.get("lines").listOrOne().forEach(line -> lines.add(FieldSpecReader.read(line, Kind.TEXT)));
        return new AddressSpec(each(node.get("each")), lines,
                FieldSpecReader.read(node.get("text"), Kind.TEXT),
                FieldSpecReader.read(node.get("town"), Kind.TEXT),
                FieldSpecReader.read(node.get("postcode"), Kind.TEXT),
                use(node.get("use")),
                FieldSpecReader.read(node.get("from"), Kind.DATE),
                FieldSpecReader.read(node.get("to"), Kind.DATE));
    }

    private static String each(ConfigNode node) {
        String path = node.text();
        if (path == null || path.isBlank()) {
            return null;
        }
        if (!JsonPath.isPath(path)) {
            throw node.error("must be a JSON path starting with $, e.g. $.address[*]");
        }
        try {
            JsonPath.compile(path);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        return path.trim();
    }

    /** The words current and past are constants; anything else is a field to read the use from. */
    private static FieldSpec use(ConfigNode node) {
        if (node.isScalar()) {
            String word = node.text().trim().toLowerCase(Locale.ROOT);
            if (word.equals("current") || word.equals("past")) {
                return FieldSpec.constant(word);
            }
        }
        return FieldSpecReader.read(node, Kind.TEXT);
    }
}
