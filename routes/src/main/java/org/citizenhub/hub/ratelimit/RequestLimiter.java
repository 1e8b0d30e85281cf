package org.citizenhub.hub.ratelimit;

/** Counts requests per key (a partner id) against that key's {@link RateLimit}. Thread-safe. */
public interface RequestLimiter {

    /** Takes one request from the key's bucket, or says how long to wait. */
    RateDecision tryAcquire(String key);

    /** The limit that applies to the key. */
    RateLimit limitOf(String key);
}
