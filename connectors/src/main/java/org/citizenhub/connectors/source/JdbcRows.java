package org.citizenhub.connectors.source;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/** A database row as the flat JSON object the mapping reads: column label to value, dates as ISO text. */
final class JdbcRows {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JdbcRows() {
    }

    static ObjectNode toJson(Map<String, Object> row) {
        ObjectNode node = NODES.objectNode();
        row.forEach((column, value) -> put(node, column, value));
        return node;
    }

    /** The value of a column, its name matched case-insensitively (databases differ in label case). */
    static Object value(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value != null || row.containsKey(column)) {
            return value;
        }
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(column)) {
                return entry.getValue();
            }
        }
        return null;
    }

    static boolean hasColumn(Map<String, Object> row, String column) {
        return row.keySet().stream().anyMatch(key -> key.equalsIgnoreCase(column));
    }

    private static void put(ObjectNode node, String column, Object value) {
        if (value == null) {
            node.putNull(column);
        } else if (value instanceof String s) {
            node.put(column, s);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            node.put(column, ((Number) value).intValue());
        } else if (value instanceof Long l) {
            node.put(column, l);
        } else if (value instanceof BigDecimal d) {
            node.put(column, d);
        } else if (value instanceof BigInteger b) {
            node.put(column, b);
        } else if (value instanceof Double || value instanceof Float) {
            node.put(column, ((Number) value).doubleValue());
        } else if (value instanceof Boolean b) {
            node.put(column, b);
        } else if (value instanceof byte[] bytes) {
            node.put(column, Base64.getEncoder().encodeToString(bytes));
        } else if (value instanceof Clob clob) {
            node.put(column, clobText(clob));
        } else {
            node.put(column, temporalOrText(value));
        }
    }

    private static String temporalOrText(Object value) {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime().toString();
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (value instanceof Date date) {
            return Instant.ofEpochMilli(date.getTime()).toString();
        }
        return value.toString();
    }

    private static String clobText(Clob clob) {
        try {
            return clob.getSubString(1, (int) Math.min(Integer.MAX_VALUE, clob.length()));
        } catch (SQLException e) {
            throw new SourceException("a text column could not be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
