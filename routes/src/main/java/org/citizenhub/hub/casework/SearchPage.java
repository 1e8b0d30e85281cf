package org.citizenhub.hub.casework;

import java.util.List;

/**
 * One page of search results, best first. {@code total} counts the citizens found among the candidates
 * examined; {@code truncated} says the candidate limit was reached, so a narrower search may find more.
 */
public record SearchPage(int page, int size, int total, boolean truncated, List<Hit> results) {

    /** A citizen found: the score of its best record against the search, and that record's display data. */
    public record Hit(String citizenId, double score, int keysShared, String name, String dateOfBirth, String postcode,
                      String source, String recordId) {
    }

    public SearchPage {
        results = List.copyOf(results);
    }
}
