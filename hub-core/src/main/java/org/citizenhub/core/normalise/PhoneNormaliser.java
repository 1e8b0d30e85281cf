package org.citizenhub.core.normalise;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;

/**
 * Phones to one canonical form, E.164 ("+441632960029"), held as the long of its digits. National
 * numbers are read in a default region (GB unless configured). The plain national form of the default
 * region ("01632 960029") takes a fast path; anything else goes through libphonenumber. A number that
 * cannot be a phone (too short, one repeated digit) is missing: 0.
 */
public final class PhoneNormaliser {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String region;
    private final String countryCode;
    private final String trunkPrefix;
    private final boolean fastPath;

    public PhoneNormaliser(String defaultRegion) {
        this.region = defaultRegion == null || defaultRegion.isBlank() ? "GB" : defaultRegion.trim().toUpperCase(Locale.ROOT);
        int code = UTIL.getCountryCodeForRegion(region);
        if (code == 0) {
            throw new IllegalArgumentException("unknown phone region '" + region + "'; use an ISO 3166 code such as GB");
        }
        this.countryCode = Integer.toString(code);
        String ndd = UTIL.getNddPrefixForRegion(region, true);
        this.trunkPrefix = ndd == null ? "" : ndd;
        // Only where the trunk prefix is simply dropped in E.164 (not Italy, where the 0 stays).
        this.fastPath = "0".equals(trunkPrefix) && !"IT".equals(region) && !"SM".equals(region) && !"VA".equals(region);
    }

    public String region() {
        return region;
    }

    /** The E.164 digits as a long, or 0 when the text holds no possible phone number. */
    public long canonical(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        String digits = nationalDigitsIfSimple(raw);
        if (digits != null) {
            return plausible(countryCode + digits) ? Long.parseLong(countryCode + digits) : 0;
        }
        try {
            PhoneNumber number = UTIL.parse(raw, region);
            if (!UTIL.isPossibleNumber(number)) {
                return 0;
            }
            String e164 = UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164).substring(1);
            return plausible(e164) ? Long.parseLong(e164) : 0;
        } catch (NumberParseException | NumberFormatException e) {
            return 0;
        }
    }

    /** "+441632960029" for the long 441632960029; empty for 0. */
    public static String format(long canonical) {
        return canonical == 0 ? "" : "+" + canonical;
    }

    /**
     * The national significant digits of plain input in the default region, "0xxxx xxxxxx" or
     * "+cc xxxx xxxxxx" with the region's own country code; null for anything else.
     */
    private String nationalDigitsIfSimple(String raw) {
        if (!fastPath) {
            return null;
        }
        String text = raw.trim();
        boolean international = text.startsWith("+");
        StringBuilder digits = new StringBuilder(16);
        for (int i = international ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '.' && (international || (c != '(' && c != ')'))) {
                return null; // letters, extensions, "(0)": the full parser decides
            }
        }
        if (international) {
            int cc = countryCode.length();
            boolean own = digits.length() >= cc + 9 && digits.length() <= cc + 10
                    && digits.substring(0, cc).equals(countryCode) && digits.charAt(cc) != '0';
            return own ? digits.substring(cc) : null;
        }
        if (digits.length() < 10 || digits.length() > 11 || digits.charAt(0) != '0' || digits.charAt(1) == '0') {
            return null;
        }
        return digits.substring(1);
    }

    private static boolean plausible(String e164) {
        if (e164.length() < 8 || e164.length() > 15) {
            return false;
        }
        char last = e164.charAt(e164.length() - 1);
        int same = 0;
        for (int i = e164.length() - 7; i < e164.length(); i++) {
            if (e164.charAt(i) == last) {
                same++;
            }
        }
        return same < 7; // the subscriber part is not one repeated digit
    }
}
