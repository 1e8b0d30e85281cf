package org.citizenhub.bench.population;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.citizenhub.core.record.PartialDate;

/** Layout helpers the agency formats share: date patterns, phone and id spacing, blank handling. */
final class Formats {

    private Formats() {
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String date(PartialDate date, String fullPattern) {
        if (date == null) {
            return "";
        }
        if (!date.isComplete()) {
            return date.toIso();
        }
        return date.toLocalDate().format(DateTimeFormatter.ofPattern(fullPattern, Locale.ENGLISH));
    }

    /** Reads a full date in the pattern, or a partial ISO date ("1980-03", "1980"); blank is missing. */
    static PartialDate parseDate(String text, String fullPattern) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return PartialDate.of(LocalDate.parse(value, DateTimeFormatter.ofPattern(fullPattern, Locale.ENGLISH)));
        } catch (DateTimeParseException notFull) {
            try {
                return PartialDate.parse(value);
            } catch (DateTimeException notPartial) {
                throw new IllegalArgumentException("unreadable date in field (" + fullPattern + ")", notPartial);
            }
        }
    }

    /** National digits "07712345678" spaced as the style says; placeholders and odd lengths stay as typed. */
    static String phone(String national, PhoneStyle style) {
        if (national == null) {
            return "";
        }
        if (national.length() != 11 || !national.startsWith("0") || national.matches("0+")) {
            return national;
        }
        return switch (style) {
            case PLAIN -> national;
            case SPACED -> national.substring(0, 5) + " " + national.substring(5);
            case INTERNATIONAL -> "+44 " + national.substring(1, 5) + " " + national.substring(5);
            case DASHED -> national.substring(0, 5) + "-" + national.substring(5, 8) + "-" + national.substring(8);
        };
    }

    enum PhoneStyle { PLAIN, SPACED, INTERNATIONAL, DASHED }

    /** Ten-digit ids grouped 3-3-4 with the separator; anything else as typed. */
    static String nationalId(String id, String separator) {
        if (id == null) {
            return "";
        }
        if (id.length() != 10 || !id.chars().allMatch(Character::isDigit)) {
            return id;
        }
        return id.substring(0, 3) + separator + id.substring(3, 6) + separator + id.substring(6);
    }

    static List<String> words(String text) {
        String value = blankToNull(text);
        return value == null ? List.of() : new ArrayList<>(Arrays.asList(value.split("\\s+")));
    }

    static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
