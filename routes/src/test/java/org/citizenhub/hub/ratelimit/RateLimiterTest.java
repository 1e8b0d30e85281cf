package org.citizenhub.hub.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.citizenhub.hub.testing.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimiterTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T09:00:00Z"));

    @Test
    void aBurstIsAllowedThenRefusedUntilTheBucketRefills() {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 3), Map.of(), clock);

        assertThat(limiter.tryAcquire("partner-a")).isEqualTo(new RateDecision(true, 2, 0));
        assertThat(limiter.tryAcquire("partner-a").remaining()).isEqualTo(1);
        assertThat(limiter.tryAcquire("partner-a").remaining()).isZero();
        RateDecision refused = limiter.tryAcquire("partner-a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);

        clock.advance(Duration.ofMillis(999));
        assertThat(limiter.tryAcquire("partner-a").allowed()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire("partner-a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("partner-a").allowed()).isFalse();
    }

    @ParameterizedTest(name = "{0} s after the last allowed request: retry after {1} s")
    @CsvSource({"0, 10", "1, 9", "4, 6", "9.5, 1", "9.999, 1"})
    void retryAfterCountsWholeSecondsUpToTheNextToken(double waited, long retryAfter) {
        RateLimiter limiter = new RateLimiter(RateLimit.perMinute(6, 1), Map.of(), clock); // one every 10 s
        assertThat(limiter.tryAcquire("partner-a").allowed()).isTrue();

        clock.advance(Duration.ofNanos((long) (waited * 1e9)));

        assertThat(limiter.tryAcquire("partner-a").retryAfterSeconds()).isEqualTo(retryAfter);
    }

    @Test
    void eachKeyHasItsOwnBucketAndItsOwnLimit() {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 1), Map.of("big-partner", new RateLimit(100, 50)), clock);

        assertThat(limiter.tryAcquire("partner-a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("partner-a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("partner-b").allowed()).isTrue();
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.tryAcquire("big-partner").allowed()).as("request %d", i + 1).isTrue();
        }
        assertThat(limiter.tryAcquire("big-partner").allowed()).isFalse();
        assertThat(limiter.limitOf("big-partner").burst()).isEqualTo(50);
        assertThat(limiter.limitOf("anyone-else")).isEqualTo(new RateLimit(1, 1));
    }

    @Test
    void savingUpNeverGivesMoreThanTheBurst() {
        RateLimiter limiter = new RateLimiter(new RateLimit(10, 5), Map.of(), clock);
        limiter.tryAcquire("partner-a");

        clock.advance(Duration.ofDays(1));

        int allowed = 0;
        while (limiter.tryAcquire("partner-a").allowed()) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void aClockThatStepsBackGivesNoTokens() {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 1), Map.of(), clock);
        limiter.tryAcquire("partner-a");

        clock.advance(Duration.ofHours(-1));
        assertThat(limiter.tryAcquire("partner-a").allowed()).isFalse();
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(limiter.tryAcquire("partner-a").allowed()).isTrue();
    }

    @Test
    void concurrentRequestsNeverGetMoreThanTheBucketHolds() throws Exception {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 100), Map.of(), clock); // the clock stands still
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> callers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                callers.add(() -> {
                    int allowed = 0;
                    for (int i = 0; i < 50; i++) {
                        allowed += limiter.tryAcquire("partner-a").allowed() ? 1 : 0;
                    }
                    return allowed;
                });
            }
            int total = 0;
            for (Future<Integer> allowed : pool.invokeAll(callers)) {
                total += allowed.get();
            }
            assertThat(total).isEqualTo(100);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void onlyFullBucketsAreDroppedSoNoDecisionChanges() {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 2), Map.of(), clock);
        limiter.tryAcquire("idle");
        clock.advance(Duration.ofSeconds(5)); // "idle" is full again
        limiter.tryAcquire("busy");
        limiter.tryAcquire("busy");

        assertThat(limiter.dropFullBuckets()).isEqualTo(1);
        assertThat(limiter.keys()).isEqualTo(1);
        assertThat(limiter.tryAcquire("busy").allowed()).isFalse();
        assertThat(limiter.tryAcquire("idle").remaining()).isEqualTo(1);
    }

    @Test
    void manyKeysDoNotPileUpOnceTheirBucketsRefill() {
        RateLimiter limiter = new RateLimiter(new RateLimit(1000, 1), Map.of(), clock);
        for (int i = 0; i <= RateLimiter.MAX_IDLE_KEYS; i++) {
            limiter.tryAcquire("caller-" + i);
        }
        clock.advance(Duration.ofSeconds(1));

        limiter.tryAcquire("one-more");

        assertThat(limiter.keys()).isEqualTo(1);
    }

    @Test
    void badLimitsAndKeysAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new RateLimit(0, 1)).hasMessageContaining("rate must be a positive");
        assertThatThrownBy(() -> new RateLimit(Double.NaN, 1)).hasMessageContaining("rate must be a positive");
        assertThatThrownBy(() -> new RateLimit(1, 0)).hasMessageContaining("burst must be at least 1");
        assertThatThrownBy(() -> RateLimit.of(10, Duration.ZERO, 1)).hasMessageContaining("positive period");
        assertThatThrownBy(() -> new RateLimiter(new RateLimit(1, 1), Map.of(), clock).tryAcquire(" "))
                .hasMessageContaining("key is required");
        assertThat(RateLimit.perMinute(120, 10).perSecond()).isEqualTo(2.0);
    }
}
