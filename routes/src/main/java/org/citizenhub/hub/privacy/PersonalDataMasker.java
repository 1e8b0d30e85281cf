package org.citizenhub.hub.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like personal data in free text: e-mail addresses, dates that could be dates of birth,
 * UK National Insurance numbers and postcodes, national-id-like tokens (6+ letters and digits, with both)
 * and phone-like digit runs (8+ digits, single spaces, dashes, dots, slashes or brackets between them).
 * Each is replaced by a label such as {@code [EMAIL]}, so a log line still says what was there.
 * <p>
 * A safety net for log output and free-text audit fields, not a licence to log personal data: names and
 * street addresses have no shape a pattern could find. Kept as they are, because they are no personal data
 * and operators need them: the hub's citizen ids ({@code C} + 20 base-32 characters), UUIDs, IPv4 addresses
 * and timestamps that carry a time of day.
 * <p>
 * One pass over the text with one pattern of alternatives in priority order, so a span that is kept (a
 * UUID) is never re-read by a later rule (its hex groups would look like ids).
 */
public final class PersonalDataMasker {

    private static final String NOT_ALNUM_BEFORE = "(?<![A-Za-z0-9])";
    private static final String NOT_ALNUM_AFTER = "(?![A-Za-z0-9])";
    private static final String DAY = "(?:0?[1-9]|[12][0-9]|3[01])";
    private static final String MONTH = "(?:0?[1-9]|1[0-2])";
    private static final String YEAR = "(?:1[89][0-9]{2}|20[0-9]{2})";
    private static final String MONTH_NAME = "(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?)";

    /** Alternatives in priority order; the group names say what a match is. */
    private static final Pattern PATTERN = Pattern.compile(String.join("|",
            // kept as they are
            "(?<uuid>" + NOT_ALNUM_BEFORE + "(?i:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})" + NOT_ALNUM_AFTER + ")",
            "(?<citizen>" + NOT_ALNUM_BEFORE + "C[0-9ABCDEFGHJKMNPQRSTVWXYZ]{20}" + NOT_ALNUM_AFTER + ")",
            "(?<timestamp>" + NOT_ALNUM_BEFORE + "[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?" + NOT_ALNUM_AFTER + ")",
            "(?<ipv4>" + NOT_ALNUM_BEFORE + "[0-9]{1,3}(?:\\.[0-9]{1,3}){3}(?![A-Za-z0-9.]))",
            // masked
            "(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})",
            "(?<date>" + NOT_ALNUM_BEFORE + "(?:"
                    + YEAR + "[-/.]" + MONTH + "[-/.]" + DAY
                    + "|" + DAY + "[-/.]" + MONTH + "[-/.]" + YEAR
                    + "|" + DAY + "[- ]" + MONTH_NAME + "[- ]" + YEAR
                    + "|" + YEAR + "(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
                    + ")" + NOT_ALNUM_AFTER + ")",
            "(?<nino>" + NOT_ALNUM_BEFORE + "(?i:[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D])" + NOT_ALNUM_AFTER + ")",
            "(?<postcode>" + NOT_ALNUM_BEFORE + "(?i:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})" + NOT_ALNUM_AFTER + ")",
            "(?<id>" + NOT_ALNUM_BEFORE + "(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6,}" + NOT_ALNUM_AFTER + ")",
            "(?<phone>" + NOT_ALNUM_BEFORE + "\\+?\\(?[0-9](?:[ ./()-]{0,2}[0-9]){7,}" + NOT_ALNUM_AFTER + ")"));

    private PersonalDataMasker() {
    }

    /** The text with every personal-looking value replaced by its label; null stays null. */
    public static String mask(String text) {
        if (text == null || !mayHoldPersonalData(text)) {
            return text;
        }
        Matcher matcher = PATTERN.matcher(text);
        StringBuilder masked = null;
        int copied = 0;
        while (matcher.find()) {
            String label = label(matcher);
            if (label == null) {
                continue; // a span that is kept
            }
            if (masked == null) {
                masked = new StringBuilder(text.length());
            }
            masked.append(text, copied, matcher.start()).append(label);
            copied = matcher.end();
        }
        if (masked == null) {
            return text;
        }
        return masked.append(text, copied, text.length()).toString();
    }

    /** Every rule needs a digit, except e-mail addresses, which need an '@': most lines have neither. */
    private static boolean mayHoldPersonalData(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || (c >= '0' && c <= '9')) {
                return true;
            }
        }
        return false;
    }

    private static String label(Matcher matcher) {
        if (matcher.group("email") != null) {
            return "[EMAIL]";
        }
        if (matcher.group("date") != null) {
            return "[DATE]";
        }
        if (matcher.group("nino") != null || matcher.group("id") != null) {
            return "[ID]";
        }
        if (matcher.group("postcode") != null) {
            return "[POSTCODE]";
        }
        if (matcher.group("phone") != null) {
            return "[PHONE]";
        }
        return null;
    }
}
