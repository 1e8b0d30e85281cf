package org.citizenhub.connectors.mapping;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import org.citizenhub.core.record.PartialDate;

/** One way of writing a date: a formatter pattern, or seconds/milliseconds since the epoch. */
abstract sealed class DateFormat {

    abstract PartialDate partialDate(String text);

    abstract Instant instant(String text);

    /** The ISO forms, most complete first. */
    static List<DateFormat> iso() {
        DateTimeFormatter dateTime = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .append(DateTimeFormatter.ISO_LOCAL_DATE)
                .optionalStart().appendLiteral('T').optionalEnd()
                .optionalStart().appendLiteral(' ').optionalEnd()
                .append(DateTimeFormatter.ISO_LOCAL_TIME)
                .optionalStart().appendOffsetId().optionalEnd()
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        return List.of(
                new Pattern(DateTimeFormatter.ISO_LOCAL_DATE, false, null),
                new Pattern(dateTime, false, null),
                pattern("uuuuMMdd", null),
                pattern("uuuu-MM", null),
                pattern("uuuu", null));
    }

    static DateFormat epoch(boolean millis) {
        return new Epoch(millis);
    }

    /**
     * A {@link DateTimeFormatter} pattern, read strictly (no 31 February) and ignoring case. {@code y} and
     * {@code Y} are read as {@code u} (the proleptic year) and {@code D} as {@code d}: nobody means an era
     * year, a week-based year or a day of the year in a date of birth.
     *
     * @throws IllegalArgumentException when the pattern is not valid or has no year
     */
    static DateFormat pattern(String pattern, Clock clock) {
        String converted = convert(pattern.trim());
        String letters = letters(converted);
        if (letters.indexOf('u') < 0) {
            throw new IllegalArgumentException("date format '" + pattern + "' has no year (yyyy)");
        }
        if (letters.indexOf('m') >= 0 && letters.chars().noneMatch(c -> "HhKk".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("date format '" + pattern + "' has minutes (mm) but no hour; write MM for the month");
        }
        try {
            DateTimeFormatter formatter = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(converted)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
            boolean twoDigitYear = converted.contains("uu") && !converted.contains("uuu");
            return new Pattern(formatter, twoDigitYear, clock);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("date format '" + pattern + "' is not a valid pattern: " + e.getMessage());
        }
    }

    /** Swaps pattern letters outside quoted literals. */
    private static String convert(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(quoted ? c : switch (c) {
                case 'y', 'Y' -> 'u';
                case 'D' -> 'd';
                default -> c;
            });
        }
        return out.toString();
    }

    /** The pattern letters outside quoted literals. */
    private static String letters(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final class Pattern extends DateFormat {
        private final DateTimeFormatter formatter;
        private final boolean twoDigitYear;
        private final Clock clock;

        Pattern(DateTimeFormatter formatter, boolean twoDigitYear, Clock clock) {
            this.formatter = formatter;
            this.twoDigitYear = twoDigitYear;
            this.clock = clock;
        }

        @Override
        PartialDate partialDate(String text) {
            TemporalAccessor parsed = parse(text);
            if (parsed == null || !parsed.isSupported(ChronoField.YEAR)) {
                return null;
            }
            try {
                int year = parsed.get(ChronoField.YEAR);
                Integer month = parsed.isSupported(ChronoField.MONTH_OF_YEAR) ? parsed.get(ChronoField.MONTH_OF_YEAR) : null;
                Integer day = month != null && parsed.isSupported(ChronoField.DAY_OF_MONTH) ? parsed.get(ChronoField.DAY_OF_MONTH) : null;
                PartialDate date = new PartialDate(year, month, day);
                return twoDigitYear ? intoThePast(date) : date;
            } catch (DateTimeException e) {
                return null;
            }
        }

        /** Two-digit years are read as 20xx; one that lands in the future is a 19xx date of birth. */
        private PartialDate intoThePast(PartialDate date) {
            if (clock != null && date.earliestDay().isAfter(LocalDate.now(clock))) {
                return new PartialDate(date.year() - 100, date.month(), date.day());
            }
            return date;
        }

        @Override
        Instant instant(String text) {
            TemporalAccessor parsed = parse(text);
            if (parsed == null) {
                return null;
            }
            try {
                if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
                    return Instant.from(parsed);
                }
                PartialDate date = partialDate(text);
                if (date == null) {
                    return null;
                }
                LocalTime time = parsed.isSupported(ChronoField.NANO_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
                ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
                return date.earliestDay().atTime(time).toInstant(offset);
            } catch (DateTimeException e) {
                return null;
            }
        }

        private TemporalAccessor parse(String text) {
            try {
                return formatter.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static final class Epoch extends DateFormat {
        private final boolean millis;

        Epoch(boolean millis) {
            this.millis = millis;
        }

        @Override
        PartialDate partialDate(String text) {
            Instant instant = instant(text);
            return instant == null ? null : PartialDate.of(instant.atOffset(ZoneOffset.UTC).toLocalDate());
        }

        @Override
        Instant instant(String text) {
            if (!text.matches("-?\\d{1,19}")) {
                return null;
            }
            long value = Long.parseLong(text);
            return millis ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        }
    }
}
