package org.citizenhub.connectors.source;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How connector routes behave beyond what a connector file says.
 *
 * @param scheduling   add the timer routes ({@code <id>-schedule}) for {@code schedule} and {@code runAtStart};
 *                     off for one-shot callers (the batch command) that run every connector themselves
 * @param retryBackoff the first wait before retrying a failed HTTP request; it doubles on every retry
 * @param clock        time of run summaries, dead letters and date-of-birth validation
 */
public record SourceOptions(boolean scheduling, Duration retryBackoff, Clock clock) {

    public SourceOptions {
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(clock, "clock");
    }

    /** Scheduled runs on, a short HTTP retry backoff, the system clock. */
    public static SourceOptions defaults() {
        return new SourceOptions(true, Duration.ofMillis(250), Clock.systemUTC());
    }

    /** No timer routes: runs happen only through {@link ConnectorRunner}. */
    public static SourceOptions onDemandOnly() {
        return defaults().withScheduling(false);
    }

    public SourceOptions withScheduling(boolean value) {
        return new SourceOptions(value, retryBackoff, clock);
    }

    public SourceOptions withRetryBackoff(Duration value) {
        return new SourceOptions(scheduling, value, clock);
    }

    public SourceOptions withClock(Clock value) {
        return new SourceOptions(scheduling, retryBackoff, value);
    }
}
