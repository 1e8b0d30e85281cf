package org.citizenhub.hub.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.spi.impl.SerializationServiceSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.citizenhub.hub.testing.LoopbackHazelcast;
import org.citizenhub.hub.testing.SettableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rate limits on a real two-member Hazelcast cluster on loopback (TCP/IP join, no multicast, no
 * auto-detection, no phone-home): requests spread over both members, even at once, share one limit per
 * partner; a member that dies takes no count with it; and a bucket's entry expires once it would be full again.
 */
class RateLimitClusterTest {

    private static final String CLUSTER = "citizen-hub-ratelimit-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private static final List<HazelcastInstance> MEMBERS = new ArrayList<>();
    private static HazelcastInstance first;
    private static HazelcastInstance second;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T09:00:00Z"));

    @BeforeAll
    static void cluster() {
        int firstPort = LoopbackHazelcast.freePort();
        first = member(firstPort, firstPort);
        second = member(LoopbackHazelcast.freePort(), firstPort);
        await().atMost(Duration.ofSeconds(30)).until(() -> first.getCluster().getMembers().size() == 2
                && second.getCluster().getMembers().size() == 2);
    }

    @AfterAll
    static void stop() {
        MEMBERS.forEach(member -> member.getLifecycleService().terminate());
    }

    @Test
    void requestsSpreadOverBothMembersShareOneLimit() {
        // given: a limiter on each member, as behind a load balancer, with a burst of 5 and one token a second
        Map<String, RateLimit> limits = Map.of("partner-a", new RateLimit(1, 5));
        ClusterRateLimiter onFirst = limiter(first, limits);
        ClusterRateLimiter onSecond = limiter(second, limits);

        // when: the partner's requests alternate between the members
        List<RateDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            decisions.add((i % 2 == 0 ? onFirst : onSecond).tryAcquire("partner-a"));
        }

        // then: five are allowed in all (not five per member), then both refuse with the same Retry-After
        assertThat(decisions).filteredOn(RateDecision::allowed).hasSize(5);
        assertThat(decisions.subList(0, 5)).extracting(RateDecision::remaining).containsExactly(4, 3, 2, 1, 0);
        assertThat(decisions.subList(5, 12)).allSatisfy(d -> assertThat(d).isEqualTo(new RateDecision(false, 0, 1)));
        // and a partner whose own bucket is untouched is not affected, on either member
        assertThat(onSecond.tryAcquire("partner-b").allowed()).isTrue();

