package org.citizenhub.core.match;

import java.util.List;

/** A scored comparison of two records, with the per-field evidence that produced the score. */
public record MatchResult(LinkState state, double score, List<FieldComparison> fields) {

    public MatchResult {
        fields = List.copyOf(fields);
    }

    public boolean isMatch() {
        return state == LinkState.MATCH;
    }
}
