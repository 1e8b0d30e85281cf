package org.citizenhub.connectors.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** One step of a {@link JsonPath}: from one node, add the nodes it leads to. */
sealed interface PathStep {

    void apply(JsonNode node, List<JsonNode> out);

    static void addIfPresent(JsonNode node, List<JsonNode> out) {
        if (node != null && !node.isNull() && !node.isMissingNode()) {
            out.add(node);
        }
    }

    /** {@code .name}: the field of an object, or of each object in an array. */
    record Property(String name) implements PathStep {
        @Override
        public void apply(JsonNode node, List<JsonNode> out) {
            if (node.isObject()) {
                addIfPresent(field(node, name), out);
            } else if (node.isArray()) {
                node.forEach(element -> {
                    if (element.isObject()) {
                        addIfPresent(field(element, name), out);
                    }
                });
            }
        }

        /** Exact name first, then ignoring case, then ignoring case, spaces and punctuation (and a BOM). */
        private static JsonNode field(JsonNode object, String name) {
            JsonNode exact = object.get(name);
            if (exact != null) {
                return exact;
            }
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue();
                }
            }
            String loose = loose(name);
            if (loose.isEmpty()) {
                return null;
            }
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                if (loose(entry.getKey()).equals(loose)) {
                    return entry.getValue();
                }
            }
            return null;
        }

        private static String loose(String name) {
            StringBuilder out = new StringBuilder(name.length());
            name.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
            return out.toString();
        }
    }

    /** {@code [*]} or {@code .*}: every element of an array, every value of an object. */
    record Wildcard() implements PathStep {
        @Override
        public void apply(JsonNode node, List<JsonNode> out) {
            if (node.isContainerNode()) {
                node.forEach(child -> addIfPresent(child, out));
            }
        }
    }

    /** {@code [n]}: one element of an array; negative counts from the end. */
    record Index(int index) implements PathStep {
        @Override
        public void apply(JsonNode node, List<JsonNode> out) {
            if (node.isArray()) {
                int at = index < 0 ? node.size() + index : index;
                if (at >= 0 && at < node.size()) {
                    addIfPresent(node.get(at), out);
                }
            }
        }
    }

    /** {@code [?(...)]}: the elements of an array that match, or an object itself when it matches. */
    record Filter(PathFilter filter) implements PathStep {
        @Override
        public void apply(JsonNode node, List<JsonNode> out) {
            if (node.isArray()) {
                node.forEach(element -> {
                    if (filter.matches(element)) {
                        addIfPresent(element, out);
                    }
                });
            } else if (filter.matches(node)) {
                out.add(node);
            }
        }
    }
}
