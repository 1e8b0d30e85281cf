package org.citizenhub.connectors.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/** The condition of a JSON path filter: comparisons of paths relative to the element ({@code @}), all true. */
record PathFilter(List<Condition> conditions) {

    boolean matches(JsonNode element) {
        return conditions.stream().allMatch(c -> c.matches(element));
    }

    enum Operator { EXISTS, EQ, NE, LT, LE, GT, GE }

    /** {@code @.path op literal}; the literal is a String, a BigDecimal, a Boolean or null (JSON null). */
    record Condition(JsonPath relative, Operator operator, Object literal) {

        boolean matches(JsonNode element) {
            List<JsonNode> selected = relative.select(element);
            if (operator == Operator.EXISTS) {
                return !selected.isEmpty();
            }
            if (selected.isEmpty()) {
                // Only "!= value" and "== null" hold for a field that is absent.
                return operator == Operator.NE ? literal != null : operator == Operator.EQ && literal == null;
            }
            return selected.stream().anyMatch(this::holdsFor);
        }

        private boolean holdsFor(JsonNode value) {
            Integer order = compare(value);
            return switch (operator) {
                case EQ -> order != null && order == 0;
                case NE -> order == null || order != 0;
                case LT -> order != null && order < 0;
                case LE -> order != null && order <= 0;
                case GT -> order != null && order > 0;
                case GE -> order != null && order >= 0;
                case EXISTS -> true;
            };
        }

        /** The order of the value against the literal, or null when they cannot be compared. */
        private Integer compare(JsonNode value) {
            if (literal == null) {
                return null;
            }
            if (literal instanceof BigDecimal number) {
                BigDecimal actual = asNumber(value);
                return actual == null ? null : actual.compareTo(number);
            }
            if (literal instanceof Boolean bool) {
                return value.isBoolean() || value.isTextual() ? (value.asText().equalsIgnoreCase(bool.toString()) ? 0 : 1) : null;
            }
            return value.isValueNode() ? value.asText().compareTo((String) literal) : null;
        }

        private static BigDecimal asNumber(JsonNode value) {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            try {
                return value.isTextual() ? new BigDecimal(value.asText().trim()) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
