package org.citizenhub.connectors.mapping;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citizenhub.core.record.PartialDate;

/**
 * An ordered list of date formats, tried in turn. Each entry is a {@link java.time.format.DateTimeFormatter}
 * pattern (month names in English, any case; {@code yyyy} and {@code YYYY} are both the calendar year) or a
 * keyword: {@code iso} (yyyy-MM-dd, ISO date-time with or without offset, yyyyMMdd, yyyy-MM, yyyy),
 * {@code epochSeconds}, {@code epochMillis}. The ISO forms are always tried after the listed formats, as
 * they cannot be misread (a database column typed DATE arrives as ISO text whatever the agency's own
 * format is). A pattern without a day gives a partial date (year-month or year).
 */
public final class DateFormats {

    private final List<DateFormat> formats;

    private DateFormats(List<DateFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /**
     * Compiles the formats, ISO last.
     *
     * @throws IllegalArgumentException naming the first bad entry
     */
    public static DateFormats of(List<String> patterns, Clock clock) {
        List<DateFormat> compiled = new ArrayList<>();
        if (patterns != null) {
            for (String pattern : patterns) {
                compiled.addAll(compile(pattern, clock));
            }
        }
        compiled.addAll(DateFormat.iso());
        return new DateFormats(compiled);
    }

    public static DateFormats of(List<String> patterns) {
        return of(patterns, Clock.systemUTC());
    }

    /**
     * Checks one entry of a {@code dateFormats} list.
     *
     * @throws IllegalArgumentException with the reason it cannot be used
     */
    public static void check(String pattern) {
        compile(pattern, Clock.systemUTC());
    }

    private static List<DateFormat> compile(String pattern, Clock clock) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("a date format cannot be empty");
        }
        return switch (pattern.trim().toLowerCase(Locale.ROOT)) {
            case "iso" -> DateFormat.iso();
            case "epochseconds" -> List.of(DateFormat.epoch(false));
            case "epochmillis" -> List.of(DateFormat.epoch(true));
            default -> List.of(DateFormat.pattern(pattern, clock));
        };
    }

    /** The date in the first format that reads the whole text, or null when none does. */
    public PartialDate partialDate(String text) {
        for (DateFormat format : formats) {
            PartialDate date = format.partialDate(text.trim());
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The instant in the first format that reads the text (a date alone is midnight UTC), or null. */
    public Instant instant(String text) {
        for (DateFormat format : formats) {
            Instant instant = format.instant(text.trim());
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    /** A full day: a partial date stands for its first day ({@code latest} false) or its last day. */
    public LocalDate day(String text, boolean latest) {
        PartialDate date = partialDate(text);
        if (date == null) {
            return null;
        }
        if (date.isComplete() || !latest) {
            return date.earliestDay();
        }
        LocalDate first = date.earliestDay();
        return date.month() == null ? first.withDayOfYear(first.lengthOfYear()) : first.withDayOfMonth(first.lengthOfMonth());
    }
}
