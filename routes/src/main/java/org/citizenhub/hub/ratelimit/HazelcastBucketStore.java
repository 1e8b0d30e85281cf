package org.citizenhub.hub.ratelimit;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

/** The buckets in the cluster's {@link RateLimitMaps#BUCKETS} map, changed by a {@link TakeToken} per request. */
public final class HazelcastBucketStore implements BucketStore {

    private final IMap<String, TokenBucket> buckets;

    public HazelcastBucketStore(HazelcastInstance hazelcast) {
        this.buckets = hazelcast.getMap(RateLimitMaps.BUCKETS);
    }

    @Override
    public TokenBucket.Take take(String key, RateLimit limit, long now, int wanted) {
        return buckets.executeOnKey(key, new TakeToken(limit, now, wanted));
    }
}
