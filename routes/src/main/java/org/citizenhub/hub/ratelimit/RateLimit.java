package org.citizenhub.hub.ratelimit;

import java.time.Duration;

/**
 * A token-bucket limit: {@code burst} requests at once, refilled at {@code perSecond} requests a second. A
 * partner that keeps under the rate is never refused; one that saves up can spend at most {@code burst}
 * in a rush.
 */
public record RateLimit(double perSecond, int burst) {

    public RateLimit {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("rate limit: the rate must be a positive number of requests, not " + perSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("rate limit: the burst must be at least 1 request, not " + burst);
        }
    }

    /** {@code requests} per {@code period}, with the given burst. */
    public static RateLimit of(int requests, Duration period, int burst) {
        if (requests < 1 || period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("rate limit: needs at least 1 request per positive period, not "
                    + requests + " per " + period);
        }
        return new RateLimit(requests / (period.toNanos() / 1e9), burst);
    }

    public static RateLimit perMinute(int requests, int burst) {
        return of(requests, Duration.ofMinutes(1), burst);
    }
}
