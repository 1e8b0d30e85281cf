package org.citizenhub.connectors.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * Turns watermark values (JDBC column values, JSON values, saved text) into something that compares
 * properly: numbers as numbers, timestamps as timestamps, other text as text. Saved watermarks are ISO text.
 */
final class WatermarkValues {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern DATE_SPACE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");

    private WatermarkValues() {
    }

    /** A comparable key with the text to save; null when the value cannot be a watermark (null, missing, object). */
    static Candidate candidate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode node) {
            return fromJson(node);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return local(ts.toLocalDateTime());
        }
        if (value instanceof java.sql.Date date) {
            LocalDate day = date.toLocalDate();
            return new Candidate(day, day.toString());
        }
        if (value instanceof LocalDateTime ldt) {
            return local(ldt);
        }
        if (value instanceof LocalDate day) {
            return new Candidate(day, day.toString());
        }
        if (value instanceof OffsetDateTime odt) {
            return new Candidate(odt.toInstant(), odt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        if (value instanceof ZonedDateTime zdt) {
            return candidate(zdt.toOffsetDateTime());
        }
        if (value instanceof Instant instant) {
            return new Candidate(instant, instant.toString());
        }
        if (value instanceof Date date) {
            return candidate(date.toInstant());
        }
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            return new Candidate(decimal, decimal.toPlainString());
        }
        return fromText(value.toString());
    }

    /** The saved text as a typed JDBC parameter, so that the database compares it with the column's type. */
    static Object bindable(String text) {
        String s = text.strip();
        if (INTEGER.matcher(s).matches()) {
            return Long.parseLong(s);
        }
        if (DECIMAL.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        Object temporal = parseTemporal(s);
        return temporal != null ? temporal : text;
    }

    private static Candidate fromJson(JsonNode node) {
        if (node.isNumber()) {
            return new Candidate(node.decimalValue(), node.asText());
        }
        if (node.isTextual()) {
            return fromText(node.asText());
        }
        return null;
    }

    private static Candidate fromText(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (DECIMAL.matcher(s).matches()) {
            return new Candidate(new BigDecimal(s), text);
        }
        Object temporal = parseTemporal(s);
        if (temporal instanceof OffsetDateTime odt) {
            return new Candidate(odt.toInstant(), text);
        }
        if (temporal != null) {
            return new Candidate((Comparable<?>) temporal, text);
        }
        return new Candidate(s, text);
    }

    private static Candidate local(LocalDateTime ldt) {
        return new Candidate(ldt, ldt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    }

    private static Object parseTemporal(String s) {
        String iso = DATE_SPACE_TIME.matcher(s).matches() ? s.replaceFirst(" ", "T") : s;
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException notOffset) {
            // try the next shape
        }
        try {
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException notLocal) {
            // try the next shape
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    /** A watermark value: {@code key} orders it, {@code text} is what gets saved. */
    record Candidate(Comparable<?> key, String text) {

        @SuppressWarnings({"unchecked", "rawtypes"})
        boolean isAfter(Candidate other) {
            if (key.getClass() == other.key.getClass()) {
                return ((Comparable) key).compareTo(other.key) > 0;
            }
            boolean plainText = key instanceof String;
            if (plainText != (other.key instanceof String)) {
                // one stray text ("~", "n/a") must not outrank every date and number and stall the next runs
                return !plainText;
            }
            return text.compareTo(other.text) > 0;
        }
    }
}
