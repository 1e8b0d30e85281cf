package org.citizenhub.core.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizenhub.core.record.Address;

/**
 * Reads an {@link Address} into {@link ParsedAddress} parts. Handles one-line addresses
 * ("Flat 5, 53 Chapel Walk, Elmstead Cross, AB1 2CD"), flats written "5/53" or "Flat 5", house number
 * ranges and letters ("12-14", "7a"), and spells out street types (Rd, St, Ln, Ave...). The postcode and
 * town fields win when the source has them; otherwise they are looked for in the lines.
 */
public final class AddressParser {

    private static final Pattern SEGMENT_SEPARATORS = Pattern.compile("[,\\n;]");
    private static final Pattern UK_POSTCODE = Pattern.compile("(?i)\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\b");
    private static final Pattern NUMERIC_POSTCODE = Pattern.compile("\\b(\\d{4,6})\\s*$");
    private static final Pattern FLAT = Pattern.compile(
            "(?i)^(?:flat|apartment|apt|unit|suite|room|maisonette)\\.?\\s*(?:no\\.?\\s*)?([0-9a-z]+)\\b[\\s,]*");
    private static final Pattern SLASHED = Pattern.compile("^(\\w+)\\s*/\\s*(\\d+[a-z]?)\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("(?i)^(\\d+[a-z]?)(?:\\s*[-–]\\s*\\d+[a-z]?)?,?\\s+(.*)$");

    private static final Map<String, String> STREET_TYPES = Map.ofEntries(
            Map.entry("rd", "road"), Map.entry("ln", "lane"), Map.entry("ave", "avenue"), Map.entry("av", "avenue"),
            Map.entry("cl", "close"), Map.entry("ct", "court"), Map.entry("crt", "court"), Map.entry("cres", "crescent"),
            Map.entry("cresc", "crescent"), Map.entry("pl", "place"), Map.entry("sq", "square"),
            Map.entry("gdns", "gardens"), Map.entry("gr", "grove"), Map.entry("gro", "grove"), Map.entry("pk", "park"),
            Map.entry("ter", "terrace"), Map.entry("terr", "terrace"), Map.entry("tce", "terrace"),
            Map.entry("wk", "walk"), Map.entry("hwy", "highway"), Map.entry("blvd", "boulevard"),
            Map.entry("pde", "parade"), Map.entry("bldgs", "buildings"), Map.entry("est", "estate"),
            Map.entry("mws", "mews"), Map.entry("rdg", "ridge"), Map.entry("vw", "view"), Map.entry("wy", "way"),
            Map.entry("grn", "green"), Map.entry("cir", "circus"), Map.entry("sth", "south"), Map.entry("nth", "north"),
            Map.entry("upr", "upper"), Map.entry("lwr", "lower"), Map.entry("appr", "approach"), Map.entry("hts", "heights"));

    private AddressParser() {
    }

    public static ParsedAddress parse(Address address) {
        List<String> segments = new ArrayList<>();
        for (String line : address.lines()) {
            if (line != null) {
                for (String part : SEGMENT_SEPARATORS.split(line)) {
                    if (!part.isBlank()) {
                        segments.add(part.trim());
                    }
                }
            }
        }
        String postcode = postcode(address.postcode());
        if (postcode == null) {
            postcode = takePostcode(segments);
        }
        String town = blankToNull(TextNormaliser.fold(address.town()));
        if (town == null && segments.size() >= 2) {
            String last = segments.get(segments.size() - 1);
            if (last.chars().noneMatch(Character::isDigit)) {
                town = blankToNull(TextNormaliser.fold(last));
                segments.remove(segments.size() - 1);
            }
        }
        String flat = null;
        String house = null;
        String street = null;
        for (String segment : segments) {
            String rest = segment;
            Matcher flatMatch = FLAT.matcher(rest);
            if (flatMatch.find()) {
                flat = flatMatch.group(1).toLowerCase(Locale.ROOT);
                rest = rest.substring(flatMatch.end()).trim();
            }
            Matcher slashed = SLASHED.matcher(rest);
            if (slashed.matches()) {
                flat = slashed.group(1).toLowerCase(Locale.ROOT);
                rest = slashed.group(2) + " " + slashed.group(3);
            }
            if (rest.isEmpty() || street != null) {
                continue;
            }
            Matcher numbered = NUMBERED.matcher(rest);
            if (numbered.matches()) {
                house = numbered.group(1).toLowerCase(Locale.ROOT);
                street = street(numbered.group(2));
            } else if (house == null && segments.size() > 1 && segment != segments.get(segments.size() - 1)) {
                house = blankToNull(TextNormaliser.fold(rest)); // a house name: "Rose Cottage, Mill Lane"
            } else {
                street = street(rest);
            }
        }
        if (street == null && house != null && house.chars().anyMatch(Character::isLetter)
                && house.chars().noneMatch(Character::isDigit)) {
            street = street(house); // the only line was a street without number
            house = null;
        }
        return new ParsedAddress(flat, house, street, town, postcode);
    }

    /** Upper case without spaces; null when blank. */
    public static String postcode(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** Street words folded, with the type word (and any other abbreviation) spelled out; "St" first is Saint. */
    static String street(String raw) {
        String folded = TextNormaliser.fold(raw);
        if (folded.isEmpty()) {
            return null;
        }
        String[] words = folded.split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.equals("st")) {
                words[i] = i == words.length - 1 ? "street" : "saint";
            } else if (word.equals("dr")) {
                words[i] = i == words.length - 1 ? "drive" : "doctor";
            } else if (word.equals("mt")) {
                words[i] = "mount";
            } else {
                words[i] = STREET_TYPES.getOrDefault(word, word);
            }
        }
        return String.join(" ", words);
    }

    private static String takePostcode(List<String> segments) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            String segment = segments.get(i);
            Matcher uk = UK_POSTCODE.matcher(segment);
            String found = null;
            int start = -1;
            while (uk.find()) {
                found = uk.group(1) + uk.group(2);
                start = uk.start();
            }
            if (found == null && i > 0) {
                Matcher numeric = NUMERIC_POSTCODE.matcher(segment);
                if (numeric.find()) {
                    found = numeric.group(1);
                    start = numeric.start();
                }
            }
            if (found != null) {
                String rest = segment.substring(0, start).trim();
                if (rest.isEmpty()) {
                    segments.remove(i);
                } else {
                    segments.set(i, rest);
                }
                return found.toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
