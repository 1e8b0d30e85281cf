package org.citizenhub.connectors.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A YAML document as a Jackson tree in which every scalar is kept as the text written: {@code 00000000}
 * stays "00000000" (YAML would read it as the number 0), {@code 007} stays "007". Remembers the line of
 * every node for error messages, and rejects a key written twice in one mapping and any alias ({@code *name}):
 * the YAML reader does not expand aliases (so an alias bomb costs nothing) but would read one as its anchor's
 * name, a silent misreading. Nesting deeper than the JSON reader's limit (1000) is an error too.
 */
final class YamlTree {

    private static final YAMLFactory YAML = new YAMLFactory();

    private final JsonNode root;
    private final Map<JsonNode, Integer> lines;

    private YamlTree(JsonNode root, Map<JsonNode, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** @throws ConnectorConfigException when the text is not YAML */
    static YamlTree parse(String text, Path file) {
        Map<JsonNode, Integer> lines = new IdentityHashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ConnectorConfigException(file, "the file is empty");
            }
            JsonNode root = new Reader(parser, lines, file).read("", parser.currentTokenLocation().getLineNr());
            return new YamlTree(root, lines);
        } catch (StreamConstraintsException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConnectorConfigException(file, "", line, "not valid YAML: nested deeper than "
                    + StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels, or a key or value over the reader's size limits");
        } catch (JsonProcessingException e) {
            // The YAML library's message quotes the offending lines (indented), which may hold a secret: drop them.
            String problem = e.getOriginalMessage().lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                    .reduce((a, b) -> a + "; " + b).orElse("syntax error");
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConnectorConfigException(file, "", line, "not valid YAML: " + problem);
        } catch (IOException e) {
            throw new ConnectorConfigException(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    JsonNode root() {
        return root;
    }

    /** The line a node was written on, or 0. */
    int lineOf(JsonNode node) {
        Integer line = node == null ? null : lines.get(node);
        return line == null ? 0 : line;
    }

    private record Reader(JsonParser parser, Map<JsonNode, Integer> lines, Path file) {

        JsonNode read(String path, int line) throws IOException {
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                // the YAML reader would hand over the anchor's name as if it were the value
                throw new ConnectorConfigException(file, path, parser.currentTokenLocation().getLineNr(),
                        "YAML aliases (*name) are not supported; write the value out in full");
            }
            JsonNode node = switch (parser.currentToken()) {
                case START_OBJECT -> object(path);
                case START_ARRAY -> array(path);
                case VALUE_NULL -> NullNode.getInstance();
                default -> new TextNode(parser.getText());
            };
            if (!node.isNull()) {
                lines.put(node, line);
            }
            return node;
        }

        private ObjectNode object(String path) throws IOException {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int line = parser.currentTokenLocation().getLineNr();
                String keyPath = ConfigNode.childPath(path, key);
                if (object.has(key)) {
                    throw new ConnectorConfigException(file, keyPath, line, "key written twice; keep one");
                }
                parser.nextToken();
                object.set(key, read(keyPath, line));
            }
            return object;
        }

        private ArrayNode array(String path) throws IOException {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(path + "[" + array.size() + "]", parser.currentTokenLocation().getLineNr()));
            }
            return array;
        }
    }
}
