package org.citizenhub.hub.ratelimit;

import java.time.Clock;
import java.time.Instant;

/**
 * The state of one key's token bucket, immutable: tokens (fractions count) as of {@code refilledAt}
 * (nanoseconds since the epoch). All of the bucket arithmetic lives here, the same for the in-JVM buckets of
 * {@link RateLimiter} and the cluster's buckets of {@link ClusterRateLimiter}, so both decide alike.
 */
public record TokenBucket(double tokens, long refilledAt) {

    /** What a key that has not been seen (or whose bucket expired) starts with. */
    public static TokenBucket full(RateLimit limit, long now) {
        return new TokenBucket(limit.burst(), now);
    }

    /** The bucket with the tokens earned since the last refill; a clock that stood still or stepped back earns none. */
    public TokenBucket refilled(RateLimit limit, long now) {
        long elapsed = now - refilledAt;
        if (elapsed <= 0) {
            return this;
        }
        return new TokenBucket(Math.min(limit.burst(), tokens + elapsed / 1e9 * limit.perSecond()), now);
    }

    /**
     * One request: a token taken, or refused with the wait until the next token. A refusal leaves the bucket as
     * it was (nothing to store, and no rounding that repeated refills would add up), so whoever holds this
     * bucket can repeat the refusal exactly.
     */
    public Take take(RateLimit limit, long now) {
        return take(limit, now, 1);
    }

    /**
     * Up to {@code wanted} requests at once (a member's lease, see {@link ClusterRateLimiter}): as many tokens as
     * the bucket holds whole, at most {@code wanted}; refused as one request is when it holds less than one.
     */
    public Take take(RateLimit limit, long now, int wanted) {
        if (wanted < 1) {
            throw new IllegalArgumentException("wanted must be at least 1");
        }
        TokenBucket current = refilled(limit, now);
        if (current.tokens >= 1) {
            int taken = (int) Math.min(wanted, Math.floor(current.tokens));
            TokenBucket after = new TokenBucket(current.tokens - taken, current.refilledAt);
            return new Take(after, RateDecision.allow((int) Math.floor(after.tokens)), 0, taken);
        }
        double seconds = (1 - current.tokens) / limit.perSecond();
        return new Take(this, RateDecision.refuse((long) Math.ceil(seconds - 1e-9)), (long) Math.ceil(seconds * 1e9), 0);
    }

    /** Whether the bucket holds its whole burst at {@code now}: then it decides exactly as a new one would. */
    public boolean isFull(RateLimit limit, long now) {
        return refilled(limit, now).tokens >= limit.burst();
    }

    /** Nanoseconds from the last refill until the bucket is full again, after which it can be forgotten. */
    public long nanosUntilFull(RateLimit limit) {
        return (long) Math.ceil(Math.max(0, limit.burst() - tokens) / limit.perSecond() * 1e9);
    }

    /** A clock's time as nanoseconds since the epoch, the time scale of {@link #refilledAt}. */
    public static long nanos(Clock clock) {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /**
     * The outcome of a take: the bucket after it, the decision, (when refused) the nanoseconds until the next
     * token is due, 0 when allowed, and the tokens taken (0 when refused).
     */
    public record Take(TokenBucket bucket, RateDecision decision, long nanosToNextToken, int taken) {
    }
}
