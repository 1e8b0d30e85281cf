package org.citizenhub.connectors.config;

import java.util.List;
import java.util.Map;

/**
 * Where one canonical value comes from, and how it is cleaned. Exactly one source is set: {@code from}
 * (a column name, matched case-insensitively, or a JSON path starting with {@code $}), {@code join}
 * (several columns or paths joined by {@code separator}, blanks skipped) or {@code constant}.
 * The transforms run in this order: {@code split} (a regex, one value to several), {@code trim},
 * {@code missing} (placeholder values that mean "no value"), {@code values} (native code to canonical
 * value; codes not listed pass through), {@code textCase}; then {@code dateFormats} for date fields.
 */
public record FieldSpec(
        String from,
        List<String> join,
        String separator,
        String constant,
        boolean trim,
        List<String> missing,
        List<String> dateFormats,
        Map<String, String> values,
        TextCase textCase,
        String split) {

    public enum TextCase { NONE, UPPER, LOWER }

    public FieldSpec {
        join = join == null ? List.of() : List.copyOf(join);
        separator = separator == null ? " " : separator;
        missing = missing == null ? List.of() : List.copyOf(missing);
        dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
        values = values == null ? Map.of() : Map.copyOf(values);
        textCase = textCase == null ? TextCase.NONE : textCase;
    }

    /** A column or JSON path, trimmed, with no other transform. */
    public FieldSpec(String from) {
        this(from, List.of(), " ", null, true, List.of(), List.of(), Map.of(), TextCase.NONE, null);
    }

    public static FieldSpec constant(String value) {
        return new FieldSpec(null, List.of(), " ", value, true, List.of(), List.of(), Map.of(), TextCase.NONE, null);
    }

    public static FieldSpec join(List<String> parts, String separator) {
        return new FieldSpec(null, parts, separator, null, true, List.of(), List.of(), Map.of(), TextCase.NONE, null);
    }

    public FieldSpec withMissing(List<String> placeholders) {
        return new FieldSpec(from, join, separator, constant, trim, placeholders, dateFormats, values, textCase, split);
    }

    public FieldSpec withDateFormats(List<String> patterns) {
        return new FieldSpec(from, join, separator, constant, trim, missing, patterns, values, textCase, split);
    }

    public FieldSpec withValues(Map<String, String> codes) {
        return new FieldSpec(from, join, separator, constant, trim, missing, dateFormats, codes, textCase, split);
    }

    public FieldSpec withSplit(String regex) {
        return new FieldSpec(from, join, separator, constant, trim, missing, dateFormats, values, textCase, regex);
    }
}
