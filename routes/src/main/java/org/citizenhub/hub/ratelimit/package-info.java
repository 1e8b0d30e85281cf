/**
 * Per-partner rate limits, one per partner for the whole cluster: token buckets in a Hazelcast map
 * ({@link org.citizenhub.hub.ratelimit.ClusterRateLimiter}, {@link org.citizenhub.hub.ratelimit.RateLimitMaps}),
 * changed atomically by an entry processor and expiring once full again, with in-JVM buckets
 * ({@link org.citizenhub.hub.ratelimit.RateLimiter}) as the fallback. Both share the arithmetic of
 * {@link org.citizenhub.hub.ratelimit.TokenBucket} and answer allowed, or refused with the seconds to wait, for
 * a {@code 429} with {@code Retry-After}.
 */
package org.citizenhub.hub.ratelimit;
