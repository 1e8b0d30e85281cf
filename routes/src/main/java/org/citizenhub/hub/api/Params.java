package org.citizenhub.hub.api;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;

/** Checks path and query parameters before use; a bad one ends the request with a 400 problem naming it. */
final class Params {

    /** Connector ids and citizen ids: letters, digits, dot, dash, underscore. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private Params() {
    }

    /** A required id-like parameter of at most {@code maxLength} characters. */
    static String token(Exchange exchange, String name, int maxLength) {
        String value = exchange.getMessage().getHeader(name, String.class);
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest("parameter '" + name + "' is required");
        }
        if (value.length() > maxLength) {
            throw ApiProblem.badRequest("parameter '" + name + "' is longer than " + maxLength + " characters");
        }
        if (!TOKEN.matcher(value).matches()) {
            throw ApiProblem.badRequest("parameter '" + name + "' may only hold letters, digits, '.', '-' and '_'");
        }
        return value;
    }

    /** A required free-text parameter (a record id) without control characters. */
    static String text(Exchange exchange, String name, int maxLength) {
        String value = exchange.getMessage().getHeader(name, String.class);
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest("parameter '" + name + "' is required");
        }
        if (value.length() > maxLength) {
            throw ApiProblem.badRequest("parameter '" + name + "' is longer than " + maxLength + " characters");
        }
        if (CONTROL.matcher(value).find()) {
            throw ApiProblem.badRequest("parameter '" + name + "' holds control characters");
        }
        return value;
    }

    /** An optional id-like query parameter; null when absent or empty. */
    static String optionalToken(Exchange exchange, String name, int maxLength) {
        String value = exchange.getMessage().getHeader(name, String.class);
        return value == null || value.isEmpty() ? null : token(exchange, name, maxLength);
    }

    /** An optional integer within bounds, or the default when absent. */
    static int intInRange(Exchange exchange, String name, int min, int max, int defaultValue) {
        String value = exchange.getMessage().getHeader(name, String.class);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.badRequest("parameter '" + name + "' must be a whole number from " + min + " to " + max);
    }

    /** A required positive numeric id. */
    static long positiveLong(Exchange exchange, String name) {
        String value = exchange.getMessage().getHeader(name, String.class);
        try {
            long number = Long.parseLong(value == null ? "" : value.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.badRequest("parameter '" + name + "' must be a positive whole number");
    }

    /** An optional enum value, case-insensitive. */
    static <E extends Enum<E>> E optionalEnum(Exchange exchange, String name, Class<E> type) {
        String value = exchange.getMessage().getHeader(name, String.class);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name());
            }
            throw ApiProblem.badRequest("parameter '" + name + "' must be one of " + allowed);
        }
    }
}
