package org.citizenhub.hub.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citizenhub.hub.testing.SettableClock;
import org.junit.jupiter.api.Test;

/**
 * The cluster limiter over a store the test controls: a shared store makes one limit for every member, a
 * refusal is repeated locally (exactly as the store would answer) until the next token is due, and a store
 * that cannot be reached falls back to the member's own buckets.
 */
class ClusterRateLimiterTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final CountingStore store = new CountingStore();

    @Test
    void membersSharingTheStoreShareOneLimit() {
        ClusterRateLimiter first = limiter(new RateLimit(1, 4));
        ClusterRateLimiter second = limiter(new RateLimit(1, 4));

        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            allowed += (i % 2 == 0 ? first : second).tryAcquire("partner-a").allowed() ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(4);
    }

    @Test
    void aRefusalIsRepeatedWithoutTheStoreUntilTheNextTokenIsDueWithTheSameRetryAfter() {
        ClusterRateLimiter limiter = limiter(RateLimit.perMinute(6, 1)); // one every 10 s
        ClusterRateLimiter reference = limiter(RateLimit.perMinute(6, 1)); // asks the store every time it can
        assertThat(limiter.tryAcquire("partner-a").allowed()).isTrue();
        assertThat(store.calls).isEqualTo(1);
        assertThat(limiter.rememberedKeys()).isEqualTo(1); // no token to spare: the next request can be answered here

        for (int second = 0; second < 10; second++) {
            RateDecision local = limiter.tryAcquire("partner-a");
            RateDecision fromStore = store.take("partner-a", limiter.limitOf("partner-a"), TokenBucket.nanos(clock), 1).decision();
            assertThat(local).as("after %d s", second).isEqualTo(fromStore).extracting(RateDecision::allowed).isEqualTo(false);
            assertThat(local.retryAfterSeconds()).isEqualTo(10 - second);
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(store.calls).isEqualTo(1 + 10); // only the reference calls above

        assertThat(limiter.tryAcquire("partner-a").allowed()).isTrue(); // the token is due: asked, and granted
        assertThat(store.calls).isEqualTo(12);
        assertThat(reference.tryAcquire("partner-a").allowed()).isFalse();
    }

    @Test
    void aTokenTakenOnAnotherMemberIsNotGivenAgainHere() {
        ClusterRateLimiter first = limiter(new RateLimit(1, 2));
        ClusterRateLimiter second = limiter(new RateLimit(1, 2));
        first.tryAcquire("partner-a");
        first.tryAcquire("partner-a");
        assertThat(second.tryAcquire("partner-a").allowed()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(first.tryAcquire("partner-a").allowed()).isTrue(); // the first member takes the new token
        RateDecision again = second.tryAcquire("partner-a"); // the second saw none to spare, asks again, is refused

        assertThat(again.allowed()).isFalse();
        assertThat(again.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void aBucketWithTokensToSpareIsNotKeptHere() {
        ClusterRateLimiter limiter = limiter(new RateLimit(1, 5));

        limiter.tryAcquire("partner-a");
        limiter.tryAcquire("partner-b");

        assertThat(limiter.rememberedKeys()).isZero();
        assertThat(store.calls).isEqualTo(2);
    }

    @Test
    void aStoreThatCannotBeReachedFallsBackToThisMembersBucketsAndBackAgain() {
        ClusterRateLimiter limiter = limiter(new RateLimit(1, 2));
        assertThat(limiter.tryAcquire("partner-a").remaining()).isEqualTo(1);

        store.down = true;
        assertThat(limiter.tryAcquire("partner-a").remaining()).isEqualTo(1); // the local bucket had not been used
        assertThat(limiter.tryAcquire("partner-a").remaining()).isZero();
        assertThat(limiter.tryAcquire("partner-a").allowed()).isFalse();

        store.down = false;
        assertThat(limiter.tryAcquire("partner-a").remaining()).isZero(); // the cluster's bucket again
        assertThat(limiter.tryAcquire("partner-a").allowed()).isFalse();
    }

    @Test
    void aLeaseIsFiftyMillisecondsOfTheRateWithinBounds() {
        assertThat(ClusterRateLimiter.leaseSize(RateLimit.perMinute(60, 20))).isEqualTo(1);
        assertThat(ClusterRateLimiter.leaseSize(new RateLimit(100, 1_000))).isEqualTo(5);
        assertThat(ClusterRateLimiter.leaseSize(new RateLimit(2_000, 1_000))).isEqualTo(ClusterRateLimiter.MAX_LEASE);
        assertThat(ClusterRateLimiter.leaseSize(new RateLimit(2_000, 16))).isEqualTo(2); // an eighth of the burst
    }

    @Test
    void aFastPartnerTakesTokensInLeasesYetGetsExactlyItsBurst() {
        ClusterRateLimiter limiter = limiter(new RateLimit(2_000, 1_000)); // leases of 64; the clock stands still

        List<RateDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            decisions.add(limiter.tryAcquire("partner-a"));
        }

        assertThat(decisions).filteredOn(RateDecision::allowed).hasSize(1_000);
        assertThat(decisions.subList(0, 1_000)).extracting(RateDecision::remaining)
                .isSortedAccordingTo(Comparator.reverseOrder()).endsWith(0);
        assertThat(decisions.subList(1_000, 1_200)).noneMatch(RateDecision::allowed);
        // 16 leases (15 of 64, the last of the 40 left); the refusals are answered here from the empty bucket it left
        assertThat(store.calls).isEqualTo(16);
    }

    @Test
    void membersWithLeasesShareOneLimit() {
        ClusterRateLimiter first = limiter(new RateLimit(2_000, 200)); // leases of 25
        ClusterRateLimiter second = limiter(new RateLimit(2_000, 200));

        int allowed = 0;
        for (int i = 0; i < 500; i++) {
            allowed += (i % 2 == 0 ? first : second).tryAcquire("partner-a").allowed() ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(200);
    }

    private ClusterRateLimiter limiter(RateLimit limit) {
        return new ClusterRateLimiter(store, new RateLimiter(limit, Map.of(), clock), clock);
    }

    /** The store's contract on a plain map: what the Hazelcast processor does, counted, and switchable off. */
    private static final class CountingStore implements BucketStore {

        private final Map<String, TokenBucket> buckets = new HashMap<>();
        int calls;
        boolean down;

        @Override
        public synchronized TokenBucket.Take take(String key, RateLimit limit, long now, int wanted) {
            if (down) {
                throw new IllegalStateException("the cluster is not reachable");
            }
            calls++;
            TokenBucket.Take take = buckets.getOrDefault(key, TokenBucket.full(limit, now)).take(limit, now, wanted);
            buckets.put(key, take.bucket());
            return take;
        }
    }
}
