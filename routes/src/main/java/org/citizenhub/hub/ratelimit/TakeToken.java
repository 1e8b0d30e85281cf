package org.citizenhub.hub.ratelimit;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.ExtendedMapEntry;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One request against a bucket in the rate-limit map, run by Hazelcast on the member that owns the key's
 * partition, on that partition's thread: the read, the arithmetic and the write are one step that no other
 * request for the key can interleave with, without a lock. The same processor then runs on the backup with
 * the same arguments (the time is an argument, not read there), so the backup ends in the same state.
 * <p>
 * A refusal changes nothing, so it writes nothing (and sends no backup). A taken token stores the bucket with
 * a time to live of the whole seconds until it would be full again, plus one: Hazelcast keeps expiry times
 * in whole seconds, and the extra second keeps an entry from going before it is full. From then on it
 * decides exactly as the full bucket a missing key gets, so an idle partner costs no memory.
 */
public record TakeToken(double perSecond, int burst, long now, int wanted) implements EntryProcessor<String, TokenBucket, TokenBucket.Take> {

    static final long EXPIRY_MARGIN_SECONDS = 1;

    /** Up to {@code wanted} tokens at once (a member's lease, see {@link ClusterRateLimiter}). */
    TakeToken(RateLimit limit, long now, int wanted) {
        this(limit.perSecond(), limit.burst(), now, wanted);
    }

    RateLimit limit() {
        return new RateLimit(perSecond, burst);
    }

    @Override
    public TokenBucket.Take process(Map.Entry<String, TokenBucket> entry) {
        RateLimit limit = limit();
        TokenBucket current = entry.getValue() == null ? TokenBucket.full(limit, now) : entry.getValue();
        TokenBucket.Take take = current.take(limit, now, wanted);
        if (take.decision().allowed()) {
            ((ExtendedMapEntry<String, TokenBucket>) entry).setValue(take.bucket(), secondsToLive(take.bucket(), limit),
                    TimeUnit.SECONDS);
        }
        return take;
    }

    static long secondsToLive(TokenBucket bucket, RateLimit limit) {
        long nanos = bucket.nanosUntilFull(limit);
        return nanos / 1_000_000_000L + (nanos % 1_000_000_000L == 0 ? 0 : 1) + EXPIRY_MARGIN_SECONDS;
    }
}
