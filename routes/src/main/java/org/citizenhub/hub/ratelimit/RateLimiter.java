package org.citizenhub.hub.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (a partner id): each key has its own {@link RateLimit}, the default unless the
 * key has one of its own. Thread-safe; a bucket is locked only for the arithmetic of one request.
 * <p>
 * Buckets live in this JVM: with several hub members each counts on its own, so a partner's effective limit
 * is the members' sum until the buckets move to the cluster. Idle buckets that have filled up again are
 * dropped once there are more than {@link #MAX_IDLE_KEYS} keys: a full bucket is exactly what a new key gets,
 * so dropping it changes no decision.
 */
public final class RateLimiter {

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

    /** Takes one request from the key's bucket, or says how long to wait. */
    public RateDecision tryAcquire(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("rate limit key is required");
        }
        if (buckets.size() > MAX_IDLE_KEYS) {
            dropFullBuckets();
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limitsByKey.getOrDefault(k, defaultLimit), nanos()));
        return bucket.take(nanos());
    }

    /** The limit that applies to the key. */
    public RateLimit limitOf(String key) {
        return limitsByKey.getOrDefault(key, defaultLimit);
    }

    /** Drops the buckets that are full again (no decision depends on them); returns how many. */
    int dropFullBuckets() {
        long now = nanos();
        int before = buckets.size();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        return before - buckets.size();
    }

    int keys() {
        return buckets.size();
    }

    private long nanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** One key's bucket: tokens (fractions count) as of the last refill. */
    private static final class Bucket {

        private final RateLimit limit;
        private double tokens;
        private long refilledAt;

        Bucket(RateLimit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.refilledAt = now;
        }

        synchronized RateDecision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return RateDecision.allow((int) Math.floor(tokens));
            }
            double seconds = (1 - tokens) / limit.perSecond();
            return RateDecision.refuse((long) Math.ceil(seconds - 1e-9));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= limit.burst();
        }

        private void refill(long now) {
            long elapsed = now - refilledAt;
            if (elapsed <= 0) {
                return; // the clock stood still or stepped back: no tokens for that
            }
            tokens = Math.min(limit.burst(), tokens + elapsed / 1e9 * limit.perSecond());
            refilledAt = now;
        }
    }
}
