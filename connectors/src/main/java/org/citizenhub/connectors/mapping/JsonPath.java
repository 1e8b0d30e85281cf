package org.citizenhub.connectors.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled JSON path over Jackson trees, the small subset connector files need: {@code $}, {@code .name}
 * and {@code ['name']}, {@code [0]} (negative counts from the end), {@code [*]} and {@code .*}, and filters
 * {@code [?(@.system=='urn:x')]} (with {@code == != < <= > >=}, {@code &&}, or a bare {@code @.a} for
 * "exists"). A name step on an array applies to each element, and a name that is not found exactly is
 * matched ignoring case (databases return upper-case column names). Null values are never selected.
 */
public final class JsonPath {

    private final String text;
    private final List<PathStep> steps;

    JsonPath(String text, List<PathStep> steps) {
        this.text = text;
        this.steps = List.copyOf(steps);
    }

    /**
     * Compiles a path starting with {@code $}.
     *
     * @throws IllegalArgumentException naming the problem and its position
     */
    public static JsonPath compile(String path) {
        return new JsonPathParser(path).parse();
    }

    /** A column name: one top-level field, looked up by its whole name (dots included). */
    public static JsonPath column(String name) {
        return new JsonPath(name, List.of(new PathStep.Property(name)));
    }

    /** A JSON path when the text starts with {@code $}, otherwise a column name. */
    public static JsonPath columnOrPath(String text) {
        return isPath(text) ? compile(text) : column(text);
    }

    public static boolean isPath(String text) {
        return text != null && text.trim().startsWith("$");
    }

    /** Every non-null node the path selects, in document order. */
    public List<JsonNode> select(JsonNode root) {
        List<JsonNode> current = new ArrayList<>();
        if (root != null && !root.isNull() && !root.isMissingNode()) {
            current.add(root);
        }
        for (PathStep step : steps) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                step.apply(node, next);
            }
            current = next;
        }
        return current;
    }

    /** The first node selected, or null. */
    public JsonNode first(JsonNode root) {
        List<JsonNode> all = select(root);
        return all.isEmpty() ? null : all.get(0);
    }

    @Override
    public String toString() {
        return text;
    }
}
