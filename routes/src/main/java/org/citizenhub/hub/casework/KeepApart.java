package org.citizenhub.hub.casework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenhub.core.match.Resolution;

/**
 * Narrows a resolution by caseworkers' "keep apart" decisions, so that ingest never puts two kept-apart
 * records in one citizen: the record does not join a citizen holding a record kept apart from it, and of
 * the matched citizens only those that may all become one are merged (best score first; a citizen that
 * would bring a kept-apart pair together is left out). Left-out citizens are not offered for review
 * either: a caseworker already decided. Pure: the caller looks the constraints up.
 */
final class KeepApart {

    private KeepApart() {
    }

    /**
     * @param forbidden citizens holding a record kept apart from the incoming record
     * @param apart     pairs of matched citizens that hold a kept-apart pair between them
     */
    static Resolution narrow(Resolution resolution, Set<String> forbidden, Set<ConstraintRepository.CitizenPair> apart) {
        if (forbidden.isEmpty() && apart.isEmpty()) {
            return resolution;
        }
        Map<String, Double> best = bestScores(resolution);
        List<String> order = new ArrayList<>(resolution.matchedCitizens());
        order.sort(Comparator.comparingDouble((String c) -> -best.getOrDefault(c, Double.NEGATIVE_INFINITY))
                .thenComparing(c -> c));
        Set<String> matched = new LinkedHashSet<>();
        for (String citizen : order) {
            if (!forbidden.contains(citizen) && matched.stream().noneMatch(m -> isApart(apart, m, citizen))) {
                matched.add(citizen);
            }
        }
        Set<String> possible = new LinkedHashSet<>(resolution.possibleCitizens());
        possible.removeAll(forbidden);
        possible.removeAll(matched);
        Map<String, String> refusals = new LinkedHashMap<>(resolution.refusals());
        refusals.keySet().retainAll(possible);
        return new Resolution(matched, possible, refusals, resolution.evidence());
    }

    private static boolean isApart(Set<ConstraintRepository.CitizenPair> apart, String a, String b) {
        return apart.contains(new ConstraintRepository.CitizenPair(a, b))
                || apart.contains(new ConstraintRepository.CitizenPair(b, a));
    }

    private static Map<String, Double> bestScores(Resolution resolution) {
        Map<String, Double> best = new HashMap<>();
        for (Resolution.Comparison comparison : resolution.evidence()) {
            best.merge(comparison.candidate().citizenId(), comparison.result().score(), Math::max);
        }
        return best;
    }
}
