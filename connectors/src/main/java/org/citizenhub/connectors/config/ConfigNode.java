package org.citizenhub.connectors.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One value of a connector file with its key path, read through checks that fail with a
 * {@link ConnectorConfigException} naming the file, the key path, the line and the reason. Keys are
 * matched ignoring case, '-' and '_' ({@code run_at_start} is {@code runAtStart}); string values have their
 * {@code ${env:...}} and {@code ${file:...}} references resolved.
 */
final class ConfigNode {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private final JsonNode node;
    private final String path;
    private final int parentLine;
    private final ConfigContext context;

    private ConfigNode(JsonNode node, String path, int parentLine, ConfigContext context) {
        this.node = node;
        this.path = path;
        this.parentLine = parentLine;
        this.context = context;
    }

    static ConfigNode root(ConfigContext context) {
        return new ConfigNode(context.tree().root(), "", 0, context);
    }

    static String childPath(String parent, String key) {
        String step = PLAIN_KEY.matcher(key).matches() ? key : "['" + key + "']";
        return parent.isEmpty() ? step : step.startsWith("[") ? parent + step : parent + "." + step;
    }

    static String normalise(String key) {
        return key.replace("-", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    String path() {
        return path;
    }

    int line() {
        int line = context.tree().lineOf(node);
        return line > 0 ? line : parentLine;
    }

    boolean isMissing() {
        return node == null || node.isNull() || node.isMissingNode();
    }

    boolean isObject() {
        return node != null && node.isObject();
    }

    boolean isList() {
        return node != null && node.isArray();
    }

    boolean isScalar() {
        return node != null && node.isValueNode() && !node.isNull();
    }

    /** The value under a key (ignoring case, '-' and '_'), or a missing node carrying the key's path. */
    ConfigNode get(String key) {
        if (isObject()) {
            String wanted = normalise(key);
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (normalise(entry.getKey()).equals(wanted)) {
                    return new ConfigNode(entry.getValue(), childPath(path, entry.getKey()), line(), context);
                }
            }
        }
        return new ConfigNode(null, childPath(path, key), line(), context);
    }

    boolean has(String key) {
        return !get(key).isMissing();
    }

    /** The value under a key, which must be there. */
    ConfigNode require(String key, String why) {
        ConfigNode child = get(key);
        if (child.isMissing()) {
            throw child.error("missing required key" + (why == null ? "" : "; " + why));
        }
        return child;
    }

    /**
     * Checks that this is a block (a YAML mapping) holding only the given keys; {@code what} names the kind of
     * key in messages ("key", "canonical field").
     */
    ConfigNode expectKeys(String what, Collection<String> allowed) {
        if (!isObject()) {
            throw error("must be a block of keys (" + String.join(", ", allowed) + ")" + foundSuffix());
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (allowed.stream().noneMatch(a -> normalise(a).equals(normalise(key)))) {
                String hint = KeySuggestions.closest(key, allowed).map(s -> "; did you mean '" + s + "'?").orElse("");
                throw get(key).error("unknown " + what + " '" + key + "'" + hint + " (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String earlier = seen.put(normalise(key), key);
            if (earlier != null) {
                throw get(key).error("'" + key + "' and '" + earlier + "' are the same key; keep one");
            }
        }
        return this;
    }

    ConfigNode expectKeys(Collection<String> allowed) {
        return expectKeys("key", allowed);
    }

    /** The items of a list; a missing value is an empty list. */
    List<ConfigNode> list() {
        if (isMissing()) {
            return List.of();
        }
        if (!isList()) {
            throw error("must be a list" + foundSuffix());
        }
        List<ConfigNode> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new ConfigNode(node.get(i), path + "[" + i + "]", line(), context));
        }
        return items;
    }

    /** The items of a list, or this value alone when it is not a list. */
    List<ConfigNode> listOrOne() {
        return isMissing() || isList() ? list() : List.of(this);
    }

    /** The entries of a free block (codes, headers) with the keys exactly as written. */
    Map<String, ConfigNode> entries() {
        Map<String, ConfigNode> out = new LinkedHashMap<>();
        if (isMissing()) {
            return out;
        }
        if (!isObject()) {
            throw error("must be a block of key: value pairs" + foundSuffix());
        }
        node.properties().forEach(e -> out.put(e.getKey(), new ConfigNode(e.getValue(), childPath(path, e.getKey()), line(), context)));
        return out;
    }

    /** The text, references resolved; null when missing. */
    String text() {
        if (isMissing()) {
            return null;
        }
        if (!isScalar()) {
            throw error("must be a single value" + foundSuffix());
        }
        try {
            return context.placeholders().resolve(node.asText());
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** The text, which must be there and not blank. */
    String requireText() {
        String text = text();
        if (text == null || text.isBlank()) {
            throw error(isMissing() ? "missing required key" : "must not be empty");
        }
        return text;
    }

    boolean bool(boolean fallback) {
        String text = text();
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            case "false", "no", "off", "n" -> false;
            default -> throw error(shown() + " is not true or false");
        };
    }

    int integer(int fallback, int min) {
        String text = text();
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min) {
                throw error("must be at least " + min);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(shown() + " is not a whole number");
        }
    }

    /** The value quoted for a message, or a stand-in when it came from the environment or a secret file. */
    String shown() {
        if (node == null || !node.isValueNode()) {
            return "the value";
        }
        return Placeholders.hasReference(node.asText()) ? "the value of " + node.asText() : "'" + node.asText() + "'";
    }

    ConnectorConfigException error(String reason) {
        return new ConnectorConfigException(context.file(), path, line(), reason);
    }

    ConfigContext context() {
        return context;
    }

    private String foundSuffix() {
        if (isList()) {
            return ", not a list";
        }
        if (isObject()) {
            return ", not a block of keys";
        }
        return isScalar() ? ", not a single value" : "";
    }
}
