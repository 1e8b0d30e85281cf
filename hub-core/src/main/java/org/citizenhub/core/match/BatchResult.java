package org.citizenhub.core.match;

import java.util.List;
import java.util.Map;
import org.citizenhub.core.match.score.MatchModel;
import org.citizenhub.core.record.RecordKey;

/**
 * Everything a batch resolution found: the clusters (each one citizen), the pairs left for review
 * (possible matches between clusters), the model used, and counts and timings (no personal data).
 */
public record BatchResult(List<List<RecordKey>> clusters, List<PossibleMatch> possibleMatches, MatchModel model,
                          Map<String, Long> counts, Map<String, Long> millis) {

    /** Two records of different clusters that may be one person: a caseworker decides. */
    public record PossibleMatch(RecordKey first, RecordKey second, double score) {
    }

    public BatchResult {
        clusters = List.copyOf(clusters);
        possibleMatches = List.copyOf(possibleMatches);
        counts = Map.copyOf(counts);
        millis = Map.copyOf(millis);
    }
}
