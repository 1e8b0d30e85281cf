package org.citizenhub.core.match.score;

import java.util.Map;

/**
 * How often each value occurs in the population the model was trained on, for term-frequency adjustment:
 * agreeing on a rare surname weighs more than agreeing on Smith. Only values seen at least twice are kept
 * (an unseen value counts as seen once). Keys are folded names, canonical postcodes, and dates yyyymmdd.
 */
public record TermFrequencies(long population, Map<String, Integer> givenNames, Map<String, Integer> familyNames,
                              Map<String, Integer> postcodes, Map<String, Integer> birthDates) {

    public TermFrequencies {
        givenNames = Map.copyOf(givenNames);
        familyNames = Map.copyOf(familyNames);
        postcodes = Map.copyOf(postcodes);
        birthDates = Map.copyOf(birthDates);
    }

    public static TermFrequencies none() {
        return new TermFrequencies(0, Map.of(), Map.of(), Map.of(), Map.of());
    }
}
