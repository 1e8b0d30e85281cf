package org.citizenhub.connectors.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** The text of a scalar JSON value as a person would write it: 42 not 42.0, 1E+3 as 1000. */
final class ScalarText {

    private ScalarText() {
    }

    static String of(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            BigDecimal decimal = node.decimalValue().stripTrailingZeros();
            return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
        }
        return node.asText();
    }
}
