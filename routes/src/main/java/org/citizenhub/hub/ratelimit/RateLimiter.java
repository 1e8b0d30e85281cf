package org.citizenhub.hub.ratelimit;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (a partner id) in this JVM: each key has its own {@link RateLimit}, the default unless
 * the key has one of its own. Thread-safe; a bucket is locked only for the arithmetic of one request.
 * <p>
 * With several hub members each counts on its own, so a partner's effective limit would be the members' sum:
 * the hub uses {@link ClusterRateLimiter}, which keeps this class for the limits and as its fallback while the
 * cluster cannot be reached. Idle buckets that have filled up again are dropped once there are more than
 * {@link #MAX_IDLE_KEYS} keys: a full bucket is exactly what a new key gets, so dropping it changes no decision.
 */
public final class RateLimiter implements RequestLimiter {

    static final int MAX_IDLE_KEYS = 10_000;

    private final RateLimit defaultLimit;
    private final Map<String, RateLimit> limitsByKey;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimit defaultLimit, Map<String, RateLimit> limitsByKey, Clock clock) {
        this.defaultLimit = Objects.requireNonNull(defaultLimit, "defaultLimit");
        this.limitsByKey = Map.copyOf(limitsByKey);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RateDecision tryAcquire(String key) {
        requireKey(key);
        if (buckets.size() > MAX_IDLE_KEYS) {
            dropFullBuckets();
        }
        long now = TokenBucket.nanos(clock);
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limitOf(k), now));
        return bucket.take(now);
    }

    @Override
    public RateLimit limitOf(String key) {
        return limitsByKey.getOrDefault(key, defaultLimit);
    }

    /** Drops the buckets that are full again (no decision depends on them); returns how many. */
    int dropFullBuckets() {
        long now = TokenBucket.nanos(clock);
        int before = buckets.size();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        return before - buckets.size();
    }

    int keys() {
        return buckets.size();
    }

    static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("rate limit key is required");
        }
    }

    /** One key's bucket: the current state, replaced under the lock by each request. */
    private static final class Bucket {

        private final RateLimit limit;
        private TokenBucket state;

        Bucket(RateLimit limit, long now) {
            this.limit = limit;
            this.state = TokenBucket.full(limit, now);
        }

        synchronized RateDecision take(long now) {
            TokenBucket.Take take = state.take(limit, now);
            state = take.bucket();
            return take.decision();
        }

        synchronized boolean isFull(long now) {
            return state.isFull(limit, now);
        }
    }
}
