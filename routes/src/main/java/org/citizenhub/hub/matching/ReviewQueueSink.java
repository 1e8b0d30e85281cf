package org.citizenhub.hub.matching;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.citizenhub.core.match.MatchResult;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.casework.ReviewRepository;
import org.citizenhub.hub.store.SourceRecordJson;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts the possible matches of a batch resolution in casework's review queue, once per pair (in either order).
 * When the queue is empty as the batch starts (a first load), the pairs are told apart in memory instead of by
 * one query per pair.
 */
public final class ReviewQueueSink implements PossibleMatchSink {

    static final String NOTE = "Found by the batch resolution of a first load: the pair scored between the thresholds,"
            + " or joining them would have broken a constraint.";

    private final ReviewRepository reviews;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Set<List<RecordKey>> opened = new HashSet<>();
    private boolean queueWasEmpty;

    public ReviewQueueSink(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.reviews = new ReviewRepository(jdbc, new SourceRecordJson());
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        opened.clear();
        queueWasEmpty = jdbc.sql("SELECT 1 FROM review_item FETCH FIRST 1 ROWS ONLY").query(Integer.class).list().isEmpty();
    }

    @Override
    public synchronized void open(RecordKey first, RecordKey second, MatchResult comparison) {
        boolean known = queueWasEmpty
                ? !opened.add(List.of(first, second)) || opened.contains(List.of(second, first))
                : reviews.findPair(first, second).isPresent();
        if (!known) {
            reviews.open(first, second, comparison, NOTE, clock.instant());
        }
    }
}
