package org.citizenhub.hub.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves one second on every reading, so each audit entry has its own, known time. */
final class TickingClock extends Clock {

    private final AtomicReference<Instant> next;

    TickingClock(Instant start) {
        this.next = new AtomicReference<>(start);
    }

    @Override
    public Instant instant() {
        return next.getAndUpdate(now -> now.plus(Duration.ofSeconds(1)));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
