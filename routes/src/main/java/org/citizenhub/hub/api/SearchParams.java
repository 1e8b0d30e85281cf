package org.citizenhub.hub.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.hub.casework.SearchRequest;

/**
 * Reads and checks the search parameters ({@code name, dob, postcode, nationalId, phone, email, page,
 * size}); a bad one ends the request with a 400 problem that names it and says what is allowed, never
 * quoting the value.
 */
final class SearchParams {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}' .,\\-\u2019]+");
    private static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9 ]+");
    private static final Pattern NATIONAL_ID = Pattern.compile("[A-Za-z0-9 \\-]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+() .\\-]+");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private SearchParams() {
    }

    static SearchRequest read(Exchange exchange) {
        String name = text(exchange, "name", 100, NAME, "letters, spaces, apostrophes, hyphens, dots and a comma");
        if (name != null && name.chars().noneMatch(Character::isLetter)) {
            throw ApiProblem.badRequest("parameter 'name' must hold at least one letter");
        }
        PartialDate dob = date(text(exchange, "dob", 10, Pattern.compile("[0-9/\\-]+"), "a date"));
        String postcode = text(exchange, "postcode", 10, POSTCODE, "letters, digits and spaces");
        String nationalId = text(exchange, "nationalId", 20, NATIONAL_ID, "letters, digits, spaces and hyphens");
        String phone = text(exchange, "phone", 25, PHONE, "digits, spaces and + ( ) . -");
        if (phone != null && phone.chars().filter(Character::isDigit).count() < 6) {
            throw ApiProblem.badRequest("parameter 'phone' must hold at least 6 digits");
        }
        String email = text(exchange, "email", 254, EMAIL, "an email address (name@domain)");
        int page = Params.intInRange(exchange, "page", 1, MAX_PAGE, 1);
        int size = Params.intInRange(exchange, "size", 1, MAX_SIZE, DEFAULT_SIZE);
        SearchRequest request = new SearchRequest(name, dob, postcode, nationalId, phone, email, page, size);
        if (request.isEmpty()) {
            throw ApiProblem.badRequest("give at least one of the parameters name, dob, postcode, nationalId, phone, email");
        }
        return request;
    }

    /** An optional parameter, trimmed; null when absent or blank. */
    private static String text(Exchange exchange, String name, int maxLength, Pattern allowed, String what) {
        String value = exchange.getMessage().getHeader(name, String.class);
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw ApiProblem.badRequest("parameter '" + name + "' is longer than " + maxLength + " characters");
        }
        if (!allowed.matcher(trimmed).matches()) {
            throw ApiProblem.badRequest("parameter '" + name + "' may only hold " + what);
        }
        return trimmed;
    }

    /** yyyy-mm-dd, dd/mm/yyyy, or a partial yyyy-mm or yyyy. */
    private static PartialDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.contains("/")) {
                return PartialDate.of(LocalDate.parse(value, DAY_FIRST));
            }
            Matcher iso = ISO_DATE.matcher(value);
            if (iso.matches()) {
                int year = Integer.parseInt(iso.group(1));
                if (year >= 1800 && year <= LocalDate.now().getYear()) {
                    if (iso.group(3) != null) {
                        return PartialDate.of(LocalDate.parse(value));
                    }
                    if (iso.group(2) != null) {
                        return PartialDate.ofYearMonth(year, Integer.parseInt(iso.group(2)));
                    }
                    return PartialDate.ofYear(year);
                }
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            // answered below
        }
        throw ApiProblem.badRequest("parameter 'dob' must be a date written yyyy-mm-dd or dd/mm/yyyy (or yyyy-mm, yyyy)");
    }
}
