package org.citizenhub.connectors.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.citizenhub.connectors.config.FieldSpec.TextCase;
import org.citizenhub.connectors.mapping.DateFormats;
import org.citizenhub.connectors.mapping.JsonPath;

/**
 * Reads one field: a column name, a JSON path ({@code $...}), or a block with {@code from}/{@code join}/
 * {@code constant} and transforms. JSON paths, regexes and date formats are checked here, so a mapping that
 * loads always compiles.
 */
final class FieldSpecReader {

    static final List<String> KEYS = List.of("from", "join", "separator", "constant", "trim", "missing",
            "dateFormats", "values", "case", "split");

    /** Whether the canonical field is a date, the only kind that takes {@code dateFormats}. */
    enum Kind { TEXT, DATE }

    private FieldSpecReader() {
    }

    /** The field, or null when the key is missing. */
    static FieldSpec read(ConfigNode node, Kind kind) {
        if (node.isMissing()) {
            return null;
        }
        if (node.isScalar()) {
            return new FieldSpec(source(node));
        }
        if (node.isList()) {
            throw node.error("must be one field (a column, a $ JSON path or a block with from/join/constant), not a list");
        }
        node.expectKeys(KEYS);
        String from = node.has("from") ? source(node.get("from")) : null;
        List<String> join = new ArrayList<>();
        node.get("join").listOrOne().forEach(part -> join.add(source(part)));
        String constant = node.get("constant").text();
        int sources = (from == null ? 0 : 1) + (join.isEmpty() ? 0 : 1) + (constant == null ? 0 : 1);
        if (sources != 1) {
            throw node.error(sources == 0 ? "needs one of from, join or constant" : "takes only one of from, join or constant");
        }
        String separator = node.get("separator").text();
        return new FieldSpec(from, join, separator == null ? " " : separator, constant, node.get("trim").bool(true),
                texts(node.get("missing")), dateFormats(node.get("dateFormats"), kind), values(node.get("values")),
                textCase(node.get("case")), split(node.get("split")));
    }

    /** A column name or a JSON path, which is compiled to check it. */
    private static String source(ConfigNode node) {
        String text = node.requireText().trim();
        if (JsonPath.isPath(text)) {
            try {
                JsonPath.compile(text);
            } catch (IllegalArgumentException e) {
                throw node.error(e.getMessage());
            }
        }
        return text;
    }

    private static List<String> texts(ConfigNode node) {
        List<String> out = new ArrayList<>();
        node.listOrOne().forEach(item -> out.add(item.isMissing() ? "" : item.text()));
        return out;
    }

    private static List<String> dateFormats(ConfigNode node, Kind kind) {
        if (node.isMissing()) {
            return List.of();
        }
        if (kind != Kind.DATE) {
            throw node.error("only date fields take dateFormats (dateOfBirth, createdAt, updatedAt, an address's from and to)");
        }
        List<String> patterns = new ArrayList<>();
        for (ConfigNode item : node.listOrOne()) {
            String pattern = item.requireText();
            try {
                DateFormats.check(pattern);
            } catch (IllegalArgumentException e) {
                throw item.error(e.getMessage());
            }
            patterns.add(pattern);
        }
        return patterns;
    }

    private static Map<String, String> values(ConfigNode node) {
        Map<String, String> codes = new LinkedHashMap<>();
        node.entries().forEach((code, value) -> codes.put(code, value.isMissing() ? "" : value.text()));
        return codes;
    }

    private static TextCase textCase(ConfigNode node) {
        String word = node.text();
        if (word == null || word.isBlank()) {
            return TextCase.NONE;
        }
        return switch (ConfigNode.normalise(word)) {
            case "none" -> TextCase.NONE;
            case "upper", "uppercase" -> TextCase.UPPER;
            case "lower", "lowercase" -> TextCase.LOWER;
            default -> throw node.error(node.shown() + " is not a case; use none, upper or lower");
        };
    }

    private static String split(ConfigNode node) {
        String regex = node.text();
        if (regex == null || regex.isEmpty()) {
            return null;
        }
        try {
            Pattern.compile(regex);
            return regex;
        } catch (PatternSyntaxException e) {
            throw node.error("not a valid regular expression: " + e.getDescription());
        }
    }
}
