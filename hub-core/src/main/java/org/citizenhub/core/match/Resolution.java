package org.citizenhub.core.match;

import java.util.List;
import java.util.Set;

/**
 * What to do with an incoming record. {@code matchedCitizens} empty: a new citizen; one: join it;
 * several: the record proves them one person, so they merge. {@code evidence} holds every comparison made.
 */
public record Resolution(Set<String> matchedCitizens, List<Comparison> evidence) {

    /** The comparison of the incoming record with one candidate. */
    public record Comparison(LinkedRecord candidate, MatchResult result) {
    }

    public Resolution {
        matchedCitizens = Set.copyOf(matchedCitizens);
        evidence = List.copyOf(evidence);
    }

    public boolean isNewCitizen() {
        return matchedCitizens.isEmpty();
    }

    public boolean isMerge() {
        return matchedCitizens.size() > 1;
    }
}
