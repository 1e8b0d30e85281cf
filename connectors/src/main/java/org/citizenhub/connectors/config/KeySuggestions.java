package org.citizenhub.connectors.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** Finds the key an admin most likely meant when a key is unknown ({@code delimeter}: {@code delimiter}). */
final class KeySuggestions {

    /** Common words for a canonical field that are not its name. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("dob", "dateOfBirth"), Map.entry("birthdate", "dateOfBirth"), Map.entry("birthday", "dateOfBirth"),
            Map.entry("gender", "sex"), Map.entry("id", "recordId"), Map.entry("phone", "phones"),
            Map.entry("telephone", "phones"), Map.entry("mobile", "phones"), Map.entry("email", "emails"),
            Map.entry("address", "addresses"), Map.entry("identifier", "identifiers"), Map.entry("ssn", "nationalId"),
            Map.entry("nin", "nationalId"), Map.entry("column", "from"), Map.entry("path", "from"),
            Map.entry("formats", "dateFormats"), Map.entry("format", "dateFormats"), Map.entry("default", "constant"),
            Map.entry("value", "constant"), Map.entry("placeholders", "missing"), Map.entry("codes", "values"),
            Map.entry("separator", "delimiter"), Map.entry("type", "kind"), Map.entry("surname", "family"),
            Map.entry("lastname", "family"), Map.entry("firstname", "given"), Map.entry("forename", "given"),
            Map.entry("city", "town"), Map.entry("zip", "postcode"), Map.entry("postalcode", "postcode"),
            Map.entry("line", "lines"), Map.entry("modified", "updatedAt"), Map.entry("lastupdated", "updatedAt"));

    private KeySuggestions() {
    }

    static Optional<String> closest(String written, Collection<String> allowed) {
        String key = ConfigNode.normalise(written);
        String synonym = SYNONYMS.get(key);
        if (synonym != null && allowed.contains(synonym)) {
            return Optional.of(synonym);
        }
        return allowed.stream()
                .filter(a -> distance(key, ConfigNode.normalise(a)) <= Math.max(1, Math.min(3, key.length() / 3)))
                .min(Comparator.comparingInt(a -> distance(key, ConfigNode.normalise(a))));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
