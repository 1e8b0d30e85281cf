package org.citizenhub.connectors.source;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.Exchange;
import org.citizenhub.connectors.RunSummary;

/**
 * The tallies of one run, carried as an exchange property from the first step of the route to the last
 * (split sub-exchanges share it). A run that skipped part of its source is marked incomplete, so its
 * watermark is not advanced and the next run reads that part again.
 */
final class RunState {

    static final String PROPERTY = "citizenhub.connectorRun";

    private final String connectorId;
    private final Instant startedAt;
    private final Optional<String> previousWatermark;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong ingested = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final WatermarkTracker watermark = new WatermarkTracker();
    private volatile boolean incomplete;

    RunState(String connectorId, Instant startedAt, Optional<String> previousWatermark) {
        this.connectorId = connectorId;
        this.startedAt = startedAt;
        this.previousWatermark = previousWatermark;
        // the watermark never goes back, even if a source sends older records than it was asked for
        previousWatermark.ifPresent(watermark::offer);
    }

    static RunState of(Exchange exchange) {
        RunState state = exchange.getProperty(PROPERTY, RunState.class);
        if (state == null) {
            throw new IllegalStateException("no connector run in progress on this exchange");
        }
        return state;
    }

    static Optional<RunState> find(Exchange exchange) {
        return Optional.ofNullable(exchange.getProperty(PROPERTY, RunState.class));
    }

    String connectorId() {
        return connectorId;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** The watermark saved by the last successful run, if any. */
    Optional<String> previousWatermark() {
        return previousWatermark;
    }

    WatermarkTracker watermark() {
        return watermark;
    }

    void countIngested() {
        read.incrementAndGet();
        ingested.incrementAndGet();
    }

    void countDeleted() {
        read.incrementAndGet();
        deleted.incrementAndGet();
    }

    void countDeadLettered() {
        read.incrementAndGet();
        deadLettered.incrementAndGet();
    }

    void markIncomplete() {
        incomplete = true;
    }

    boolean complete() {
        return !incomplete;
    }

    RunSummary summary(Instant finishedAt) {
        return new RunSummary(connectorId, read.get(), ingested.get(), deadLettered.get(), startedAt, finishedAt, deleted.get());
    }
}
