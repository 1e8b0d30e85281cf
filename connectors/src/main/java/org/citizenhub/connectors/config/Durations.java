package org.citizenhub.connectors.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a schedule: ISO-8601 ({@code PT15M}, {@code P1D}) or short ({@code 30s}, {@code 15m}, {@code 1h30m}, {@code 1d}, {@code 500ms}). */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(?:\\d+\\s*(?:ms|s|m|h|d)\\s*)+");
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    /** @throws IllegalArgumentException when the text is neither form or the duration is not positive */
    static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration duration = t.startsWith("p") ? iso(t) : shortForm(t);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("must be longer than zero");
        }
        return duration;
    }

    private static Duration iso(String text) {
        try {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    private static Duration shortForm(String text) {
        if (!SHORT.matcher(text).matches()) {
            throw invalid();
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
        }
        return total;
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("not a duration; write an ISO-8601 duration like PT15M or a short one like 30s, 15m, 1h, 1d");
    }
}
