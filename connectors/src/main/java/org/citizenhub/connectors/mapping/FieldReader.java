package org.citizenhub.connectors.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.citizenhub.connectors.config.FieldSpec;

/**
 * A compiled {@link FieldSpec}: reads the cleaned text values of one field from a JSON scope (the record,
 * or one element of an {@code each} array). Values come out split, trimmed, without blanks or
 * placeholders, translated through the code map and case-changed, in document order. A value longer than
 * {@value #MAX_VALUE_CHARS} characters or holding control characters, or more than {@value #MAX_VALUES}
 * values, is a {@link MappingProblem} naming the field.
 */
final class FieldReader {

    /** The longest value of one field; a longer one makes the record a dead letter (no name or id is this long). */
    static final int MAX_VALUE_CHARS = 1_000;
    /** The most values one field may yield (after split and arrays). */
    static final int MAX_VALUES = 100;
    /** Control characters but tab and line breaks: a NUL or an escape in a value is a broken export. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

    private final String label;
    private final FieldSpec spec;
    private final JsonPath from;
    private final List<JsonPath> join;
    private final Pattern split;

    private FieldReader(String label, FieldSpec spec) {
        this.label = label;
        this.spec = spec;
        this.from = spec.from() == null ? null : JsonPath.columnOrPath(spec.from());
        this.join = spec.join().stream().map(JsonPath::columnOrPath).toList();
        this.split = spec.split() == null || spec.split().isEmpty() ? null : Pattern.compile(spec.split());
        if (from == null && join.isEmpty() && spec.constant() == null) {
            throw new IllegalArgumentException(label + ": needs one of from, join or constant");
        }
    }

    /**
     * Compiles a field; null stays null so that unmapped fields cost nothing.
     *
     * @throws IllegalArgumentException when a path or regex is invalid
     */
    static FieldReader compile(String label, FieldSpec spec) {
        return spec == null ? null : new FieldReader(label, spec);
    }

    String label() {
        return label;
    }

    /** Every value, cleaned. */
    List<String> values(JsonNode scope) {
        List<String> out = new ArrayList<>();
        for (String raw : rawValues(scope)) {
            for (String part : split == null ? List.of(raw) : List.of(split.split(raw))) {
                String value = clean(part);
                String translated = value == null ? null : translate(value);
                if (translated != null && !translated.isBlank()) { // a code may map to "" meaning missing
                    out.add(checked(translated));
                }
                if (out.size() > MAX_VALUES) {
                    throw new MappingProblem(label, "more than " + MAX_VALUES + " values");
                }
            }
        }
        return out;
    }

    /** The value, if it is of a size and kind a person's record holds; the problem never quotes it. */
    private String checked(String value) {
        if (value.length() > MAX_VALUE_CHARS) {
            throw new MappingProblem(label, "value is longer than " + MAX_VALUE_CHARS + " characters");
        }
        if (CONTROL.matcher(value).find()) {
            throw new MappingProblem(label, "value holds control characters (such as NUL or ESC)");
        }
        return value;
    }

    /** The first value, or null. */
    String first(JsonNode scope) {
        List<String> all = values(scope);
        return all.isEmpty() ? null : all.get(0);
    }

    private List<String> rawValues(JsonNode scope) {
        if (spec.constant() != null) {
            return List.of(spec.constant());
        }
        if (from != null) {
            return texts(from.select(scope));
        }
        List<String> parts = new ArrayList<>();
        for (JsonPath part : join) {
            texts(part.select(scope)).stream().map(this::clean).filter(Objects::nonNull).forEach(parts::add);
        }
        return parts.isEmpty() ? List.of() : List.of(String.join(spec.separator(), parts));
    }

    /** The scalar texts of the selected nodes, arrays flattened; an object where a value belongs is a problem. */
    private List<String> texts(List<JsonNode> nodes) {
        List<String> out = new ArrayList<>();
        for (JsonNode node : nodes) {
            if (node.isArray()) {
                out.addAll(texts(toList(node)));
            } else if (node.isObject()) {
                throw new MappingProblem(label, "found an object where a value was expected; point the path at a field of it");
            } else if (!node.isNull()) {
                out.add(ScalarText.of(node));
            }
        }
        return out;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** Trimmed (unless told not to), or null when blank or a placeholder. */
    private String clean(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty() || isPlaceholder(value, trimmed)) {
            return null;
        }
        return spec.trim() ? trimmed : value;
    }

    private boolean isPlaceholder(String value, String trimmed) {
        for (String placeholder : spec.missing()) {
            if (placeholder.equalsIgnoreCase(value) || placeholder.trim().equalsIgnoreCase(trimmed)) {
                return true;
            }
        }
        return false;
    }

    private String translate(String value) {
        String mapped = lookUp(spec.values(), value);
        return switch (spec.textCase()) {
            case UPPER -> mapped.toUpperCase(Locale.ROOT);
            case LOWER -> mapped.toLowerCase(Locale.ROOT);
            case NONE -> mapped;
        };
    }

    /** The canonical value of a native code: exact, then ignoring case and spaces; unlisted codes pass through. */
    private static String lookUp(Map<String, String> codes, String value) {
        if (codes.isEmpty()) {
            return value;
        }
        String exact = codes.get(value);
        if (exact != null) {
            return exact;
        }
        String trimmed = value.trim();
        return codes.entrySet().stream().filter(e -> e.getKey().trim().equalsIgnoreCase(trimmed))
                .map(Map.Entry::getValue).findFirst().orElse(value);
    }
}
