package org.citizenhub.hub.casework;

import java.util.List;

/**
 * The review queue: possible matches for a caseworker to accept (one person: merged, MANUAL) or reject (two
 * people: kept apart, MANUAL NO_MATCH). Decisions go through {@link ManualDecisions}, so they are recorded and
 * locked like any other.
 */
public final class ReviewQueue {

    private final ReviewRepository reviews;
    private final ManualDecisions decisions;

    public ReviewQueue(ReviewRepository reviews, ManualDecisions decisions) {
        this.reviews = reviews;
        this.decisions = decisions;
    }

    /** Page {@code page} (from 1) of the items still open. */
    public ReviewPage list(int page, int size) {
        List<ReviewPage.Item> items = reviews.stillOpen((page - 1) * size, size).stream().map(ReviewQueue::item).toList();
        return new ReviewPage(page, size, reviews.countStillOpen(), items);
    }

    public DecisionOutcome accept(long itemId, String actor, String reason) {
        return decisions.accept(itemId, actor, reason);
    }

    public DecisionOutcome reject(long itemId, String actor, String reason) {
        return decisions.reject(itemId, actor, reason);
    }

    private static ReviewPage.Item item(ReviewRepository.OpenItem open) {
        ReviewItem item = open.item();
        return new ReviewPage.Item(item.id(), item.createdAt().toString(), open.firstCitizen().equals(open.secondCitizen()),
                item.note(), RecordSummary.of(open.first(), open.firstCitizen()),
                RecordSummary.of(open.second(), open.secondCitizen()),
                Explained.comparison(null, item.state(), item.score(), item.fields(), null, null));
    }
}
