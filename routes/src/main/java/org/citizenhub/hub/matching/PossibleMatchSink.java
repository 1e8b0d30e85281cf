package org.citizenhub.hub.matching;

import org.citizenhub.core.match.MatchResult;
import org.citizenhub.core.record.RecordKey;

/** Where a batch resolution puts the pairs it leaves for a caseworker (the review queue, in the hub). */
@FunctionalInterface
public interface PossibleMatchSink {

    /** A batch is about to hand over its pairs. */
    default void start() {
    }

    /** Records of two different citizens that may be one person, with their comparison. */
    void open(RecordKey first, RecordKey second, MatchResult comparison);
}
