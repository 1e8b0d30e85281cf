package org.citizenhub.hub.ratelimit;

/**
 * The answer for one request: allowed (and how many more would be allowed right now), or refused with the
 * whole seconds to wait before the next one is allowed, for a {@code 429} with {@code Retry-After}.
 */
public record RateDecision(boolean allowed, int remaining, long retryAfterSeconds) {

    static RateDecision allow(int remaining) {
        return new RateDecision(true, remaining, 0);
    }

    static RateDecision refuse(long retryAfterSeconds) {
        return new RateDecision(false, 0, Math.max(1, retryAfterSeconds));
    }
}