        // when a second has passed, the cluster has one new token, for whichever member asks first
        clock.advance(Duration.ofSeconds(1));
        assertThat(onSecond.tryAcquire("partner-a").allowed()).isTrue();
        assertThat(onFirst.tryAcquire("partner-a").allowed()).isFalse();
        assertThat(onSecond.tryAcquire("partner-a").allowed()).isFalse();
    }

    @Test
    void concurrentRequestsOnBothMembersNeverGetMoreThanTheBucketHolds() throws Exception {
        Map<String, RateLimit> limits = Map.of("partner-c", new RateLimit(1, 40)); // the clock stands still

        assertThat(allowedToFourThreadsOnBothMembers(limits, "partner-c", 25)).isEqualTo(40);
    }

    @Test
    void leasesOnBothMembersNeverGetMoreThanTheBucketHolds() throws Exception {
        // a fast partner: each member takes tokens in leases of 50 (the clock stands still)
        RateLimit fast = new RateLimit(2_000, 400);
        assertThat(ClusterRateLimiter.leaseSize(fast)).isEqualTo(50);

        // each member asks 400 times, so neither is left holding leased tokens: exactly the burst
        assertThat(allowedToFourThreadsOnBothMembers(Map.of("partner-e", fast), "partner-e", 200)).isEqualTo(400);
        assertThat(second.<String, TokenBucket>getMap(RateLimitMaps.BUCKETS).get("partner-e").tokens()).isLessThan(1);
    }

    /** Four threads at once, two on each member, each asking {@code perThread} times: how many were allowed. */
    private int allowedToFourThreadsOnBothMembers(Map<String, RateLimit> limits, String partner, int perThread)
            throws Exception {
        List<ClusterRateLimiter> limiters = List.of(limiter(first, limits), limiter(second, limits));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                ClusterRateLimiter limiter = limiters.get(t % 2);
                counts.add(pool.submit(() -> {
                    int allowed = 0;
                    for (int i = 0; i < perThread; i++) {
                        allowed += limiter.tryAcquire(partner).allowed() ? 1 : 0;
                    }
                    return allowed;
                }));
            }
            int total = 0;
            for (Future<Integer> count : counts) {
                total += count.get(30, TimeUnit.SECONDS);
            }
            return total;
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theBucketIsStoredCompactAndExpiresOnceItWouldBeFullAgain() {
        // a fast limit: after one request the bucket is full again in 1/10 s, so its entry lives 1 s rounded up, plus 1
        ClusterRateLimiter limiter = limiter(first, Map.of("partner-d", new RateLimit(10, 3)));
        limiter.tryAcquire("partner-d");
        IMap<String, TokenBucket> buckets = second.getMap(RateLimitMaps.BUCKETS);

        assertThat(buckets.get("partner-d").tokens()).isEqualTo(2);
        assertThat(buckets.getEntryView("partner-d").getTtl()).isEqualTo(2_000);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> !buckets.containsKey("partner-d"));

        // what crosses the cluster is Compact, not Java serialisation
        var serialization = ((SerializationServiceSupport) first).getSerializationService();
        assertThat(serialization.toData(new TakeToken(new RateLimit(1, 1), 0, 1)).isCompact()).isTrue();
        assertThat(serialization.toData(TokenBucket.full(new RateLimit(1, 1), 0)).isCompact()).isTrue();
        assertThat(serialization.toData(TokenBucket.full(new RateLimit(1, 1), 0).take(new RateLimit(1, 1), 0)).isCompact()).isTrue();
    }

    @Test
    void aMemberThatDiesTakesNoCountWithIt() {
        // given: a third member that owns part of the map, and a partner that used its whole burst through it
        HazelcastInstance third = member(LoopbackHazelcast.freePort(), first.getCluster().getLocalMember().getAddress().getPort());
        await().atMost(Duration.ofSeconds(30)).until(() -> first.getCluster().getMembers().size() == 3);
        // and the partitions have moved to it: a member killed mid-migration may take entries whose backups
        // were not yet copied, which is Hazelcast's documented limit, not the limiter's
        await().atMost(Duration.ofSeconds(30)).until(() -> third.getPartitionService().isClusterSafe());
        Map<String, RateLimit> limits = Map.of();
        List<String> partners = List.of("p-1", "p-2", "p-3", "p-4", "p-5", "p-6", "p-7", "p-8");
        ClusterRateLimiter onThird = limiter(third, limits);
        partners.forEach(onThird::tryAcquire); // the default limit below has a burst of 1
        await().atMost(Duration.ofSeconds(30)).until(() -> third.getPartitionService().isClusterSafe());

        // when: that member dies
        third.getLifecycleService().terminate();
        await().atMost(Duration.ofSeconds(30)).until(() -> first.getCluster().getMembers().size() == 2);

        // then: the backups answer, and every partner is still refused by a member that never saw it
        ClusterRateLimiter onFirst = limiter(first, limits);
        assertThat(partners).allSatisfy(p -> assertThat(onFirst.tryAcquire(p).allowed()).as(p).isFalse());
    }

    private ClusterRateLimiter limiter(HazelcastInstance member, Map<String, RateLimit> limits) {
        return new ClusterRateLimiter(new HazelcastBucketStore(member), new RateLimiter(new RateLimit(1, 1), limits, clock), clock);
    }

    /** A member on 127.0.0.1:port only, joining the member at {@code joinPort}. */
    private static HazelcastInstance member(int port, int joinPort) {
        Config config = LoopbackHazelcast.config(CLUSTER, port, joinPort);
        RateLimitMaps.configure(config);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        MEMBERS.add(member);
        return member;
    }
}
