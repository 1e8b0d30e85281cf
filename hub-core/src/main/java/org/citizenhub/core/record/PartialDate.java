package org.citizenhub.core.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date that may be known only to the year or the month, as agencies often hold dates of birth.
 * {@code month} and {@code day} are null when unknown; a day is never known without its month.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new DateTimeException("year out of range: " + year);
        }
        if (day != null && month == null) {
            throw new DateTimeException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new DateTimeException("month out of range: " + month);
        }
        if (day != null) {
            LocalDate.of(year, month, day); // throws on 31 February and the like
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofYearMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    /** Parses the ISO forms {@code yyyy}, {@code yyyy-MM} and {@code yyyy-MM-dd}. */
    public static PartialDate parse(String iso) {
        String[] parts = iso.trim().split("-");
        try {
            return switch (parts.length) {
                case 1 -> ofYear(Integer.parseInt(parts[0]));
                case 2 -> ofYearMonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                case 3 -> new PartialDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                default -> throw new DateTimeException("not a partial ISO date");
            };
        } catch (NumberFormatException e) {
            throw new DateTimeException("not a partial ISO date");
        }
    }

    public boolean isComplete() {
        return day != null;
    }

    /** The full date, or null when only part of it is known. */
    public LocalDate toLocalDate() {
        return isComplete() ? LocalDate.of(year, month, day) : null;
    }

    /** The earliest day this date can stand for, used to reject dates in the future. */
    public LocalDate earliestDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    public String toIso() {
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return YearMonth.of(year, month).toString();
        }
        return toLocalDate().toString();
    }

    @Override
    public int compareTo(PartialDate other) {
        return toIso().compareTo(other.toIso());
    }

    @Override
    public String toString() {
        return toIso();
    }
}
