package org.citizenhub.hub.matching;

import java.time.Clock;
import org.citizenhub.core.match.MatchResult;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.casework.ReviewRepository;

/** Puts the possible matches of a batch resolution in casework's review queue, once per pair. */
public final class ReviewQueueSink implements PossibleMatchSink {

    static final String NOTE = "Found by the batch resolution of a first load: the pair scored between the thresholds,"
            + " or joining them would have broken a constraint.";

    private final ReviewRepository reviews;
    private final Clock clock;

    public ReviewQueueSink(ReviewRepository reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public void open(RecordKey first, RecordKey second, MatchResult comparison) {
        if (reviews.findPair(first, second).isEmpty()) {
            reviews.open(first, second, comparison, NOTE, clock.instant());
        }
    }
}
