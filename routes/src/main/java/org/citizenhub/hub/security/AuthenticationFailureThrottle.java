package org.citizenhub.hub.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a flood of refused requests from flooding the audit log. Each audit entry is a database transaction
 * under the chain-head lock, so a script hammering the hub with bad keys (or none) must not turn every
 * request into one.
 * <p>
 * Per source (remote address and kind of credentials) the first {@code perSource} failures of a one-minute
 * window are recorded one by one; the rest are counted and recorded as one summary entry when that window
 * ends: at the source's next failure, or at the next {@link #due()} sweep, which the hub runs every minute,
 * or at shutdown ({@link #all()}). On top, at most {@code perWindow} failures from all sources together are
 * recorded one by one per window; beyond that, failures from sources not yet seen in the window go to one
 * shared "every other source" count. So a window holds at most {@code perWindow} single entries plus
 * {@code perWindow / perSource + 1} summaries, whatever the number of addresses, and memory holds at most
 * {@code perWindow} sources. No failure goes uncounted.
 */
final class AuthenticationFailureThrottle {

    static final Duration WINDOW = Duration.ofMinutes(1);
    /** The shared count of failures beyond the overall budget. */
    static final Source EVERY_OTHER_SOURCE = new Source("*", "*");

    /** Where failures come from: the remote address and the kind of credentials (none, basic, api-key...). */
    record Source(String address, String via) {
    }

    /** Failures of one source in one window that were counted, not recorded one by one. */
    record Summary(Source source, long count, Instant first, Instant last) {
    }

    /** Whether to record this failure one by one, and a summary of the source's last window if it just ended. */
    record Decision(boolean record, Optional<Summary> endedWindow) {
    }

    private static final class Window {
        private Instant start;
        private int recorded;
        private long suppressed;
        private Instant firstSuppressed;
        private Instant lastSuppressed;

        Window(Instant start) {
            this.start = start;
        }

        boolean endedBy(Instant now) {
            return !now.isBefore(start.plus(WINDOW));
        }

        void suppress(Instant now) {
            if (suppressed++ == 0) {
                firstSuppressed = now;
            }
            lastSuppressed = now;
        }

        Optional<Summary> summary(Source source) {
            return suppressed == 0 ? Optional.empty() : Optional.of(new Summary(source, suppressed, firstSuppressed, lastSuppressed));
        }

        void restart(Instant now) {
            start = now;
            recorded = 0;
            suppressed = 0;
            firstSuppressed = null;
            lastSuppressed = null;
        }
    }

    private final int perSource;
    private final int perWindow;
    private final Clock clock;
    private final Map<Source, Window> sources = new HashMap<>();
    private final Window overall;
    private final Window everyOther;

    AuthenticationFailureThrottle(int perSource, int perWindow, Clock clock) {
        if (perSource < 1 || perWindow < perSource) {
            throw new IllegalArgumentException("hub.audit.auth-failures: per-source must be 1 or more and per-minute at least per-source");
        }
        this.perSource = perSource;
        this.perWindow = perWindow;
        this.clock = clock;
        this.overall = new Window(clock.instant());
        this.everyOther = new Window(clock.instant());
    }

    /** Counts one failure from the source and says whether to record it one by one. */
    synchronized Decision admit(Source source) {
        Instant now = clock.instant();
        Optional<Summary> ended = Optional.empty();
        if (overall.endedBy(now)) {
            overall.restart(now);
        }
        Window window = sources.get(source);
        if (window != null && window.endedBy(now)) {
            ended = window.summary(source);
            window.restart(now);
        }
        if (window == null) {
            if (overall.recorded >= perWindow) {
                // a new source past the overall budget: counted with every other one, no state of its own
                if (everyOther.endedBy(now)) {
                    ended = everyOther.summary(EVERY_OTHER_SOURCE);
                    everyOther.restart(now);
                }
                everyOther.suppress(now);
                return new Decision(false, ended);
            }
            window = new Window(now);
            sources.put(source, window);
        }
        if (window.recorded < perSource && overall.recorded < perWindow) {
            window.recorded++;
            overall.recorded++;
            return new Decision(true, ended);
        }
        window.suppress(now);
        return new Decision(false, ended);
    }

    /** Summaries of the windows that have ended; forgets sources whose window ended. */
    synchronized List<Summary> due() {
        return sweep(false);
    }

    /** Summaries of every window, ended or not, and a fresh start: for shutdown. */
    synchronized List<Summary> all() {
        return sweep(true);
    }

    private List<Summary> sweep(boolean everything) {
        Instant now = clock.instant();
        List<Summary> summaries = new ArrayList<>();
        for (Iterator<Map.Entry<Source, Window>> it = sources.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Source, Window> entry = it.next();
            if (everything || entry.getValue().endedBy(now)) {
                entry.getValue().summary(entry.getKey()).ifPresent(summaries::add);
                it.remove();
            }
        }
        if (everything || everyOther.endedBy(now)) {
            everyOther.summary(EVERY_OTHER_SOURCE).ifPresent(summaries::add);
            everyOther.restart(now);
        }
        return summaries;
    }
}
