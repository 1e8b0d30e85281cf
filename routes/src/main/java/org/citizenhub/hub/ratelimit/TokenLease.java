package org.citizenhub.hub.ratelimit;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tokens one member took from a key's cluster bucket ahead of its requests, handed out here without asking the
 * cluster again. They were taken from the shared bucket, so handing them out never allows more than the limit;
 * until they are used no other member can have them. One thread at a time fetches the next lease, so
 * concurrent requests on an empty lease do not each take one.
 */
final class TokenLease {

    /** The tokens left (high 32 bits) and the cluster's remaining count when they were taken (low 32 bits). */
    private final AtomicLong state = new AtomicLong();
    private final AtomicBoolean fetching = new AtomicBoolean();

    /** One token of the lease: allowed, or null when the lease is empty. */
    RateDecision take() {
        while (true) {
            long current = state.get();
            int left = (int) (current >>> 32);
            if (left <= 0) {
                return null;
            }
            int clusterRemaining = (int) current;
            if (state.compareAndSet(current, pack(left - 1, clusterRemaining))) {
                return RateDecision.allow(clusterRemaining + left - 1);
            }
        }
    }

    /** Adds tokens taken from the cluster, which then had {@code clusterRemaining} whole tokens left. */
    void add(int tokens, int clusterRemaining) {
        state.getAndUpdate(current -> pack((int) (current >>> 32) + tokens, clusterRemaining));
    }

    /** Whether this thread may fetch the next lease (no other is fetching); {@link #fetched()} when done. */
    boolean startFetching() {
        return fetching.compareAndSet(false, true);
    }

    void fetched() {
        fetching.set(false);
    }

    private static long pack(int left, int clusterRemaining) {
        return ((long) left << 32) | (clusterRemaining & 0xFFFFFFFFL);
    }
}
