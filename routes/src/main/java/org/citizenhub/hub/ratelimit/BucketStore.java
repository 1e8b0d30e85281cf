package org.citizenhub.hub.ratelimit;

/**
 * Where the buckets that the whole cluster shares live: takes tokens from a key's bucket atomically and
 * answers the outcome. {@link HazelcastBucketStore} in the hub; a test can count or fail the calls.
 */
public interface BucketStore {

    /**
     * Takes up to {@code wanted} tokens (at least one, or a refusal) at {@code now} (nanoseconds since the epoch)
     * from the key's bucket, creating a full one for a key it does not hold. Throws a runtime exception when
     * the store cannot be reached.
     */
    TokenBucket.Take take(String key, RateLimit limit, long now, int wanted);
}
