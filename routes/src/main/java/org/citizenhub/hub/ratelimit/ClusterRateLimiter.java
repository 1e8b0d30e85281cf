package org.citizenhub.hub.ratelimit;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One limit per partner for the whole cluster: the buckets live in a {@link BucketStore} that every member
 * shares (the Hazelcast map of {@link RateLimitMaps}), so requests spread over the members behind a load
 * balancer all count against one bucket.
 * <p>
 * <b>Cost.</b> A request that may be allowed costs one call to the member that owns the partner's key: a
 * {@link TakeToken} of four numbers there, the outcome of seven numbers back, and one backup write. That is
 * local when this member owns the key, otherwise one round trip (well under a millisecond between members on
 * one network). The processor runs on the key's partition thread, so there are no locks, retries or
 * lost updates. The cheap path is for refusals: once the cluster has said a partner's bucket holds less than
 * one token, this member answers that partner from the bucket it saw until the next token is due. That is
 * exact, not a guess: no member can take a token before then, so the cluster would give the same refusal and
 * the same {@code Retry-After}. A partner that floods past its limit is therefore refused without remote
 * calls: what still goes remote is the allowed requests, plus about one per member each time a token comes due.
 * <p>
 * <b>Leases.</b> For a partner allowed many requests a second, a member takes several tokens per call
 * ({@link #leaseSize}: 50 ms of the rate, at most 64) and hands them out itself ({@link TokenLease}): at 5,000
 * reads a second that is one call per 64 reads instead of one per read, each of which went through the key's
 * partition thread. Leased tokens were taken from the shared bucket, so the cluster still never allows more
 * than the limit; the cost is that another member may be refused while one holds tokens it has not used yet,
 * at most one lease each. A partner with a slow rate (a lease of one) is counted exactly as before.
 * <p>
 * <b>Time.</b> Each request carries the calling member's clock. Members should run NTP; a member whose clock
 * is behind earns its partner no tokens until it catches up (a clock that steps back earns none), and one that
 * is ahead can hand out at most its lead times the rate, once.
 * <p>
 * <b>Cluster trouble.</b> When the store cannot be reached, each member falls back to its own in-JVM buckets
 * ({@link RateLimiter}, the same limits): a partner then gets its limit per member until the cluster answers
 * again, rather than no limit at all or no service.
 */
public final class ClusterRateLimiter implements RequestLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterRateLimiter.class);
    static final double LEASE_SECONDS = 0.05;
    static final int MAX_LEASE = 64;

    private final BucketStore store;
    private final RateLimiter local;
    private final Clock clock;
    /** The last bucket the cluster reported per key, kept only while it held less than one token. */
    private final ConcurrentHashMap<String, TokenBucket> emptyBuckets = new ConcurrentHashMap<>();
    private final AtomicBoolean onLocalBuckets = new AtomicBoolean();
    /** Per key with leases ({@link #leaseSize} over one): the tokens this member took ahead. */
    private final ConcurrentHashMap<String, TokenLease> leases = new ConcurrentHashMap<>();

    /** {@code local} gives the limits per key and is the fallback while the store cannot be reached. */
    public ClusterRateLimiter(BucketStore store, RateLimiter local, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.local = Objects.requireNonNull(local, "local");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RateDecision tryAcquire(String key) {
        RateLimiter.requireKey(key);
        RateLimit limit = local.limitOf(key);
        int leaseSize = leaseSize(limit);
        TokenLease lease = leaseSize > 1 ? leases.computeIfAbsent(key, k -> new TokenLease()) : null;
        RateDecision leased = lease == null ? null : lease.take();
        if (leased != null) {
            return leased;
        }
        long now = TokenBucket.nanos(clock);
        TokenBucket seen = emptyBuckets.get(key);
        if (seen != null) {
            TokenBucket.Take known = seen.take(limit, now);
            if (!known.decision().allowed()) {
                return known.decision();
            }
        }
        if (lease == null || !lease.startFetching()) {
            return fromCluster(key, limit, now, 1, null); // no leases for this key, or another thread fetches one
        }
        try {
            return fromCluster(key, limit, now, leaseSize, lease);
        } finally {
            lease.fetched();
        }
    }

    /**
     * Takes up to {@code wanted} tokens from the cluster's bucket, one for this request and the rest into the
     * lease; from this member's own bucket while the cluster cannot be reached.
     */
    private RateDecision fromCluster(String key, RateLimit limit, long now, int wanted, TokenLease lease) {
        TokenBucket.Take take;
        try {
            take = store.take(key, limit, now, wanted);
        } catch (RuntimeException e) {
            if (onLocalBuckets.compareAndSet(false, true)) {
                LOG.warn("Rate limits: the cluster's buckets cannot be reached ({}); counting on this member alone until they can",
                        e.getClass().getSimpleName());
            }
            return local.tryAcquire(key);
        }
        if (onLocalBuckets.compareAndSet(true, false)) {
            LOG.info("Rate limits: the cluster's buckets answer again; one limit per partner for the whole cluster");
        }
        remember(key, take.bucket());
        if (take.taken() > 1) {
            lease.add(take.taken() - 1, take.decision().remaining());
            return RateDecision.allow(take.decision().remaining() + take.taken() - 1); // the leased count too
        }
        return take.decision();
    }

    /**
     * The tokens this member takes at once for a key: {@value #LEASE_SECONDS} s of its rate, at most
     * {@value #MAX_LEASE} and an eighth of its burst, at least one. A partner allowed a request a second or
     * so gets one token per call, exactly as without leases.
     */
    static int leaseSize(RateLimit limit) {
        double ofRate = Math.floor(limit.perSecond() * LEASE_SECONDS);
        return (int) Math.max(1, Math.min(Math.min(MAX_LEASE, limit.burst() / 8), ofRate));
    }

    @Override
    public RateLimit limitOf(String key) {
        return local.limitOf(key);
    }

    /** Keeps the newest bucket seen while it is empty; forgets it once the cluster reports a token to spare. */
    private void remember(String key, TokenBucket bucket) {
        emptyBuckets.compute(key, (k, older) -> {
            if (older != null && older.refilledAt() > bucket.refilledAt()) {
                return older; // a later answer already arrived on another thread
            }
            return bucket.tokens() < 1 ? bucket : null;
        });
    }

    int rememberedKeys() {
        return emptyBuckets.size();
    }
}
