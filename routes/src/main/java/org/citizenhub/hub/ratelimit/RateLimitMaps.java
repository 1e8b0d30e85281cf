package org.citizenhub.hub.ratelimit;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MapConfig;
import com.hazelcast.nio.serialization.compact.CompactSerializer;

/**
 * The cluster map of rate-limit buckets and how a member is set up for it: the Compact serializers, objects
 * in memory (the processor works on the stored bucket, nothing to deserialise per request), one backup so a
 * member that dies takes no partner's count with it, and no statistics per entry. Entries expire by
 * themselves (see {@link TakeToken}), so the map needs no eviction.
 */
public final class RateLimitMaps {

    /** Partner id to its {@link TokenBucket}. */
    public static final String BUCKETS = "partner-rate-limits";

    private RateLimitMaps() {
    }

    /** Adds the serializers and the map's settings to a member's configuration (Spring's customizer, or a test's). */
    public static void configure(Config config) {
        for (CompactSerializer<?> serializer : RateLimitSerializers.all()) {
            config.getSerializationConfig().getCompactSerializationConfig().addSerializer(serializer);
        }
        MapConfig buckets = config.getMapConfig(BUCKETS)
                .setInMemoryFormat(InMemoryFormat.OBJECT)
                .setPerEntryStatsEnabled(false);
        if (buckets.getBackupCount() < 1) {
            buckets.setBackupCount(1);
        }
    }
}
