package org.citizenhub.hub.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.citizenhub.hub.testing.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bucket arithmetic alone, on a clock the test moves: what the cluster's processor and the local buckets share. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T09:00:00Z"));

    @Test
    void aFullBucketGivesItsBurstThenRefusesWithTheWaitForTheNextToken() {
        RateLimit limit = new RateLimit(2, 3); // a token every half second
        TokenBucket bucket = TokenBucket.full(limit, TokenBucket.nanos(clock));

        for (int remaining = 2; remaining >= 0; remaining--) {
            TokenBucket.Take take = bucket.take(limit, TokenBucket.nanos(clock));
            assertThat(take.decision()).isEqualTo(new RateDecision(true, remaining, 0));
            assertThat(take.nanosToNextToken()).isZero();
            bucket = take.bucket();
        }
        TokenBucket.Take refused = bucket.take(limit, TokenBucket.nanos(clock));

        assertThat(refused.decision()).isEqualTo(new RateDecision(false, 0, 1));
        assertThat(refused.nanosToNextToken()).isEqualTo(SECOND / 2);
        assertThat(refused.bucket()).isSameAs(bucket);
    }

    @Test
    void aLeaseTakesTheWholeTokensHeldUpToWhatIsWanted() {
        RateLimit limit = new RateLimit(2, 10);
        TokenBucket bucket = new TokenBucket(7.5, TokenBucket.nanos(clock));

        TokenBucket.Take lease = bucket.take(limit, TokenBucket.nanos(clock), 5);
        assertThat(lease.taken()).isEqualTo(5);
        assertThat(lease.bucket().tokens()).isEqualTo(2.5);
        assertThat(lease.decision()).isEqualTo(new RateDecision(true, 2, 0));

        TokenBucket.Take rest = lease.bucket().take(limit, TokenBucket.nanos(clock), 5);
        assertThat(rest.taken()).isEqualTo(2); // the half token stays
        assertThat(rest.bucket().tokens()).isEqualTo(0.5);

        TokenBucket.Take refused = rest.bucket().take(limit, TokenBucket.nanos(clock), 5);
        assertThat(refused.taken()).isZero();
        assertThat(refused.decision().allowed()).isFalse();
        assertThat(refused.nanosToNextToken()).isEqualTo(SECOND / 4);
    }

    @Test
    void tokensAccrueWithTimeAndARefusalLeavesTheBucketAsItWas() {
        RateLimit limit = RateLimit.perMinute(6, 1); // one every 10 s
        TokenBucket empty = TokenBucket.full(limit, TokenBucket.nanos(clock)).take(limit, TokenBucket.nanos(clock)).bucket();

        clock.advance(Duration.ofSeconds(4));
        TokenBucket.Take refused = empty.take(limit, TokenBucket.nanos(clock));

        assertThat(refused.decision().retryAfterSeconds()).isEqualTo(6);
        assertThat(refused.nanosToNextToken()).isCloseTo(6 * SECOND, within(1_000L));
        assertThat(refused.bucket()).isSameAs(empty);
        assertThat(empty.refilled(limit, TokenBucket.nanos(clock)).tokens()).isCloseTo(0.4, within(1e-9));

        clock.advance(Duration.ofSeconds(6));
        assertThat(refused.bucket().take(limit, TokenBucket.nanos(clock)).decision().allowed()).isTrue();
    }

    @ParameterizedTest(name = "{0} s after the last allowed request: retry after {1} s")
    @CsvSource({"0, 10", "1, 9", "4, 6", "9.5, 1", "9.999, 1"})
    void retryAfterIsTheWaitRoundedUpToWholeSeconds(double waited, long retryAfter) {
        RateLimit limit = RateLimit.perMinute(6, 1);
        TokenBucket empty = TokenBucket.full(limit, TokenBucket.nanos(clock)).take(limit, TokenBucket.nanos(clock)).bucket();

        clock.advance(Duration.ofNanos((long) (waited * 1e9)));

        assertThat(empty.take(limit, TokenBucket.nanos(clock)).decision().retryAfterSeconds()).isEqualTo(retryAfter);
    }

    @Test
    void savingUpStopsAtTheBurstAndAClockThatStepsBackEarnsNothing() {
        RateLimit limit = new RateLimit(10, 5);
        TokenBucket bucket = TokenBucket.full(limit, TokenBucket.nanos(clock)).take(limit, TokenBucket.nanos(clock)).bucket();

        assertThat(bucket.refilled(limit, TokenBucket.nanos(clock) + Duration.ofDays(1).toNanos()).tokens()).isEqualTo(5);
        assertThat(bucket.refilled(limit, TokenBucket.nanos(clock) - SECOND)).isSameAs(bucket);
        assertThat(bucket.refilled(limit, TokenBucket.nanos(clock))).isSameAs(bucket);
    }

    @Test
    void aBucketIsFullOnceTheTimeToFillItHasPassed() {
        RateLimit limit = new RateLimit(2, 4);
        TokenBucket bucket = new TokenBucket(1, TokenBucket.nanos(clock));

        assertThat(bucket.nanosUntilFull(limit)).isEqualTo(3 * SECOND / 2);
        assertThat(bucket.isFull(limit, TokenBucket.nanos(clock) + 3 * SECOND / 2 - 1)).isFalse();
        assertThat(bucket.isFull(limit, TokenBucket.nanos(clock) + 3 * SECOND / 2)).isTrue();
        assertThat(TokenBucket.full(limit, 0).nanosUntilFull(limit)).isZero();
        assertThat(TakeToken.secondsToLive(bucket, limit)).isEqualTo(2 + TakeToken.EXPIRY_MARGIN_SECONDS);
        assertThat(TakeToken.secondsToLive(new TokenBucket(2, 0), limit)).isEqualTo(1 + TakeToken.EXPIRY_MARGIN_SECONDS);
    }

    @Test
    void theClockIsReadToTheNanosecond() {
        SettableClock exact = new SettableClock(Instant.ofEpochSecond(1_772_355_600L, 123_456_789));

        assertThat(TokenBucket.nanos(exact)).isEqualTo(1_772_355_600_123_456_789L);
    }
}
