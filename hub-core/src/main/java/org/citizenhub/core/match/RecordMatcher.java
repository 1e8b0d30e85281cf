package org.citizenhub.core.match;

import java.util.Set;
import org.citizenhub.core.record.SourceRecord;

/** The matching engine's contract: which records to compare, and how two records compare. */
public interface RecordMatcher {

    /**
     * Blocking keys: two records are compared only if they share at least one key. Several keys per
     * record, so that one wrong field does not hide a match.
     */
    Set<String> blockingKeys(SourceRecord record);

    /** Compares two records; symmetric. */
    MatchResult compare(SourceRecord a, SourceRecord b);

    /** The score of {@link #compare} alone, for callers that rank many records and explain none. */
    default double score(SourceRecord a, SourceRecord b) {
        return compare(a, b).score();
    }
}
