package org.citizenhub.core.match;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to do with an incoming record. {@code matchedCitizens} empty: a new citizen; one: join it;
 * several: the record proves them one person, so they merge. {@code possibleCitizens}: citizens the
 * record may belong to, for a caseworker to review (pairs between the thresholds, or merges refused
 * because they would break a constraint); {@code refusals} says why, per citizen, without personal data.
 * {@code evidence} holds every comparison made.
 */
public record Resolution(Set<String> matchedCitizens, Set<String> possibleCitizens, Map<String, String> refusals,
                         List<Comparison> evidence) {

    /** The comparison of the incoming record with one candidate. */
    public record Comparison(LinkedRecord candidate, MatchResult result) {
    }

    public Resolution {
        matchedCitizens = Set.copyOf(matchedCitizens);
        possibleCitizens = Set.copyOf(possibleCitizens);
        refusals = Map.copyOf(refusals);
        evidence = List.copyOf(evidence);
    }

    public Resolution(Set<String> matchedCitizens, List<Comparison> evidence) {
        this(matchedCitizens, Set.of(), Map.of(), evidence);
    }

    public boolean isNewCitizen() {
        return matchedCitizens.isEmpty();
    }

    public boolean isMerge() {
        return matchedCitizens.size() > 1;
    }

    public boolean hasPossibleMatches() {
        return !possibleCitizens.isEmpty();
    }
}
